package io.recap.cli;

import io.recap.index.ReportIndex;
import io.recap.index.SearchRequest;
import io.recap.index.SessionHit;
import io.recap.model.Service;
import io.recap.parser.ServiceCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recap services}: services by the sessions and events that mention them, or the catalog. */
@Command(name = "services", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List services by how many sessions and events mention them, most first; with QUERY or "
                + "--service, only in the matching sessions.",
            "With --catalog-list, list the services recap knows instead (--category to narrow it).",
            "Exits with 1 when nothing is found."})
final class ServicesCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    GlobalOptions global;

    @Mixin
    IndexOption indexOption;

    @Mixin
    CatalogOption catalogOption;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Count only in the sessions matching this.")
    List<String> query = new ArrayList<>();

    @Option(names = {"-s", "--service"}, paramLabel = "NAME",
            description = "Count only in sessions that mention this service too. Repeatable.")
    List<String> services = new ArrayList<>();

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
        if (category != null && !catalogList) {
            throw new UserException("--category goes with --catalog-list", ExitCode.USAGE);
        }
        ServiceCatalog catalog = catalogOption.catalog();
        Output output = new Output(env, global);
        Listing listing = catalogList ? catalogListing(catalog) : counts(catalog);
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

    private Listing counts(ServiceCatalog catalog) throws Exception {
        ServiceTally tally = new ServiceTally();
        try (ReportIndex idx = ReportIndex.open(indexOption.resolve(env), catalog)) {
            SearchRequest.Builder request = SearchRequest.builder().query(String.join(" ", query).strip())
                    .limit((int) Math.min(Integer.MAX_VALUE, Math.max(1, idx.count(true))));
            services.forEach(request::service);
            for (SessionHit h : idx.search(request.build()).hits()) {
                tally.add(h.event().id(), h.services());
            }
        }
        Listing l = new Listing(
                Listing.Column.text("service", "SERVICE"),
                Listing.Column.text("name", "NAME"),
                Listing.Column.number("sessions", "SESSIONS"),
                Listing.Column.number("events", "EVENTS"),
                Listing.Column.data("id"));
        List<ServiceTally.Count> counts = tally.counts();
        for (ServiceTally.Count c : counts.subList(0, top == null ? counts.size() : Math.min(top, counts.size()))) {
            Service s = c.service();
            l.add(List.of(s.shortName(), s.name(), Integer.toString(c.sessions()), Integer.toString(c.events()),
                            s.id()),
                    Listing.object("id", s.id(), "name", s.name(), "abbreviation", s.abbreviation(),
                            "category", s.category(), "sessions", c.sessions(), "events", c.events()), null, null);
        }
        return l;
    }
}
