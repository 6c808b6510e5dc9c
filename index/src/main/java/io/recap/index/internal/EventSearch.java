package io.recap.index.internal;

import io.recap.index.EventHit;
import io.recap.index.EventResult;
import io.recap.index.SearchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lists events: those passing the request's event filters, whose report mentions every requested service
 * anywhere, and, when the request asks for sessions by content (query text, part, speaker), with such a session;
 * each with how many of its sessions the same request finds with {@link SessionSearch}. Thread-safe.
 */
public final class EventSearch {

    private static final TermQuery EVENTS = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_EVENT));

    private final SessionSearch sessions;

    /** Lists events with the query parsing and filters of {@code sessions}. */
    public EventSearch(SessionSearch sessions) {
        this.sessions = sessions;
    }

    /** The events of a request (all pages), how they were found, and how to order them. */
    private record Found(Map<Integer, EventGroups.Group> events, Map<Integer, EventGroups.Group> matching,
                         boolean countsAll, boolean byScore, boolean fuzzy) {
    }

    /** Runs an events listing. */
    public EventResult search(IndexSnapshot s, SearchRequest r) throws IOException {
        SessionQueryParser.Parsed text = sessions.text(s, r, false);
        Found found = find(s, r, text, false);
        if (found.events.isEmpty() && text != null && r.typoTolerance()) {
            Found retry = find(s, r, sessions.text(s, r, true), true);
            if (!retry.events.isEmpty()) {
                found = retry;
            }
        }
        List<EventGroups.Group> ordered = new ArrayList<>(found.events.values());
        ordered.sort(found.byScore ? EventGroups.BY_SCORE : EventGroups.BY_DATE);
        List<EventHit> out = new ArrayList<>();
        for (int i = r.offset(); i < ordered.size() && i < (long) r.offset() + r.limit(); i++) {
            EventGroups.Group g = ordered.get(i);
            Document d = s.storedFields().document(g.doc, Summaries.EVENT_FIELDS);
            EventGroups.Group m = found.matching.get(g.doc);
            int matching = found.countsAll ? Summaries.sessionCount(d) : m == null ? 0 : m.sessions;
            out.add(new EventHit(Summaries.event(d, true), matching, found.byScore ? g.score : 0f));
        }
        return new EventResult(ordered.size(), r.offset(), out, found.fuzzy);
    }

    /**
     * The event documents {@link #search} lists for {@code r} (all pages), with its query text parsed as
     * {@code text} (as typed, or with similar words).
     */
    Set<Integer> matchingEvents(IndexSnapshot s, SearchRequest r, SessionQueryParser.Parsed text)
            throws IOException {
        return find(s, r, text, false).events.keySet();
    }

    private Found find(IndexSnapshot s, SearchRequest r, SessionQueryParser.Parsed text, boolean fuzzy)
            throws IOException {
        boolean byContent = !r.query().isEmpty() || r.part() != null || r.speaker() != null;
        boolean byServices = !r.services().isEmpty();
        Map<Integer, EventGroups.Group> events;
        if (byContent) {
            events = sessions.groups(s, r, text, false);
            if (byServices) {
                Set<Integer> mentioning = listed(s, r).keySet();
                events.keySet().retainAll(mentioning);
            }
        } else {
            events = listed(s, r);
        }
        Map<Integer, EventGroups.Group> matching = byServices ? sessions.groups(s, r, text, true) : events;
        boolean byScore = byContent && (text != null || r.speaker() != null)
                && r.sort() == SearchRequest.Sort.RELEVANCE;
        return new Found(events, matching, !byContent && !byServices, byScore, fuzzy);
    }

    /** The event documents passing the request's event filters and services, grouped as events. */
    private Map<Integer, EventGroups.Group> listed(IndexSnapshot s, SearchRequest r) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(EVENTS, BooleanClause.Occur.FILTER);
        for (Query f : sessions.eventFilters(r)) {
            b.add(f, BooleanClause.Occur.FILTER);
        }
        if (!r.indexPages()) {
            b.add(Filters.INDEX_PAGES, BooleanClause.Occur.MUST_NOT);
        }
        return s.search(b.build(), new EventGroups(s, false, List.of()));
    }
}
