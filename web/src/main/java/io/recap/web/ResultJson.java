package io.recap.web;

import io.recap.index.EventGroup;
import io.recap.index.EventGroupHit;
import io.recap.index.EventGroupResult;
import io.recap.index.EventHit;
import io.recap.index.EventResult;
import io.recap.index.EventSummary;
import io.recap.index.FacetCount;
import io.recap.index.Facets;
import io.recap.index.GroupedReport;
import io.recap.index.IndexStats;
import io.recap.index.ProgrammeSession;
import io.recap.index.SearchResult;
import io.recap.index.ServiceUsage;
import io.recap.index.SessionHit;
import io.recap.index.Snippet;
import io.recap.index.Topic;
import io.recap.index.TopicExpansion;
import io.recap.index.TopicMatch;
import io.recap.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON form of what an index answers — sessions found, events listed, services counted, statistics — as plain
 * values ({@link Map}s with keys in order, {@link List}s, strings, numbers, booleans and {@code null}) that any JSON
 * writer prints. One contract for every front end: {@code recap search|events|services|stats --format json} print
 * these documents, and the web API ({@code /api/search}, {@code /api/events} — {@code ?reports=true} for
 * {@code --reports} —, {@code /api/services}, {@code /api/stats}) answers with them. A whole report's form is {@link io.recap.parser.ReportJson}'s.
 *
 * <ul>
 *   <li>{@link #search}: {@code {query, total, hits[{score, event{id, title, date, language, path},
 *       otherLanguages, session{number, title, part}, services[{id, name, abbreviation}], snippet, marks,
 *       topic?}], fuzzy, expansions}} ({@code otherLanguages}: the languages of the report's twins that tell the
 *       session too), and {@code facets{services, topics, years, languages}} (each a list of
 *       {@code {value, label, count}}) when asked for; {@code snippet} is plain text and {@code marks} the matched
 *       words in it, as {@code [start, end]} pairs of UTF-16 offsets (as Java and JavaScript count);
 *       {@code expansions} the topics the query named ({@code {typed, language, topic{id, name, vietnameseName},
 *       added}}), and a hit's {@code topic} ({@code {id, matched, language, otherLanguage}}, only on hits found
 *       through a topic's other name) the name it was found by;</li>
 *   <li>{@link #eventGroups}: {@code {query, total, events[{id, title, date, location, languages, reports,
 *       sessions, matchingReports, matchingSessions, score, pages[{id, title, date, language, path, sessions,
 *       reason, linkedTo, why}], programme[{title, reports, sessions}]}], fuzzy}}: events, the reports of one
 *       event grouped ({@code recap events}, {@code recap search --by event});</li>
 *   <li>{@link #events}: {@code {query, total, events[{id, title, date, language, location, path, sessions,
 *       matchingSessions, score}], fuzzy}}: report pages ({@code recap events --reports});</li>
 *   <li>{@link #services}: {@code [{id, name, abbreviation, category, sessions, events}]};</li>
 *   <li>{@link #stats}: {@code {location, reports, indexPages, sessions, services, schemaVersion,
 *       lastCommit}}.</li>
 * </ul>
 *
 * <p>Dates are ISO strings ({@code 2025-03-15}), absent values {@code null}. Every call returns new, mutable
 * containers. Stateless and thread-safe.
 */
public final class ResultJson {

    private ResultJson() {
    }

    /**
     * One page of sessions found.
     *
     * @param result     the search's answer
     * @param withFacets whether to add the {@code facets} counts
     * @return {@code {query, total, hits, fuzzy, expansions}} and, with facets, {@code facets}
     */
    public static Map<String, Object> search(SearchResult result, boolean withFacets) {
        List<Object> hits = new ArrayList<>(result.hits().size());
        for (SessionHit h : result.hits()) {
            hits.add(hit(h));
        }
        Map<String, Object> doc = object("query", result.query(), "total", result.total(), "hits", hits,
                "fuzzy", result.fuzzy(), "expansions", expansions(result.expansions()));
        if (withFacets) {
            doc.put("facets", facets(result.facets()));
        }
        return doc;
    }

    /**
     * One session found: an element of {@link #search}'s {@code hits}, and a line of
     * {@code recap search --format ndjson}.
     *
     * @param h the hit
     * @return {@code {score, event{id, title, date, language, path}, otherLanguages, session{number, title,
     *         part}, services[{id, name, abbreviation}], snippet, marks}}, and {@code topic{id, matched, language,
     *         otherLanguage}} when the session was found only through a topic's other name
     */
    public static Map<String, Object> hit(SessionHit h) {
        List<Object> services = new ArrayList<>(h.services().size());
        for (Service s : h.services()) {
            services.add(object("id", s.id(), "name", s.name(), "abbreviation", s.abbreviation()));
        }
        EventSummary e = h.event();
        Map<String, Object> out = object(
                "score", h.score(),
                "event", object("id", e.id(), "title", e.title(), "date", date(e), "language", e.language(),
                        "path", e.path()),
                "otherLanguages", h.otherLanguages(),
                "session", object("number", h.session().number(), "title", h.session().title(),
                        "part", h.session().part() == null ? null : h.session().part().label()),
                "services", services,
                "snippet", h.snippet().text(),
                "marks", marks(h.snippet()));
        TopicMatch m = h.topic();
        if (m != null) {
            out.put("topic", object("id", m.topic().id(), "matched", m.matched(), "language", m.language(),
                    "otherLanguage", m.otherLanguage()));
        }
        return out;
    }

    /**
     * The topics a query named and what they added to it.
     *
     * @param expansions the expansions of a search ({@link SearchResult#expansions()})
     * @return a list of {@code {typed, language, topic{id, name, vietnameseName}, added}}
     */
    public static List<Object> expansions(List<TopicExpansion> expansions) {
        List<Object> out = new ArrayList<>(expansions.size());
        for (TopicExpansion e : expansions) {
            Topic t = e.topic();
            out.add(object("typed", e.typed(), "language", e.language(),
                    "topic", object("id", t.id(), "name", t.name(), "vietnameseName", t.vietnameseName()),
                    "added", e.added()));
        }
        return out;
    }

    /**
     * The matching sessions counted by service, topic, year and language.
     *
     * @param f the counts
     * @return {@code {services, topics, years, languages}}, each a list of {@code {value, label, count}}, most
     *         first
     */
    public static Map<String, Object> facets(Facets f) {
        return object("services", counts(f.services()), "topics", counts(f.topics()), "years", counts(f.years()),
                "languages", counts(f.languages()));
    }

    /**
     * One page of events, the reports of each grouped.
     *
     * @param query  the query the events were listed for (empty for none)
     * @param result the listing's answer
     * @return {@code {query, total, events, fuzzy}}, each event an {@link #eventGroup}
     */
    public static Map<String, Object> eventGroups(String query, EventGroupResult result) {
        List<Object> events = new ArrayList<>(result.events().size());
        for (EventGroupHit h : result.events()) {
            events.add(eventGroup(h));
        }
        return object("query", query, "total", result.total(), "events", events, "fuzzy", result.fuzzy());
    }

    /**
     * One event and its reports: an element of {@link #eventGroups}'s {@code events}, a line of
     * {@code recap events --format ndjson}, and {@code recap show EVENT --format json}.
     *
     * @param h the event, with how much of it matched
     * @return {@code {id, title, date, location, languages, reports, sessions, matchingReports, matchingSessions,
     *         score, pages[{id, title, date, language, path, sessions, reason, linkedTo, why}],
     *         programme[{title, reports, sessions}]}}
     */
    public static Map<String, Object> eventGroup(EventGroupHit h) {
        EventGroup e = h.event();
        List<Object> pages = new ArrayList<>(e.pages().size());
        for (GroupedReport g : e.pages()) {
            pages.add(object("id", g.report().id(), "title", g.report().title(), "date", date(g.report()),
                    "language", g.report().language(), "path", g.report().path(),
                    "sessions", g.report().sessions(), "reason", g.reason().name().toLowerCase(Locale.ROOT),
                    "linkedTo", g.linkedTo(), "why", g.why()));
        }
        List<Object> programme = new ArrayList<>(e.programme().size());
        for (ProgrammeSession p : e.programme()) {
            programme.add(object("title", p.title(), "reports", p.reports(), "sessions", p.sessions()));
        }
        return object("id", e.id(), "title", e.title(), "date", e.date() == null ? null : e.date().toString(),
                "location", e.location(), "languages", e.languages(), "reports", e.reports(),
                "sessions", e.programme().size(), "matchingReports", h.matchingReports(),
                "matchingSessions", h.matchingSessions(), "score", h.score(), "pages", pages,
                "programme", programme);
    }

    /**
     * One page of report pages ({@code recap events --reports}).
     *
     * @param query  the query the events were listed for (empty for none)
     * @param result the listing's answer
     * @return {@code {query, total, events, fuzzy}}
     */
    public static Map<String, Object> events(String query, EventResult result) {
        List<Object> events = new ArrayList<>(result.events().size());
        for (EventHit h : result.events()) {
            events.add(event(h));
        }
        return object("query", query, "total", result.total(), "events", events, "fuzzy", result.fuzzy());
    }

    /**
     * One event listed: an element of {@link #events}'s {@code events}, and a line of
     * {@code recap events --format ndjson}.
     *
     * @param h the event
     * @return {@code {id, title, date, language, location, path, sessions, matchingSessions, score}}
     */
    public static Map<String, Object> event(EventHit h) {
        EventSummary e = h.event();
        return object("id", e.id(), "title", e.title(), "date", date(e), "language", e.language(),
                "location", e.location(), "path", e.path(), "sessions", e.sessions(),
                "matchingSessions", h.matchingSessions(), "score", h.score());
    }

    /**
     * Services with the sessions and events that mention them, in the order given.
     *
     * @param usage the services
     * @return a list of {@link #service} objects
     */
    public static List<Object> services(List<ServiceUsage> usage) {
        List<Object> out = new ArrayList<>(usage.size());
        for (ServiceUsage u : usage) {
            out.add(service(u));
        }
        return out;
    }

    /**
     * One service and how much mentions it.
     *
     * @param u the service's counts
     * @return {@code {id, name, abbreviation, category, sessions, events}}
     */
    public static Map<String, Object> service(ServiceUsage u) {
        Service s = u.service();
        return object("id", s.id(), "name", s.name(), "abbreviation", s.abbreviation(), "category", s.category(),
                "sessions", u.sessions(), "events", u.events());
    }

    /**
     * What the index holds.
     *
     * @param s the statistics
     * @return {@code {location, reports, indexPages, sessions, services, schemaVersion, lastCommit}}
     *         ({@code lastCommit} an ISO instant, or {@code null})
     */
    public static Map<String, Object> stats(IndexStats s) {
        return object("location", String.valueOf(s.location()), "reports", s.reports(),
                "indexPages", s.indexPages(), "sessions", s.sessions(), "services", s.services(),
                "schemaVersion", s.schemaVersion(),
                "lastCommit", s.lastCommit() == null ? null : s.lastCommit().toString());
    }

    /** The matches of a snippet as {@code [start, end]} pairs (UTF-16 offsets into its text). */
    private static List<Object> marks(Snippet s) {
        List<Object> out = new ArrayList<>(s.marks().size());
        for (Snippet.Mark m : s.marks()) {
            out.add(List.of(m.start(), m.end()));
        }
        return out;
    }

    private static String date(EventSummary e) {
        return e.date() == null ? null : e.date().toString();
    }

    private static List<Object> counts(List<FacetCount> counts) {
        List<Object> out = new ArrayList<>(counts.size());
        for (FacetCount c : counts) {
            out.add(object("value", c.value(), "label", c.label(), "count", c.count()));
        }
        return out;
    }

    /**
     * A JSON object with these keys and values, in order (values may be {@code null}).
     *
     * @param keysAndValues a key, its value, the next key, its value…
     * @return a new mutable map
     */
    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
