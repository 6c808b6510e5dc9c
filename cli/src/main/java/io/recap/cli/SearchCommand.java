package io.recap.cli;

import io.recap.index.FacetCount;
import io.recap.index.EventGroupResult;
import io.recap.index.Facets;
import io.recap.index.PathResult;
import io.recap.index.ReportIndex;
import io.recap.index.ReportSearcher;
import io.recap.index.SearchRequest;
import io.recap.index.SearchResult;
import io.recap.index.SessionHit;
import io.recap.index.Snippet;
import io.recap.index.Topic;
import io.recap.index.TopicExpansion;
import io.recap.index.TopicMatch;
import io.recap.model.Service;
import io.recap.web.ResultJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recap search [QUERY] [filters…]}: finds sessions. */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Find sessions. QUERY works as in a web search: 'a b' both words, 'a OR b' either (AND "
                + "binds tighter: 'bảo mật OR security'), '(a OR b) c', '-a' or 'NOT a' without a, '\"a phrase\"', "
                + "prefix*, word~ (similar spellings), field:word (title, event, text, speaker, location, service, "
                + "lang, year, part, date). Quote the whole query to keep its quotes from the shell: "
                + "recap search '\"Nova Sonic\" OR FinOps'.",
            "A word may match the session's title, text, speakers and services, and its event's name and place; "
                + "at least one word must be in the session itself. A word written as one (CodeDeploy, node.js) "
                + "matches itself or its parts in sequence, never its parts apart. Case does not matter; a word "
                + "typed without diacritics matches every spelling (\"tu duy\" finds \"Tư Duy\"), one typed with "
                + "them matches that spelling or the word written without any (\"bảo\" finds \"bảo\" and \"bao\", "
                + "not \"báo\"; --ignore-diacritics to find every spelling); exact spellings rank first. When "
                + "nothing matches as typed, words of 5+ letters are retried with similar spellings, and stderr "
                + "says so.",
            "A QUERY that names a topic of the glossary ('recap topics') also finds the topic's other names, in "
                + "English and Vietnamese, and its close terms: \"observability\" finds monitoring, logging, tracing "
                + "and \"giám sát\"; \"bảo mật\" finds security. Multi-word names "
                + "match as phrases. Sessions with the words as typed rank first; the others say which name found "
                + "them (and when it is in the other language). --exact turns this off, --same-language keeps to "
                + "the language typed, --explain shows what a query was expanded to.",
            "Section index pages (lists of events) are left out unless --include-index-pages.",
            "A session told in several languages (the same session of a report's twins: _index.md and "
                + "_index.vi.md…) is shown once: in the language of the query when it has Vietnamese letters "
                + "(vi), else in --prefer-language (default en), else in the language that matched; LANG gives "
                + "its language and the others it is told in (en +vi). --all-languages shows every twin. --by event shows one row per "
                + "event (reports of one event grouped, as 'recap events' does) with how many sessions match.",
            "With --facets, also count the matching sessions by service, topic, year and language (sessions "
                + "without a date or language count as 'unknown').",
            "Exits with 1 when nothing is found."})
final class SearchCommand implements Callable<Integer> {

    /** The most values of one facet a table shows (JSON has them all). */
    static final int FACET_ROWS = 10;

    private final Environment env;

    @Spec
    CommandSpec spec;

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

    @Option(names = "--facets", description = "Also count the matching sessions by service, topic, year and "
            + "language (with --format table or json).")
    boolean facets;

    @Option(names = "--exact", description = "Search the words as typed only: no topic expansion.")
    boolean exact;

    @Option(names = "--same-language", description = "Expand a topic only to its names in the language typed "
            + "(\"bảo mật\" then finds no English \"security\"); --lang keeps reports of one language.")
    boolean sameLanguage;

    @Option(names = "--explain", description = "Say on stderr which topics expanded the query, and to what.")
    boolean explain;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "table, json, ndjson, csv, tsv or paths (every matching report's path, each once, "
                    + "best first; -n to list fewer). Default: table, or paths with -0.")
    OutputFormat format;

    @Option(names = {"-0", "--null"}, description = "With --format paths (implied): end each path with NUL "
            + "rather than a newline, for xargs -0.")
    boolean nullSeparated;

    @Option(names = "--all-languages", description = "Show a session once per language twin of its report "
            + "(default: once, in the query's language where it tells, else --prefer-language).")
    boolean allLanguages;

    @Option(names = "--prefer-language", paramLabel = "LANG", description = "The language a session told in "
            + "several twins is shown in when the query's letters do not tell (default: en).")
    String preferLanguage;

    /** What one row of the results is. */
    enum By {
        /** A session (the default). */
        session,
        /** An event, its reports grouped. */
        event
    }

    @Option(names = "--by", paramLabel = "UNIT", defaultValue = "session", description = "session or event: one row "
            + "per event, with how many of its sessions match (as 'recap events QUERY'). Default: ${DEFAULT-VALUE}.")
    By by;

    SearchCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        String q = QueryText.of(query, spec);
        OutputFormat format = Formats.resolve(this.format, nullSeparated);
        if (q.isEmpty() && !filters.any()) {
            throw new UserException("give a QUERY, a filter (--service, --since, --year, --speaker…), or both; "
                    + "see 'recap search --help'", ExitCode.USAGE);
        }
        if (facets && format != OutputFormat.table && format != OutputFormat.json) {
            throw new UserException("--facets prints with --format table or json", ExitCode.USAGE);
        }
        // Scripts reading the JSON get an exact total; a table says "1,000+" rather than count on.
        if (exact && sameLanguage) {
            throw new UserException("--exact searches no other name of a topic; --same-language has nothing to "
                    + "keep", ExitCode.USAGE);
        }
        SearchRequest.Builder request = SearchRequest.builder().query(q).facets(facets).expandTopics(!exact)
                .crossLanguage(!sameLanguage)
                .exactTotal(format == OutputFormat.json || page.countOnly()); // -n 0 asks only for the count
        page.applyTo(filters.applyTo(request), format == OutputFormat.paths);
        if (indexOption.isSolr() && preferLanguage != null) {
            throw new UserException("--prefer-language needs a local index (--index DIR): a SolrCloud collection "
                    + "stores no language twins, and shows a session once per page that tells it, as "
                    + "--all-languages does", ExitCode.USAGE);
        }
        // a SolrCloud collection knows no twins: it shows every page's session, which is what --all-languages asks
        request.allLanguages(allLanguages || indexOption.isSolr()).preferredLanguage(preferLanguage);
        if (by == By.event) {
            if (facets) {
                throw new UserException("--facets counts sessions; it does not go with --by event", ExitCode.USAGE);
            }
            EventGroupResult groups;
            try (ReportIndex idx = indexOption.openLocal(env, catalogOption.catalog(), "recap search --by event",
                    "search by session (the default)")) {
                groups = idx.eventGroups(request.build());
            }
            return EventsCommand.printGroups(env, global, q, groups, true, format, nullSeparated, page.offset);
        }
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
        if (explain) {
            explain(result, output);
        }
        if (format == OutputFormat.table && page.countOnly() && result.total() > 0) {
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

    /**
     * {@code --format paths}: every report with a matching session once (or the {@code -n} first), read without
     * stored fields or snippets.
     */
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
        new ListingPrinter(output, nullSeparated).paths(result.paths());
        long more = result.reports() - request.offset() - result.paths().size();
        if (more > 0 && !output.quiet) {
            output.err.println(String.format(Locale.ROOT, "recap: %,d more report%s; --offset %d for the next",
                    more, more == 1 ? "" : "s", request.offset() + result.paths().size()));
        }
        return result.total() == 0 ? ExitCode.NOTHING : ExitCode.OK;
    }

    /** {@code --explain}: each topic the query named and what it added, on stderr. */
    private void explain(SearchResult result, Output output) {
        if (result.expansions().isEmpty()) {
            output.err.println("recap: no topic expanded \"" + result.query() + "\""
                    + (exact ? " (--exact)" : "; it is searched as typed"));
        }
        for (TopicExpansion e : result.expansions()) {
            output.err.println("recap: " + explanation(e));
        }
        output.err.flush();
    }

    /** One line: the words typed, the topic, what it added, how it ranks. */
    static String explanation(TopicExpansion e) {
        Topic t = e.topic();
        String names = t.vietnameseName() == null ? t.name() : t.name() + " / " + t.vietnameseName();
        String typed = e.language() == null ? "" : " (" + e.language() + ")";
        StringBuilder b = new StringBuilder("\"" + e.typed() + "\"" + typed + " is the topic " + t.id() + " ("
                + names + "): also searched ");
        b.append(e.added().isEmpty() ? "nothing else" : String.join(", ", e.added().stream()
                .map(a -> a.contains(" ") ? "\"" + a + "\"" : a).toList()));
        return b.append("; ranked below sessions with \"").append(e.typed()).append("\" as typed (--exact: only "
                + "those)").toString();
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
     * {@code fuzzy} (whether typo tolerance found these hits) and, when asked for, {@code facets}: the document
     * of {@link ResultJson#search}, which the web API's {@code /api/search} answers with too.
     */
    static Listing listing(SearchResult r, boolean withFacets) {
        boolean via = r.hits().stream().anyMatch(h -> h.topic() != null);
        List<Listing.Column> columns = new ArrayList<>(List.of(
                Listing.Column.text("date", "DATE"),
                Listing.Column.text("event", "EVENT"),
                Listing.Column.number("session", "#"),
                Listing.Column.text("title", "SESSION")));
        if (via) {
            // sessions found through a topic's other name say which, and when it is in the other language: never
            // left out for width, it tells why a session in the other language is there
            columns.add(Listing.Column.text("via", "VIA TOPIC"));
        }
        columns.addAll(List.of(
                Listing.Column.text("language", "LANG").droppable(2),
                Listing.Column.text("services", "SERVICES").droppable(1),
                Listing.Column.data("path"),
                Listing.Column.data("snippet")));
        Listing l = new Listing(columns.toArray(Listing.Column[]::new));
        for (SessionHit h : r.hits()) {
            List<String> names = new ArrayList<>();
            for (Service s : h.services()) {
                names.add(s.shortName());
            }
            String date = h.event().date() == null ? null : h.event().date().toString();
            // the session's language, and the other languages its report tells it in ("en +vi")
            String language = h.event().language() == null ? "" : h.event().language();
            if (!h.otherLanguages().isEmpty()) {
                language = (language + " +" + String.join(" +", h.otherLanguages())).strip();
            }
            List<String> row = new ArrayList<>(Arrays.asList(date, h.event().title(),
                    Integer.toString(h.session().number()), h.session().title()));
            if (via) {
                row.add(via(h.topic()));
            }
            row.addAll(Arrays.asList(language.isEmpty() ? null : language, String.join(", ", names),
                    h.event().path(), h.snippet().text()));
            l.add(row, ResultJson.hit(h), h.event().path(), note(h.snippet()));
        }
        return l.envelope(hits -> ResultJson.search(r, withFacets));
    }

    /** {@code security (en)}: the name a hit was found by; its language when the query typed the other one. */
    static String via(TopicMatch m) {
        if (m == null) {
            return "";
        }
        return m.matched() + (m.otherLanguage() ? " (" + m.language() + ")" : "");
    }

    /** A snippet as a table's note: its matches between the table's marks. */
    static String note(Snippet s) {
        return s.marked(String.valueOf(Table.MARK_OPEN), String.valueOf(Table.MARK_CLOSE));
    }

    /** The facet counts as a table: one row per value, grouped by facet, at most {@link #FACET_ROWS} each. */
    static Listing facetListing(Facets f) {
        Listing l = new Listing(
                Listing.Column.text("facet", "FACET"),
                Listing.Column.text("value", "VALUE"),
                Listing.Column.number("sessions", "SESSIONS"));
        add(l, "service", f.services());
        add(l, "topic", f.topics());
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
        if (f.topics().size() > FACET_ROWS) {
            more.add((f.topics().size() - FACET_ROWS) + " more topics");
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
