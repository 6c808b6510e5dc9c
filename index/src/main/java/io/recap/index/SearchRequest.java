package io.recap.index;

import io.recap.model.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What to search for: a query in Lucene's syntax and filters, and which page of hits to return. Immutable;
 * build one with {@link #builder()}. Used by {@link ReportIndex#search} (sessions) and
 * {@link ReportIndex#events} (events).
 *
 * <p>The query, as in a web search engine: {@code a b} both words, {@code a OR b} either ({@code AND} binds
 * tighter: {@code bảo mật OR security} is "bảo mật" or "security"), {@code (a OR b) c} grouped,
 * {@code -a} or {@code NOT a} without a, {@code "a phrase"}, {@code prefix*}, {@code word~} (similar spellings).
 * A word may match the session's title (weighted most), text, speakers and the names of the services it
 * mentions ("ecr" finds a session that wrote "Elastic Container Registry"), and its event's name and place; at
 * least one word must be in the session itself. Case does not matter; a word typed without diacritics matches
 * every spelling ("tu duy" finds "Tư Duy"), a word typed with them matches that spelling or the word written
 * without any ("bảo" finds "bảo" and "bao", not "báo"), unless {@code ignoreDiacritics}; exact spellings rank
 * first. A word written as one ("CodeDeploy", "node.js") matches itself or its parts in sequence ("Code Deploy"),
 * never its parts apart. Other forms of an English word match too, in reports of every language ("deploying"
 * finds "deployment", "vector database" finds "vector databases" in a Vietnamese report).
 * Fields: {@code title:}, {@code event:}, {@code text:}, {@code speaker:}, {@code location:}, {@code service:}
 * (any alias), {@code lang:}, {@code year:}, {@code part:} and {@code date:} (a day, or a range
 * {@code date:[2025-01-01 TO 2025-06-30]}).
 *
 * <p>Words that name a topic of the {@link TopicGlossary} ("observability", "bảo mật", "infrastructure as code")
 * also find the topic's other names in English and Vietnamese, each as a phrase, ranked below the words as typed
 * ({@link SearchResult#expansions()}, {@link SessionHit#topic()}), unless {@code expandTopics} is off;
 * {@code crossLanguage} off keeps to names of the language typed.
 *
 * <p>Section index pages (pages that list several events) are left out unless {@code indexPages}.
 *
 * @param query         the query text, empty for "every session"
 * @param services      service names, abbreviations or ids (any alias, any case); a hit mentions every one
 * @param since         earliest event date (inclusive), or {@code null}
 * @param until         latest event date (inclusive), or {@code null}
 * @param year          the event's year, or {@code null}
 * @param language      the report's language code ({@code vi}, {@code en}), or {@code null}
 * @param part          the session's part of the day, or {@code null}
 * @param speaker       a speaker's name, or {@code null}: sessions whose own speakers include it (all its words in
 *                      one name, any order) or, in reports that name speakers only for the whole event, whose
 *                      own title or text names it; then the sessions of events that name it only for the whole
 *                      event
 * @param event         an event id (its report's path) or words of its title, or {@code null}
 * @param sort          the order of hits
 * @param offset        hits to skip (for paging)
 * @param limit         the most hits to return (0 to count only)
 * @param facets        whether to count the matches by service, year and language (which also counts them
 *                      exactly)
 * @param exactTotal    whether to count every match; otherwise counting may stop after 1,000 (or the end of
 *                      the requested page), see {@link SearchResult#exactTotal()}
 * @param typoTolerance whether a query that finds nothing is retried with similar words (words of five or
 *                      more letters may then differ by one or two letters)
 * @param ignoreDiacritics whether diacritics typed in the query, the speaker and the event may differ
 *                      (exact spellings still rank first)
 * @param indexPages    whether section index pages (lists of events) are searched too
 * @param topics        topic ids or names ({@link TopicGlossary#resolve}); a hit is tagged with every one
 * @param expandTopics  whether words of the query that name a topic also find the topic's other names, in
 *                      English and Vietnamese, and its services (ranked below the words as typed)
 * @param crossLanguage whether that expansion crosses languages ("bảo mật" finding "security"); when not, it
 *                      adds only names of the language typed
 * @param allLanguages  whether {@link ReportIndex#search} shows a session once per language twin of its report;
 *                      by default it shows it once, in the preferred language, and names the other languages
 *                      ({@link SessionHit#otherLanguages()})
 * @param preferredLanguage the language a session found in several twins is shown in, or {@code null} for the
 *                      language of the query where it can tell (Vietnamese letters: {@code vi}), else {@code en}
 */
public record SearchRequest(String query, List<String> services, LocalDate since, LocalDate until, Integer year,
                            String language, Part part, String speaker, String event, Sort sort, int offset,
                            int limit, boolean facets, boolean exactTotal, boolean typoTolerance,
                            boolean ignoreDiacritics, boolean indexPages, List<String> topics,
                            boolean expandTopics, boolean crossLanguage, boolean allLanguages,
                            String preferredLanguage) {

    /** The order of hits. */
    public enum Sort {
        /** Best match first; without query text, the same as {@link #DATE}. */
        RELEVANCE,
        /** Newest event first; within an event, by session number. Events without a date come last. */
        DATE
    }

    /**
     * Validates and copies.
     *
     * @param query         the query text, empty for "every session"
     * @param services      service names, abbreviations or ids (any alias, any case); a hit mentions every one
     * @param since         earliest event date (inclusive), or {@code null}
     * @param until         latest event date (inclusive), or {@code null}
     * @param year          the event's year, or {@code null}
     * @param language      the report's language code ({@code vi}, {@code en}), or {@code null}
     * @param part          the session's part of the day, or {@code null}
     * @param speaker       a speaker's name, or {@code null}: sessions whose own speakers include it (all its words in
     *                      one name, any order) or, in reports that name speakers only for the whole event, whose
     *                      own title or text names it; then the sessions of events that name it only for the
     *                      whole event
     * @param event         an event id (its report's path) or words of its title, or {@code null}
     * @param sort          the order of hits
     * @param offset        hits to skip (for paging)
     * @param limit         the most hits to return (0 to count only)
     * @param facets        whether to count the matches by service, year and language (which also counts them
     *                      exactly)
     * @param exactTotal    whether to count every match; otherwise counting may stop after 1,000 (or the end of
     *                      the requested page), see {@link SearchResult#exactTotal()}
     * @param typoTolerance whether a query that finds nothing is retried with similar words (words of five or
     *                      more letters may then differ by one or two letters)
     * @param ignoreDiacritics whether diacritics typed in the query, the speaker and the event may differ
     *                      (exact spellings still rank first)
     * @param indexPages    whether section index pages (lists of events) are searched too
     * @param topics        topic ids or names; a hit is tagged with every one
     * @param expandTopics  whether words of the query that name a topic also find the topic's other names
     * @param crossLanguage whether that expansion crosses languages
     * @param allLanguages  whether a session is shown once per language twin of its report
     * @param preferredLanguage the language a session found in several twins is shown in, or {@code null} for the
     *                      query's language where it can tell, else {@code en}
     */
    public SearchRequest {
        query = query == null ? "" : query.strip();
        services = List.copyOf(services);
        topics = List.copyOf(topics);
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
        event = event == null || event.isBlank() ? null : event.strip();
        preferredLanguage = preferredLanguage == null || preferredLanguage.isBlank() ? null
                : preferredLanguage.strip().toLowerCase(Locale.ROOT);
        Objects.requireNonNull(sort, "sort");
        if (limit < 0 || offset < 0) {
            throw new InvalidQueryException("limit and offset must not be negative", null);
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new InvalidQueryException("the date range is empty: " + since + " is after " + until, null);
        }
    }

    /**
     * A builder: no query, no filters, relevance order, the first 10 hits, no facets, totals counted up to 1,000,
     * typo tolerance on, typed diacritics matching, section index pages left out.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts with every value of this request (to ask for the next page, say).
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.query = query;
        b.services.addAll(services);
        b.since = since;
        b.until = until;
        b.year = year;
        b.language = language;
        b.part = part;
        b.speaker = speaker;
        b.event = event;
        b.sort = sort;
        b.offset = offset;
        b.limit = limit;
        b.facets = facets;
        b.exactTotal = exactTotal;
        b.typoTolerance = typoTolerance;
        b.ignoreDiacritics = ignoreDiacritics;
        b.indexPages = indexPages;
        b.topics.addAll(topics);
        b.expandTopics = expandTopics;
        b.crossLanguage = crossLanguage;
        b.allLanguages = allLanguages;
        b.preferredLanguage = preferredLanguage;
        return b;
    }

    /**
     * Whether the request narrows sessions by what they contain (query text, services, topics, part or speaker).
     *
     * @return whether it selects sessions
     */
    public boolean selectsSessions() {
        return !query.isEmpty() || !services.isEmpty() || !topics.isEmpty() || part != null || speaker != null;
    }

    /** Builds a {@link SearchRequest}; not thread-safe. */
    public static final class Builder {
        private String query = "";
        private final List<String> services = new ArrayList<>();
        private final List<String> topics = new ArrayList<>();
        private boolean expandTopics = true;
        private boolean crossLanguage = true;
        private LocalDate since;
        private LocalDate until;
        private Integer year;
        private String language;
        private Part part;
        private String speaker;
        private String event;
        private Sort sort = Sort.RELEVANCE;
        private int offset;
        private int limit = 10;
        private boolean facets;
        private boolean exactTotal;
        private boolean typoTolerance = true;
        private boolean ignoreDiacritics;
        private boolean indexPages;
        private boolean allLanguages;
        private String preferredLanguage;

        private Builder() {
        }

        /**
         * The query text (Lucene syntax, see {@link SearchRequest}).
         *
         * @param value the query, or {@code null} for none (every session)
         * @return this builder
         */
        public Builder query(String value) {
            this.query = value == null ? "" : value;
            return this;
        }

        /**
         * Keeps only sessions that mention this service (any alias or case) — for {@link ReportIndex#events}, events
         * whose report mentions it anywhere; repeatable: all must match.
         *
         * @param value a service name, abbreviation or id
         * @return this builder
         */
        public Builder service(String value) {
            services.add(Objects.requireNonNull(value, "service"));
            return this;
        }

        /**
         * Keeps only events on or after this day.
         *
         * @param value the first day, or {@code null} for no bound
         * @return this builder
         */
        public Builder since(LocalDate value) {
            this.since = value;
            return this;
        }

        /**
         * Keeps only events on or before this day.
         *
         * @param value the last day, or {@code null} for no bound
         * @return this builder
         */
        public Builder until(LocalDate value) {
            this.until = value;
            return this;
        }

        /**
         * Keeps only events of this year.
         *
         * @param value the year, or {@code null} for any
         * @return this builder
         */
        public Builder year(Integer value) {
            this.year = value;
            return this;
        }

        /**
         * Keeps only reports in this language ({@code vi}, {@code en}).
         *
         * @param value a language code, or {@code null} for any
         * @return this builder
         */
        public Builder language(String value) {
            this.language = value;
            return this;
        }

        /**
         * Keeps only sessions of this part of the day.
         *
         * @param value the part, or {@code null} for any
         * @return this builder
         */
        public Builder part(Part value) {
            this.part = value;
            return this;
        }

        /**
         * Keeps only sessions by this speaker: those it is named for (or, in a report that names speakers only for
         * the whole event, whose own title or text names it), then, ranked after them, the sessions of events that
         * name this speaker for the whole event and in none of their sessions.
         *
         * @param value a name, or {@code null} for any
         * @return this builder
         */
        public Builder speaker(String value) {
            this.speaker = value;
            return this;
        }

        /**
         * Keeps only the event with this id, or events whose title contains these words.
         *
         * @param value an event id or words of its title, or {@code null} for any
         * @return this builder
         */
        public Builder event(String value) {
            this.event = value;
            return this;
        }

        /**
         * The order of hits.
         *
         * @param value the order
         * @return this builder
         */
        public Builder sort(Sort value) {
            this.sort = Objects.requireNonNull(value, "sort");
            return this;
        }

        /**
         * Hits to skip.
         *
         * @param value how many hits to skip, at least 0
         * @return this builder
         */
        public Builder offset(int value) {
            this.offset = value;
            return this;
        }

        /**
         * The most hits to return.
         *
         * @param value how many hits at most, at least 0
         * @return this builder
         */
        public Builder limit(int value) {
            this.limit = value;
            return this;
        }

        /**
         * Whether to count the matches by service, year and language.
         *
         * @param value whether to count them
         * @return this builder
         */
        public Builder facets(boolean value) {
            this.facets = value;
            return this;
        }

        /**
         * Whether to count every match, however many (default: counting may stop after 1,000).
         *
         * @param value whether to count every match
         * @return this builder
         */
        public Builder exactTotal(boolean value) {
            this.exactTotal = value;
            return this;
        }

        /**
         * Whether a query that finds nothing is retried with similar words.
         *
         * @param value whether to retry
         * @return this builder
         */
        public Builder typoTolerance(boolean value) {
            this.typoTolerance = value;
            return this;
        }

        /**
         * Whether diacritics typed in the query, the speaker and the event may differ from the text's (default:
         * a word typed with diacritics matches them, or the word written without any).
         *
         * @param value whether to ignore typed diacritics
         * @return this builder
         */
        public Builder ignoreDiacritics(boolean value) {
            this.ignoreDiacritics = value;
            return this;
        }

        /**
         * Whether section index pages (pages that list several events) are searched too (default: not).
         *
         * @param value whether to include them
         * @return this builder
         */
        public Builder indexPages(boolean value) {
            this.indexPages = value;
            return this;
        }

        /**
         * Adds a topic every hit must be tagged with (an id or a name of the {@link TopicGlossary}).
         *
         * @param value the topic's id or name
         * @return this builder
         */
        public Builder topic(String value) {
            topics.add(Objects.requireNonNull(value, "topic"));
            return this;
        }

        /**
         * Whether a session is shown once per language twin of its report (default: once, in the preferred
         * language).
         *
         * @param value whether to show every twin
         * @return this builder
         */
        public Builder allLanguages(boolean value) {
            this.allLanguages = value;
            return this;
        }

        /**
         * Whether words of the query that name a topic also find its other names and services (default: they
         * do); off, the query finds what was typed only.
         *
         * @param value whether to expand topics
         * @return this builder
         */
        public Builder expandTopics(boolean value) {
            this.expandTopics = value;
            return this;
        }

        /**
         * Whether a topic's names in the other language count when it expands the query (default: they do).
         *
         * @param value whether to cross languages
         * @return this builder
         */
        public Builder crossLanguage(boolean value) {
            this.crossLanguage = value;
            return this;
        }

        /**
         * The language a session found in several twins is shown in (default: the query's, where it can tell,
         * else {@code en}).
         *
         * @param value a language code, or {@code null} for the default
         * @return this builder
         */
        public Builder preferredLanguage(String value) {
            this.preferredLanguage = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return a new request
         * @throws InvalidQueryException when limit or offset is negative or the date range is empty
         */
        public SearchRequest build() {
            return new SearchRequest(query, services, since, until, year, language, part, speaker, event, sort,
                    offset, limit, facets, exactTotal, typoTolerance, ignoreDiacritics, indexPages, topics,
                    expandTopics, crossLanguage, allLanguages, preferredLanguage);
        }
    }
}
