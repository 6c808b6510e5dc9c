package io.recap.cli;

import io.recap.index.ReportIndex;
import io.recap.index.SearchRequest;
import io.recap.index.SearchResult;
import io.recap.index.SessionHit;
import io.recap.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recap search [QUERY] [--service NAME]…}: finds sessions. */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Find sessions. QUERY uses Lucene's syntax: words (all must match), \"phrases\", OR, "
                + "-exclude, field:term. Case and diacritics do not matter: \"tu duy\" finds \"Tư Duy\".",
            "Exits with 1 when nothing is found."})
final class SearchCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    GlobalOptions global;

    @Mixin
    IndexOption indexOption;

    @Mixin
    CatalogOption catalogOption;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (may be omitted with --service).")
    List<String> query = new ArrayList<>();

    @Option(names = {"-s", "--service"}, paramLabel = "NAME",
            description = "Only sessions that mention this service (any alias or case: CodeDeploy, \"code deploy\","
                    + " ecr). Repeatable.")
    List<String> services = new ArrayList<>();

    @Option(names = {"-n", "--limit"}, defaultValue = "10", paramLabel = "N",
            description = "Most hits to show. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--offset", defaultValue = "0", paramLabel = "N",
            description = "Hits to skip, for the next page. Default: ${DEFAULT-VALUE}.")
    int offset;

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json, ndjson, csv, tsv or paths. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    SearchCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        String q = String.join(" ", query).strip();
        if (q.isEmpty() && services.isEmpty()) {
            throw new UserException("give a QUERY, a --service, or both; see 'recap search --help'",
                    ExitCode.USAGE);
        }
        if (limit < 0 || offset < 0) {
            throw new UserException("--limit and --offset must not be negative", ExitCode.USAGE);
        }
        SearchRequest.Builder request = SearchRequest.builder().query(q).limit(limit).offset(offset);
        services.forEach(request::service);
        SearchResult result;
        try (ReportIndex idx = ReportIndex.open(indexOption.resolve(env), catalogOption.catalog())) {
            result = idx.search(request.build());
        }
        Output output = new Output(env, global);
        if (format == OutputFormat.table && result.hits().isEmpty()) {
            output.err.println(result.total() == 0 ? "no sessions found"
                    : "no sessions on this page: " + result.total() + " in all, --offset " + offset);
        } else {
            new ListingPrinter(output).print(listing(result), format);
            if (format == OutputFormat.table) {
                output.out.println(output.style.dim(footer(result)));
            }
        }
        output.out.flush();
        return result.total() == 0 ? ExitCode.NOTHING : ExitCode.OK;
    }

    private String footer(SearchResult r) {
        if (offset == 0) {
            return r.hits().size() + " of " + r.total() + " sessions";
        }
        return (offset + 1) + "–" + (offset + r.hits().size()) + " of " + r.total() + " sessions";
    }

    /** The hits as rows; {@code --format json} prints the documented {@code {query, total, hits}} object. */
    static Listing listing(SearchResult r) {
        Listing l = new Listing(
                Listing.Column.text("date", "DATE"),
                Listing.Column.text("event", "EVENT"),
                Listing.Column.number("session", "#"),
                Listing.Column.text("title", "SESSION"),
                Listing.Column.text("services", "SERVICES"),
                Listing.Column.data("path"),
                Listing.Column.data("snippet"));
        for (SessionHit h : r.hits()) {
            List<String> names = new ArrayList<>();
            List<Object> svc = new ArrayList<>();
            for (Service s : h.services()) {
                names.add(s.shortName());
                svc.add(Listing.object("id", s.id(), "name", s.name(), "abbreviation", s.abbreviation()));
            }
            String date = h.event().date() == null ? null : h.event().date().toString();
            Map<String, Object> json = Listing.object(
                    "score", h.score(),
                    "event", Listing.object("id", h.event().id(), "title", h.event().title(), "date", date,
                            "path", h.event().path()),
                    "session", Listing.object("number", h.session().number(), "title", h.session().title(),
                            "part", h.session().part() == null ? null : h.session().part().label()),
                    "services", svc,
                    "snippet", h.snippet());
            l.add(List.of(nz(date), nz(h.event().title()), Integer.toString(h.session().number()),
                            nz(h.session().title()), String.join(", ", names), nz(h.event().path()),
                            nz(h.snippet())),
                    json, h.event().path(), h.snippet());
        }
        return l.envelope(hits -> Listing.object("query", r.query(), "total", r.total(), "hits", hits));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
