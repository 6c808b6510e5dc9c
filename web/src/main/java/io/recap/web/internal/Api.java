package io.recap.web.internal;

import io.recap.index.InvalidQueryException;
import io.recap.index.SearchRequest;
import io.recap.model.Report;
import io.recap.parser.ReportJson;
import io.recap.parser.ServiceCatalog;
import io.recap.web.ResultJson;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON API under {@code /api/}: the documents of {@link ResultJson} (what {@code recap … --format json}
 * prints) for the same parameters as the command line's options.
 *
 * <ul>
 *   <li>{@code /api/search?q=&service=&topic=&year=&lang=&since=&until=&part=&speaker=&event=&ignore-diacritics=
 *       &include-index-pages=&exact=&same-language=&sort=&page=&size=}:
 *       one page of sessions with snippets and facet counts ({@code recap search --facets --format json});</li>
 *   <li>{@code /api/events?…} (the same parameters): one page of events, the reports of each grouped
 *       ({@code recap events --format json}); with {@code reports=true}, one page of report pages
 *       ({@code recap events --reports --format json});</li>
 *   <li>{@code /api/services?…} (the query and filters): services by mentions ({@code recap services});</li>
 *   <li>{@code /api/event/ID}: the whole report, as {@code recap show ID --format json} prints it;</li>
 *   <li>{@code /api/stats}: what the index holds ({@code recap stats --format json});</li>
 *   <li>{@code /api/source?path=P}: the Markdown of the indexed report whose path is P ({@link SourceFiles}).</li>
 * </ul>
 *
 * <p>{@code service} and {@code topic} may be repeated (all must hold); {@code page} counts from 1, {@code size} is 10 by
 * default (at most 100). A bad parameter is 400 naming it; an unknown event or path 404.
 */
public final class Api {

    private static final Set<String> PAGED = union(Filters.NAMES, Filters.PAGE);
    private static final Set<String> EVENTS = union(PAGED, Set.of("reports"));

    private final ServedIndex index;
    private final Filters filters;

    /** The API over {@code index}, whose service names {@code catalog} resolves. */
    public Api(ServedIndex index, ServiceCatalog catalog) {
        this.index = index;
        this.filters = new Filters(catalog);
    }

    /** Answers {@code path} (under {@code /api/}) with the query string {@code rawQuery} (or {@code null}). */
    public Response handle(String path, String rawQuery) throws HttpError, IOException {
        if (path.startsWith("/api/event/")) {
            Params.parse("/api/event/ID", rawQuery, Set.of(), Set.of());
            return event(path.substring("/api/event/".length()));
        }
        switch (path) {
            case "/api/search": {
                Params p = Params.parse(path, rawQuery, PAGED, Filters.REPEATED);
                SearchRequest request = filters.request(p, true).facets(true).exactTotal(true).build();
                return run(p, () -> Response.json(ResultJson.search(index.search(request), true)));
            }
            case "/api/events": {
                Params p = Params.parse(path, rawQuery, EVENTS, Filters.REPEATED);
                SearchRequest request = filters.request(p, true).build();
                if (p.flag("reports")) {
                    return run(p, () -> Response.json(ResultJson.events(request.query(), index.events(request))));
                }
                return run(p, () -> Response.json(ResultJson.eventGroups(request.query(),
                        index.eventGroups(request))));
            }
            case "/api/services": {
                Params p = Params.parse(path, rawQuery, Filters.NAMES, Filters.REPEATED);
                SearchRequest request = filters.request(p, false).limit(0).build();
                return run(p, () -> Response.json(ResultJson.services(index.services(request))));
            }
            case "/api/stats":
                Params.parse(path, rawQuery, Set.of(), Set.of());
                return Response.json(ResultJson.stats(index.stats()));
            case "/api/source": {
                Params p = Params.parse(path, rawQuery, Set.of("path"), Set.of());
                String file = p.text("path");
                if (file == null) {
                    throw HttpError.badParameter("path", "path is required: the path of an indexed report");
                }
                Optional<Report> report = index.report(file);
                if (report.isEmpty()) {
                    throw SourceFiles.notIndexed(file);
                }
                return SourceFiles.serve(file, report.get());
            }
            default:
                throw HttpError.notFound("no API at " + path + "; the API is /api/search, /api/events, "
                        + "/api/services, /api/event/ID, /api/stats and /api/source");
        }
    }

    private Response event(String id) throws HttpError, IOException {
        if (id.isBlank()) {
            throw HttpError.notFound("give an event id: /api/event/ID, ID as /api/search and /api/events give it");
        }
        Optional<Report> report = index.report(id);
        if (report.isEmpty()) {
            throw HttpError.notFound("no event '" + id + "' in the index");
        }
        return Response.jsonText(ReportJson.write(report.get()));
    }

    /** A read of the index; a query it refuses (a syntax error, say) is 400 naming the parameter at fault. */
    private interface Read {
        Response run() throws IOException;
    }

    private Response run(Params p, Read read) throws HttpError, IOException {
        try {
            return read.run();
        } catch (InvalidQueryException e) {
            throw HttpError.badParameter(filters.culprit(p, e), e.getMessage());
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
