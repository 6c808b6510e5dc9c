package io.recap.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One event report, as understood by the parser. Immutable; lists are never {@code null} and never hold
 * {@code null}; scalar components documented as optional are {@code null} when the report does not state them.
 *
 * @param source       where the report came from
 * @param language     {@code "vi"} or {@code "en"} (or another ISO 639-1 code), or {@code null} when unknown
 * @param indexPage    whether the page is a section index listing several events rather than one event
 * @param title        the event's own name, or {@code null} when the report gives none
 * @param pageTitle    the front matter's title, or {@code null}
 * @param date         the (first) day of the event, or {@code null}
 * @param endDate      the last day of a multi-day event, or {@code null}
 * @param startTime    start time, or {@code null}
 * @param endTime      end time, or {@code null}
 * @param location     the venue as written, or {@code null}
 * @param audience     who the event was for, or {@code null}
 * @param format       {@code online}, {@code offline} or {@code hybrid}, or {@code null}
 * @param organizers   organisers as written
 * @param objectives   the event's objectives, one per item
 * @param speakers     speakers, in document order, each once
 * @param sessions     the sessions of the programme, numbered from 1
 * @param services     every service mentioned in the body, in order of first mention
 * @param highlights   highlight items ("what stood out")
 * @param takeaways    takeaway items ("what I learned")
 * @param nextSteps    next-step items
 * @param listedEvents for an index page, the events it lists
 * @param events       the events a page recaps in full one after another ("## Event 1: …", "## Event 2: …"), each
 *                     a report of its own whose source path is the page's followed by {@code #1}, {@code #2}, …;
 *                     empty for a page that recaps one event
 * @param sections     the outline: every non-blank body line lies in exactly one section
 * @param frontMatter  the front-matter block, or {@code null} when the file has none
 * @param diagnostics  what the parser could not understand, refused or guessed
 */
public record Report(
        Source source,
        String language,
        boolean indexPage,
        String title,
        String pageTitle,
        LocalDate date,
        LocalDate endDate,
        LocalTime startTime,
        LocalTime endTime,
        String location,
        String audience,
        String format,
        List<String> organizers,
        List<String> objectives,
        List<Speaker> speakers,
        List<Session> sessions,
        List<ServiceCount> services,
        List<String> highlights,
        List<String> takeaways,
        List<String> nextSteps,
        List<ListedEvent> listedEvents,
        List<Report> events,
        List<Section> sections,
        FrontMatter frontMatter,
        List<Diagnostic> diagnostics) {

    /**
     * Validates the fields and copies the lists.
     *
     * @param source       where the report came from
     * @param language     {@code "vi"} or {@code "en"} (or another ISO 639-1 code), or {@code null} when unknown
     * @param indexPage    whether the page is a section index listing several events rather than one event
     * @param title        the event's own name, or {@code null} when the report gives none
     * @param pageTitle    the front matter's title, or {@code null}
     * @param date         the (first) day of the event, or {@code null}
     * @param endDate      the last day of a multi-day event, or {@code null}
     * @param startTime    start time, or {@code null}
     * @param endTime      end time, or {@code null}
     * @param location     the venue as written, or {@code null}
     * @param audience     who the event was for, or {@code null}
     * @param format       {@code online}, {@code offline} or {@code hybrid}, or {@code null}
     * @param organizers   organisers as written
     * @param objectives   the event's objectives, one per item
     * @param speakers     speakers, in document order, each once
     * @param sessions     the sessions of the programme, numbered from 1
     * @param services     every service mentioned in the body, in order of first mention
     * @param highlights   highlight items ("what stood out")
     * @param takeaways    takeaway items ("what I learned")
     * @param nextSteps    next-step items
     * @param listedEvents for an index page, the events it lists
     * @param events       the events a page recaps in full, each a report of its own ({@code path#1}, {@code path#2}, …)
     * @param sections     the outline: every non-blank body line lies in exactly one section
     * @param frontMatter  the front-matter block, or {@code null} when the file has none
     * @param diagnostics  what the parser could not understand, refused or guessed
     */
    public Report {
        Objects.requireNonNull(source, "source");
        language = Values.optional(language);
        title = Values.optional(title);
        pageTitle = Values.optional(pageTitle);
        location = Values.optional(location);
        audience = Values.optional(audience);
        format = Values.optional(format);
        organizers = List.copyOf(organizers);
        objectives = List.copyOf(objectives);
        speakers = List.copyOf(speakers);
        sessions = List.copyOf(sessions);
        services = List.copyOf(services);
        highlights = List.copyOf(highlights);
        takeaways = List.copyOf(takeaways);
        nextSteps = List.copyOf(nextSteps);
        listedEvents = List.copyOf(listedEvents);
        events = List.copyOf(events);
        sections = List.copyOf(sections);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * A builder for a report from this source, with every other value absent.
     *
     * @param source where the report came from
     * @return a new builder
     */
    public static Builder builder(Source source) {
        return new Builder(source);
    }

    /**
     * A builder that starts with every value of this report.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(source);
        b.language = language;
        b.indexPage = indexPage;
        b.title = title;
        b.pageTitle = pageTitle;
        b.date = date;
        b.endDate = endDate;
        b.startTime = startTime;
        b.endTime = endTime;
        b.location = location;
        b.audience = audience;
        b.format = format;
        b.organizers.addAll(organizers);
        b.objectives.addAll(objectives);
        b.speakers.addAll(speakers);
        b.sessions.addAll(sessions);
        b.services.addAll(services);
        b.highlights.addAll(highlights);
        b.takeaways.addAll(takeaways);
        b.nextSteps.addAll(nextSteps);
        b.listedEvents.addAll(listedEvents);
        b.events.addAll(events);
        b.sections.addAll(sections);
        b.frontMatter = frontMatter;
        b.diagnostics.addAll(diagnostics);
        return b;
    }

    /**
     * The reports of the events this page holds: its {@link #events()} when it recaps several events in full,
     * else the page itself.
     *
     * @return one report per event, in page order
     */
    public List<Report> eventReports() {
        return events.isEmpty() ? List.of(this) : events;
    }

    /**
     * Whether any diagnostic has severity {@link Severity#ERROR}.
     *
     * @return whether the report has errors
     */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** Builds a {@link Report}; not thread-safe. */
    public static final class Builder {
        private final Source source;
        private String language;
        private boolean indexPage;
        private String title;
        private String pageTitle;
        private LocalDate date;
        private LocalDate endDate;
        private LocalTime startTime;
        private LocalTime endTime;
        private String location;
        private String audience;
        private String format;
        private final List<String> organizers = new ArrayList<>();
        private final List<String> objectives = new ArrayList<>();
        private final List<Speaker> speakers = new ArrayList<>();
        private final List<Session> sessions = new ArrayList<>();
        private final List<ServiceCount> services = new ArrayList<>();
        private final List<String> highlights = new ArrayList<>();
        private final List<String> takeaways = new ArrayList<>();
        private final List<String> nextSteps = new ArrayList<>();
        private final List<ListedEvent> listedEvents = new ArrayList<>();
        private final List<Report> events = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private FrontMatter frontMatter;
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        private Builder(Source source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /**
         * Sets the language code.
         *
         * @param value the value, or {@code null} for none
         * @return this builder
         */
        public Builder language(String value) {
            this.language = value;
            return this;
        }

        /**
         * Marks the report as a section index page.
         *
         * @param value whether it is one
         * @return this builder
         */
        public Builder indexPage(boolean value) {
            this.indexPage = value;
            return this;
        }

        /**
         * Sets the event's name.
         *
         * @param value the value, or {@code null} for none
         * @return this builder
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /**
         * Sets the front matter's title.
         *
         * @param value the value, or {@code null} for none
         * @return this builder
         */
        public Builder pageTitle(String value) {
            this.pageTitle = value;
            return this;
        }

        /**
         * Sets the event's (first) day.
         *
         * @param value the value, or {@code null} for none
         * @return this builder
         */
        public Builder date(LocalDate value) {
            this.date = value;
            return this;
        }

        /**
         * Sets the last day of a multi-day event.
         *
         * @param value the value, or {@code null} for none
         * @return this builder
         */
        public Builder endDate(LocalDate value) {
            this.endDate = value;
            return this;
        }

        /**
         * Sets the start time.
         *
         * @param value the value, or {@code null} for none
         * @return this builder
         */
        public Builder startTime(LocalTime value) {
            this.startTime = value;
            return this;
        }

        /**
         * Sets the end time.
         *
         * @param value the value, or {@code null} for none
         * @return this builder
         */
        public Builder endTime(LocalTime value) {
            this.endTime = value;
            return this;
        }

        /**
         * Sets the venue.
         *
         * @param value the value, or {@code null} for none
         * @return this builder
         */
        public Builder location(String value) {
            this.location = value;
            return this;
        }

        /**
         * Sets the audience.
         *
         * @param value the value, or {@code null} for none
         * @return this builder
         */
        public Builder audience(String value) {
            this.audience = value;
            return this;
        }

        /**
         * Sets the format ({@code online}, {@code offline}, {@code hybrid}).
         *
         * @param value the value, or {@code null} for none
         * @return this builder
         */
        public Builder format(String value) {
            this.format = value;
            return this;
        }

        /**
         * Replaces the organisers.
         *
         * @param values the values, none of them {@code null}
         * @return this builder
         */
        public Builder organizers(List<String> values) {
            return replace(organizers, values);
        }

        /**
         * Replaces the objectives.
         *
         * @param values the values, none of them {@code null}
         * @return this builder
         */
        public Builder objectives(List<String> values) {
            return replace(objectives, values);
        }

        /**
         * Replaces the speakers.
         *
         * @param values the values, none of them {@code null}
         * @return this builder
         */
        public Builder speakers(List<Speaker> values) {
            return replace(speakers, values);
        }

        /**
         * Replaces the sessions.
         *
         * @param values the values, none of them {@code null}
         * @return this builder
         */
        public Builder sessions(List<Session> values) {
            return replace(sessions, values);
        }

        /**
         * Replaces the report-level services.
         *
         * @param values the values, none of them {@code null}
         * @return this builder
         */
        public Builder services(List<ServiceCount> values) {
            return replace(services, values);
        }

        /**
         * Replaces the highlights.
         *
         * @param values the values, none of them {@code null}
         * @return this builder
         */
        public Builder highlights(List<String> values) {
            return replace(highlights, values);
        }

        /**
         * Replaces the takeaways.
         *
         * @param values the values, none of them {@code null}
         * @return this builder
         */
        public Builder takeaways(List<String> values) {
            return replace(takeaways, values);
        }

        /**
         * Replaces the next steps.
         *
         * @param values the values, none of them {@code null}
         * @return this builder
         */
        public Builder nextSteps(List<String> values) {
            return replace(nextSteps, values);
        }

        /**
         * Replaces the events listed by an index page.
         *
         * @param values the values, none of them {@code null}
         * @return this builder
         */
        public Builder listedEvents(List<ListedEvent> values) {
            return replace(listedEvents, values);
        }

        /**
         * Replaces the events a page recaps in full.
         *
         * @param values the reports of the events, none of them {@code null}
         * @return this builder
         */
        public Builder events(List<Report> values) {
            return replace(events, values);
        }

        /**
         * Replaces the outline.
         *
         * @param values the values, none of them {@code null}
         * @return this builder
         */
        public Builder sections(List<Section> values) {
            return replace(sections, values);
        }

        /**
         * Sets the front matter.
         *
         * @param value the value, or {@code null} for none
         * @return this builder
         */
        public Builder frontMatter(FrontMatter value) {
            this.frontMatter = value;
            return this;
        }

        /**
         * Replaces the diagnostics.
         *
         * @param values the values, none of them {@code null}
         * @return this builder
         */
        public Builder diagnostics(List<Diagnostic> values) {
            return replace(diagnostics, values);
        }

        /**
         * Adds one diagnostic.
         *
         * @param value the diagnostic
         * @return this builder
         */
        public Builder diagnostic(Diagnostic value) {
            diagnostics.add(Objects.requireNonNull(value));
            return this;
        }

        private <T> Builder replace(List<T> target, List<? extends T> values) {
            target.clear();
            target.addAll(values);
            return this;
        }

        /**
         * Builds the report.
         *
         * @return a new report
         * @throws NullPointerException when a list holds {@code null}
         */
        public Report build() {
            return new Report(source, language, indexPage, title, pageTitle, date, endDate, startTime, endTime,
                    location, audience, format, organizers, objectives, speakers, sessions, services, highlights,
                    takeaways, nextSteps, listedEvents, events, sections, frontMatter, diagnostics);
        }
    }
}
