package io.recap.cli;

import io.recap.index.ReportSearcher;
import io.recap.index.SearchRequest;
import io.recap.index.ServiceUsage;
import io.recap.model.Service;
import io.recap.parser.ServiceCatalog;
import io.recap.web.ResultJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recap services}: services by the sessions and events that mention them, or the catalog. */
@Command(name = "services", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List services by how many sessions and events mention them, most sessions first. "
                + "SESSIONS: the sessions that mention the service, as many as 'recap search --service S' finds. "
                + "EVENTS: the events whose report mentions it anywhere, in a session or elsewhere, as many as "
                + "'recap events --service S' lists; section index pages are no events. With QUERY or filters, "
                + "both are counted as 'recap search QUERY… --service S' and 'recap events QUERY… --service S' "
                + "would: an event may then mention a service outside its matching sessions (0 sessions).",
            "With --catalog-list, list the services recap knows instead (--category to narrow it).",
            "Exits with 1 when nothing is found."})
final class ServicesCommand implements Callable<Integer> {

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

    @Option(names = "--top", paramLabel = "N", description = "Show only the N most mentioned services.")
    Integer top;

    @Option(names = "--catalog-list", description = "List the service catalog instead of counting.")
    boolean catalogList;

    @Option(names = "--category", paramLabel = "C",
            description = "With --catalog-list: only services of this category (compute, containers, devtools…).")
    String category;

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json, ndjson, csv or tsv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    ServicesCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (format == OutputFormat.paths) {
            throw new UserException("services have no report path; use --format table, json, ndjson, csv or tsv",
                    ExitCode.USAGE);
        }
        if (top != null && top < 1) {
            throw new UserException("--top must be at least 1", ExitCode.USAGE);
        }
        if (catalogList && (!query.isEmpty() || filters.any())) {
            throw new UserException("--catalog-list lists the catalog; it takes no QUERY and no filters but "
                    + "--category", ExitCode.USAGE);
        }
        if (category != null && !catalogList) {
            throw new UserException("--category goes with --catalog-list", ExitCode.USAGE);
        }
        ServiceCatalog catalog = catalogOption.catalog();
        Output output = new Output(env, global);
        Listing listing = catalogList ? catalogListing(catalog) : counts(catalog, output);
        if (listing.rows().isEmpty() && format == OutputFormat.table) {
            output.err.println(catalogList ? "no services in category " + category : "no services found");
        } else {
            new ListingPrinter(output).print(listing, format);
        }
        return listing.rows().isEmpty() ? ExitCode.NOTHING : ExitCode.OK;
    }

    private Listing catalogListing(ServiceCatalog catalog) throws UserException {
        List<Service> shown = new ArrayList<>();
        TreeSet<String> categories = new TreeSet<>();
        for (Service s : catalog.services()) {
            if (s.category() != null) {
                categories.add(s.category());
            }
            if (category == null || category.toLowerCase(Locale.ROOT).equals(s.category())) {
                shown.add(s);
            }
        }
        if (category != null && shown.isEmpty()) {
            throw new UserException("no category '" + category + "'; the categories are "
                    + String.join(", ", categories), ExitCode.USAGE);
        }
        Listing l = new Listing(
                Listing.Column.text("id", "ID"),
                Listing.Column.text("service", "SERVICE"),
                Listing.Column.text("name", "NAME"),
                Listing.Column.text("category", "CATEGORY"));
        for (Service s : shown) {
            l.add(java.util.Arrays.asList(s.id(), s.shortName(), s.name(), s.category()),
                    Listing.object("id", s.id(), "name", s.name(), "abbreviation", s.abbreviation(),
                            "category", s.category(), "aliases", catalog.aliases(s.id())), null, null);
        }
        return l;
    }

    /**
     * Per service, sessions and events that mention it, counted as {@code search} and {@code events} would with the
     * service as a filter.
     */
    private Listing counts(ServiceCatalog catalog, Output output) throws Exception {
        String q = QueryText.of(query, spec);
        List<ServiceUsage> usage = new ArrayList<>();
        try (ReportSearcher idx = indexOption.open(env, catalog)) {
            SearchRequest request = filters.applyTo(SearchRequest.builder().query(q)).limit(0).build();
            if (!q.isEmpty() && !output.quiet && idx.search(request).fuzzy()) {
                output.err.println("recap: nothing matches \"" + q + "\" as typed; counting sessions with "
                        + "similar words");
            }
            usage.addAll(idx.services(request));
        }
        Listing l = new Listing(
                Listing.Column.text("service", "SERVICE"),
                Listing.Column.text("name", "NAME"),
                Listing.Column.number("sessions", "SESSIONS"),
                Listing.Column.number("events", "EVENTS"),
                Listing.Column.data("id"));
        for (ServiceUsage u : usage.subList(0, top == null ? usage.size() : Math.min(top, usage.size()))) {
            Service s = u.service();
            l.add(List.of(s.shortName(), s.name(), Long.toString(u.sessions()), Long.toString(u.events()), s.id()),
                    ResultJson.service(u), null, null);
        }
        return l;
    }
}
