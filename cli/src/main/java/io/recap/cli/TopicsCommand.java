package io.recap.cli;

import io.recap.index.ReportSearcher;
import io.recap.index.SearchRequest;
import io.recap.index.Topic;
import io.recap.index.TopicGlossary;
import io.recap.index.TopicUsage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recap topics}: topics by the sessions and events about them, or the glossary. */
@Command(name = "topics", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List topics by how many sessions and events are about them, most sessions first. A session "
                + "is about a topic when its title or text names it (in English or Vietnamese, or a close term) or "
                + "it mentions a service that implies it; tags are made when reports are indexed. SESSIONS: as "
                + "many as 'recap search --topic T' finds. EVENTS: events with such a session, as many as 'recap "
                + "events --topic T' lists. With QUERY or filters, both are counted among the matching sessions.",
            "With --glossary, list the topics recap knows instead, with their names.",
            "Exits with 1 when nothing is found."})
final class TopicsCommand implements Callable<Integer> {

    private final Environment env;

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    IndexOption indexOption;

    @Mixin
    CatalogOption catalogOption;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Count only in the sessions matching this.")
    List<String> query = new ArrayList<>();

    @Mixin
    FilterOptions filters;

    @Option(names = "--top", paramLabel = "N", description = "Show only the N topics with the most sessions.")
    Integer top;

    @Option(names = "--glossary", description = "List the topic glossary instead of counting.")
    boolean glossary;

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json, ndjson, csv or tsv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    TopicsCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (format == OutputFormat.paths) {
            throw new UserException("topics have no report path; use --format table, json, ndjson, csv or tsv",
                    ExitCode.USAGE);
        }
        if (top != null && top < 1) {
            throw new UserException("--top must be at least 1", ExitCode.USAGE);
        }
        if (glossary && (!query.isEmpty() || filters.any())) {
            throw new UserException("--glossary lists the glossary; it takes no QUERY and no filters",
                    ExitCode.USAGE);
        }
        Output output = new Output(env, global);
        Listing listing = glossary ? glossaryListing(TopicGlossary.builtIn()) : counts(output);
        if (listing.rows().isEmpty() && format == OutputFormat.table) {
            output.err.println("no topics found");
        } else {
            new ListingPrinter(output).print(listing, format);
        }
        return listing.rows().isEmpty() ? ExitCode.NOTHING : ExitCode.OK;
    }

    private Listing glossaryListing(TopicGlossary g) {
        Listing l = new Listing(
                Listing.Column.text("id", "TOPIC"),
                Listing.Column.text("name", "NAME"),
                Listing.Column.text("vietnameseName", "VIETNAMESE"),
                Listing.Column.text("category", "CATEGORY"));
        List<Topic> topics = g.topics();
        for (Topic t : topics.subList(0, top == null ? topics.size() : Math.min(top, topics.size()))) {
            l.add(Arrays.asList(t.id(), t.name(), t.vietnameseName(), t.category()), json(t), null, null);
        }
        return l;
    }

    private static java.util.Map<String, Object> json(Topic t) {
        return Listing.object("id", t.id(), "name", t.name(), "vietnameseName", t.vietnameseName(),
                "category", t.category(), "names", t.names(), "vietnameseNames", t.vietnameseNames(),
                "closeTerms", t.closeTerms(), "closeVietnamese", t.closeVietnamese(), "services", t.services());
    }

    /** Per topic, the sessions tagged with it and the events with such a session, among the matching ones. */
    private Listing counts(Output output) throws Exception {
        String q = QueryText.of(query, spec);
        List<TopicUsage> usage = new ArrayList<>();
        try (ReportSearcher idx = indexOption.open(env, catalogOption.catalog())) {
            SearchRequest request = filters.applyTo(SearchRequest.builder().query(q)).limit(0).build();
            if (!q.isEmpty() && !output.quiet && idx.search(request).fuzzy()) {
                output.err.println("recap: nothing matches \"" + q + "\" as typed; counting sessions with "
                        + "similar words");
            }
            usage.addAll(idx.topics(request));
        }
        Listing l = new Listing(
                Listing.Column.text("topic", "TOPIC"),
                Listing.Column.text("name", "NAME"),
                Listing.Column.text("vietnameseName", "VIETNAMESE").droppable(1),
                Listing.Column.number("sessions", "SESSIONS"),
                Listing.Column.number("events", "EVENTS"));
        for (TopicUsage u : usage.subList(0, top == null ? usage.size() : Math.min(top, usage.size()))) {
            Topic t = u.topic();
            java.util.Map<String, Object> json = Listing.object("id", t.id(), "name", t.name(), "vietnameseName",
                    t.vietnameseName(), "category", t.category(), "sessions", u.sessions(), "events", u.events());
            l.add(Arrays.asList(t.id(), t.name(), t.vietnameseName(), Long.toString(u.sessions()),
                    Long.toString(u.events())), json, null, null);
        }
        return l;
    }
}
