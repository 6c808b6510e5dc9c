package io.recap.cli;

import io.recap.index.EventHit;
import io.recap.index.EventResult;
import io.recap.index.EventSummary;
import io.recap.index.ReportSearcher;
import io.recap.index.SearchRequest;
import io.recap.web.ResultJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recap events [QUERY] [filters…]}: one line per event, with its session count. */
@Command(name = "events", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List events, newest first, with their number of sessions. Section index pages (lists of "
                + "events) are no events: left out unless --include-index-pages.",
            "With --service: only events whose report mentions the service anywhere (in a session or elsewhere). "
                    + "With QUERY (as in 'recap search'), --part or --speaker: only events with a session matching "
                    + "them, best first. MATCHING is how many sessions 'recap search' finds in the event with the "
                    + "same arguments (0 when the service is mentioned only outside its sessions). Show one with "
                    + "'recap show ID'.",
            "Exits with 1 when nothing is found."})
final class EventsCommand implements Callable<Integer> {

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

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Only events with sessions matching this.")
    List<String> query = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "table, json, ndjson, csv, tsv or paths (every event's report path, each once; -n to "
                    + "list fewer). Default: table, or paths with -0.")
    OutputFormat format;

    @Option(names = {"-0", "--null"}, description = "With --format paths (implied): end each path with NUL "
            + "rather than a newline, for xargs -0.")
    boolean nullSeparated;

    EventsCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        String q = QueryText.of(query, spec);
        OutputFormat format = Formats.resolve(this.format, nullSeparated);
        SearchRequest request = page.applyTo(filters.applyTo(SearchRequest.builder().query(q)),
                format == OutputFormat.paths).build();
        EventResult result;
        try (ReportSearcher idx = indexOption.open(env, catalogOption.catalog())) {
            result = idx.events(request);
        }
        Output output = new Output(env, global);
        if (result.fuzzy() && !output.quiet) {
            output.err.println("recap: nothing matches \"" + q + "\" as typed; showing events with similar words");
        }
        if (format == OutputFormat.table && result.events().isEmpty()) {
            output.err.println(result.total() == 0 ? "no events found"
                    : String.format(Locale.ROOT, "no events on this page: %,d in all, --offset %d", result.total(),
                            page.offset));
        } else {
            new ListingPrinter(output, nullSeparated).print(listing(q, result, request.selectsSessions()), format);
            if (format == OutputFormat.table) {
                output.out.println(output.style.dim(footer(result)));
            }
        }
        output.out.flush();
        return result.total() == 0 ? ExitCode.NOTHING : ExitCode.OK;
    }

    /** {@code 6 of 6 events}, {@code 11–20 of 35 events}. */
    static String footer(EventResult r) {
        String shown = r.offset() == 0 ? String.format(Locale.ROOT, "%,d", r.events().size())
                : String.format(Locale.ROOT, "%,d–%,d", r.offset() + 1, r.offset() + r.events().size());
        return shown + String.format(Locale.ROOT, " of %,d events", r.total());
    }

    /**
     * The events as rows. A table shows the matching sessions only when the request selects sessions; csv, tsv
     * and JSON always have both counts. {@code --format json} prints {@code {query, total, events, fuzzy}}
     * ({@link ResultJson#events}, as the web API's {@code /api/events}).
     */
    static Listing listing(String query, EventResult r, boolean selectsSessions) {
        Listing l = new Listing(
                Listing.Column.text("date", "DATE"),
                Listing.Column.text("event", "EVENT"),
                Listing.Column.text("language", "LANG").droppable(1),
                Listing.Column.number("sessions", "SESSIONS"),
                new Listing.Column("matching", "MATCHING", true, selectsSessions),
                Listing.Column.data("location"),
                Listing.Column.data("path"));
        for (EventHit h : r.events()) {
            EventSummary e = h.event();
            String date = e.date() == null ? null : e.date().toString();
            l.add(Arrays.asList(date, e.title(), e.language(), Integer.toString(e.sessions()),
                    Integer.toString(h.matchingSessions()), e.location(), e.path()), ResultJson.event(h), e.path(),
                    null);
        }
        return l.envelope(events -> ResultJson.events(query, r));
    }
}
