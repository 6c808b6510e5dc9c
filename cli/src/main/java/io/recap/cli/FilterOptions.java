package io.recap.cli;

import io.recap.index.SearchRequest;
import io.recap.model.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The filters of the commands that look in the index for sessions or events: search, events, services. */
final class FilterOptions {

    /** Parts of the day, as {@code --part} takes them. */
    enum PartChoice { morning, afternoon, evening }

    @Option(names = {"-s", "--service"}, paramLabel = "NAME",
            description = "Only sessions that mention this service (any alias or case: CodeDeploy, \"code deploy\","
                    + " ecr). Repeatable: all must be mentioned.")
    List<String> services = new ArrayList<>();

    @Option(names = "--since", paramLabel = "DATE", converter = DateConverter.class,
            description = "Only events on or after this day (YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", converter = DateConverter.class,
            description = "Only events on or before this day (YYYY-MM-DD).")
    LocalDate until;

    @Option(names = "--year", paramLabel = "YEAR", description = "Only events of this year.")
    Integer year;

    @Option(names = "--lang", paramLabel = "LANG", description = "Only reports in this language: vi or en (a two-letter code; a report named "
                    + "_index.fr.md is in fr).")
    String language;

    @Option(names = "--part", paramLabel = "PART",
            description = "Only sessions of this part of the day: morning, afternoon or evening.")
    PartChoice part;

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "Only sessions by this speaker (case and diacritics do not matter).")
    String speaker;

    @Option(names = "--event", paramLabel = "ID",
            description = "Only this event: its id (the report's path) or words of its title.")
    String event;

    /** Whether any filter was given. */
    boolean any() {
        return !services.isEmpty() || since != null || until != null || year != null || language != null
                || part != null || speaker != null || event != null;
    }

    /** Adds the filters to {@code request}; a language or year no report can have is a usage error. */
    SearchRequest.Builder applyTo(SearchRequest.Builder request) throws UserException {
        if (language != null && !language.matches("[a-z]{2}")) {
            // a report's language is a two-letter code: vi or en, or another from a path such as _index.fr.md
            throw new UserException("--lang takes a two-letter language code such as vi or en, not '" + language
                    + "'", ExitCode.USAGE);
        }
        if (year != null && (year < 1000 || year > 9999)) {
            throw new UserException("--year takes a year of four digits, such as 2025, not " + year,
                    ExitCode.USAGE);
        }
        services.forEach(request::service);
        return request.since(since).until(until).year(year).language(language)
                .part(part == null ? null : Part.valueOf(part.name().toUpperCase(Locale.ROOT)))
                .speaker(speaker).event(event);
    }
}
