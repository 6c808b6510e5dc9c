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
                    + " ecr); for events, events whose report mentions it anywhere. Repeatable: all must be "
                    + "mentioned.")
    List<String> services = new ArrayList<>();

    @Option(names = {"-t", "--topic"}, paramLabel = "TOPIC",
            description = "Only sessions about this topic (an id or a name in English or Vietnamese: observability, "
                    + "\"bảo mật\"; 'recap topics' lists them): those whose title or text names it, or that mention a "
                    + "service that implies it. For events, events with such a session. Repeatable: all must "
                    + "apply.")
    List<String> topics = new ArrayList<>();

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
            description = "Only sessions by this speaker: those the report names the speaker for (or whose own "
                    + "title or text names the speaker, in a report that names speakers only for the whole event), "
                    + "then, ranked after them, every session of events that name the speaker only for the whole "
                    + "event and in none of its sessions. All words of the name, in any order; case does not "
                    + "matter, diacritics typed must match (or be absent).")
    String speaker;

    @Option(names = "--event", paramLabel = "ID",
            description = "Only this event: its id (the report's path; the path of a page that recaps several "
                    + "events means all of them) or words of its title.")
    String event;

    @Option(names = "--ignore-diacritics",
            description = "Let words typed with diacritics (in QUERY, --speaker, --event) match any spelling: "
                    + "\"bảo\" then also finds \"báo\" and \"bão\". Exact spellings still rank first.")
    boolean ignoreDiacritics;

    @Option(names = "--include-index-pages",
            description = "Also search section index pages (pages that list several events), which are no events "
                    + "and are left out by default.")
    boolean indexPages;

    /** Whether any filter was given. */
    boolean any() {
        return !services.isEmpty() || !topics.isEmpty() || since != null || until != null || year != null || language != null
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
        topics.forEach(request::topic);
        return request.since(since).until(until).year(year).language(language)
                .part(part == null ? null : Part.valueOf(part.name().toUpperCase(Locale.ROOT)))
                .speaker(speaker).event(event).ignoreDiacritics(ignoreDiacritics).indexPages(indexPages);
    }
}
