package io.recap.cli;

import io.recap.index.FacetCount;
import io.recap.index.Facets;
import io.recap.index.PathResult;
import io.recap.index.ReportSearcher;
import io.recap.index.SearchRequest;
import io.recap.index.SearchResult;
import io.recap.index.SessionHit;
import io.recap.model.Service;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recap search [QUERY] [filters…]}: finds sessions. */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Find sessions. QUERY uses Lucene's syntax: words (all must match), \"phrases\", OR, "
                + "-exclude, prefix*, field:term (title, event, text, speaker, location, service, lang, year, "
                + "part, date). Case and diacritics do not matter: \"tu duy\" finds \"Tư Duy\". When nothing "
                + "matches as typed, words of 5+ letters are retried with similar spellings, and stderr says so.",
            "With --facets, also count the matching sessions by service, year and language.",
            "Exits with 1 when nothing is found."})
final class SearchCommand implements Callable<Integer> {

    /** The most values of one facet a table shows (JSON has them all). */
    static final int FACET_ROWS = 10;

    private final Environment env;

    @Mixin
    GlobalOptions global;

    @Mixin
    IndexOption indexOption;

    @Mixin
    CatalogOption catalogOption;

    @Mixin
    FilterOptions filters;

    @Mixin
    PageOptions page;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (may be omitted with a filter).")
    List<String> query = new ArrayList<>();

    @Option(names = "--facets", description = "Also count the matching sessions by service, year and language "
            + "(with --format table or json).")
    boolean facets;

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json, ndjson, csv, tsv or paths. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    SearchCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        String q = String.join(" ", query).strip();
        if (q.isEmpty() && !filters.any()) {
            throw new UserException("give a QUERY, a filter (--service, --since, --year, --speaker…), or both; "
                    + "see 'recap search --help'", ExitCode.USAGE);
        }
        if (facets && format != OutputFormat.table && format != OutputFormat.json) {
            throw new UserException("--facets prints with --format table or json", ExitCode.USAGE);
        }
        // Scripts reading the JSON get an exact total; a table says "1,000+" rather than count on.
        SearchRequest.Builder request = SearchRequest.builder().query(q).facets(facets)
                .exactTotal(format == OutputFormat.json || page.limit == 0); // -n 0 asks only for the count
        page.applyTo(filters.applyTo(request));
        if (format == OutputFormat.paths) {
            return paths(request.build());
        }
        SearchResult result;
        try (ReportSearcher idx = indexOption.open(env, catalogOption.catalog())) {
            result = idx.search(request.build());
        }
        Output output = new Output(env, global);
        if (result.fuzzy() && !output.quiet) {
            output.err.println("recap: nothing matches \"" + q + "\" as typed; showing sessions with similar words");
        }
        if (format == OutputFormat.table && page.limit == 0 && result.total() > 0) {
            output.out.println(footer(result)); // -n 0: only the count, exact
        } else if (format == OutputFormat.table && result.hits().isEmpty()) {
            output.err.println(result.total() == 0 ? "no sessions found"
                    : "no sessions on this page: " + count(result.total(), result.exactTotal()) + " in all, --offset "
                            + page.offset);
        } else {
            ListingPrinter printer = new ListingPrinter(output);
            printer.print(listing(result, facets), format);
            if (format == OutputFormat.table) {
                output.out.println(output.style.dim(footer(result)));
                if (facets) {
                    output.out.println();
                    printer.print(facetListing(result.facets()), OutputFormat.table);
                    String more = moreFacets(result.facets());
                    if (more != null) {
                        output.out.println(output.style.dim(more));
                    }
                }
            }
        }
        output.out.flush();
        return result.total() == 0 ? ExitCode.NOTHING : ExitCode.OK;
    }

    /** {@code --format paths}: each report of the page once, read without stored fields or snippets. */
    private int paths(SearchRequest request) throws IOException, UserException {
        PathResult result;
        try (ReportSearcher idx = indexOption.open(env, catalogOption.catalog())) {
            result = idx.paths(request);
        }
        Output output = new Output(env, global);
        if (result.fuzzy() && !output.quiet) {
            output.err.println("recap: nothing matches \"" + request.query() + "\" as typed; showing sessions with "
                    + "similar words");
        }
        result.paths().forEach(output.out::println);
        output.out.flush();
        return result.total() == 0 ? ExitCode.NOTHING : ExitCode.OK;
    }

    /** {@code 2 of 2 sessions}, {@code 11–20 of 1,000+ sessions}. */
    static String footer(SearchResult r) {
        String shown = r.offset() == 0 ? String.format(Locale.ROOT, "%,d", r.hits().size())
                : String.format(Locale.ROOT, "%,d–%,d", r.offset() + 1, r.offset() + r.hits().size());
        return shown + " of " + count(r.total(), r.exactTotal()) + " sessions";
    }

    private static String count(long total, boolean exact) {
        return String.format(Locale.ROOT, "%,d", total) + (exact ? "" : "+");
    }

    /**
     * The hits as rows; {@code --format json} prints the documented {@code {query, total, hits}} object, with
     * {@code fuzzy} (whether typo tolerance found these hits) and, when asked for, {@code facets}.
     */
    static Listing listing(SearchResult r, boolean withFacets) {
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
            l.add(Arrays.asList(date, h.event().title(), Integer.toString(h.session().number()),
                            h.session().title(), String.join(", ", names), h.event().path(), h.snippet()),
                    json, h.event().path(), h.snippet());
        }
        return l.envelope(hits -> {
            Map<String, Object> doc = Listing.object("query", r.query(), "total", r.total(), "hits", hits,
                    "fuzzy", r.fuzzy());
            if (withFacets) {
                doc.put("facets", Listing.object("services", counts(r.facets().services()),
                        "years", counts(r.facets().years()), "languages", counts(r.facets().languages())));
            }
            return doc;
        });
    }

    private static List<Object> counts(List<FacetCount> counts) {
        List<Object> out = new ArrayList<>(counts.size());
        for (FacetCount c : counts) {
            out.add(Listing.object("value", c.value(), "label", c.label(), "count", c.count()));
        }
        return out;
    }

    /** The facet counts as a table: one row per value, grouped by facet, at most {@link #FACET_ROWS} each. */
    static Listing facetListing(Facets f) {
        Listing l = new Listing(
                Listing.Column.text("facet", "FACET"),
                Listing.Column.text("value", "VALUE"),
                Listing.Column.number("sessions", "SESSIONS"));
        add(l, "service", f.services());
        add(l, "year", f.years());
        add(l, "language", f.languages());
        return l;
    }

    /** {@code 25 more services, 2 more years; --format json lists them all}, or null when the table shows all. */
    static String moreFacets(Facets f) {
        List<String> more = new ArrayList<>();
        if (f.services().size() > FACET_ROWS) {
            more.add((f.services().size() - FACET_ROWS) + " more services");
        }
        if (f.years().size() > FACET_ROWS) {
            more.add((f.years().size() - FACET_ROWS) + " more years");
        }
        if (f.languages().size() > FACET_ROWS) {
            more.add((f.languages().size() - FACET_ROWS) + " more languages");
        }
        return more.isEmpty() ? null : String.join(", ", more) + "; --format json lists them all";
    }

    private static void add(Listing l, String facet, List<FacetCount> counts) {
        for (FacetCount c : counts.subList(0, Math.min(FACET_ROWS, counts.size()))) {
            l.add(List.of(facet, c.label(), Long.toString(c.count())), Map.of(), null, null);
        }
    }
}
