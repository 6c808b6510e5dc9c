package io.recap.index.internal;

import io.recap.index.EventHit;
import io.recap.index.EventResult;
import io.recap.index.SearchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Lists events: those with matching sessions when the request selects sessions (grouped, with how many match),
 * otherwise every event passing the request's event filters (with or without sessions). Thread-safe.
 */
public final class EventSearch {

    private static final TermQuery EVENTS = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_EVENT));
    private static final Comparator<EventGroups.Group> BY_DATE = Comparator
            .comparingLong((EventGroups.Group g) -> g.day).reversed()
            .thenComparing(g -> g.path);
    private static final Comparator<EventGroups.Group> BY_SCORE = Comparator
            .comparingDouble((EventGroups.Group g) -> g.score).reversed()
            .thenComparing(BY_DATE);

    private final SessionSearch sessions;

    /** Lists events with the query parsing and filters of {@code sessions}. */
    public EventSearch(SessionSearch sessions) {
        this.sessions = sessions;
    }

    /** Runs an events listing. */
    public EventResult search(IndexSnapshot s, SearchRequest r) throws IOException {
        return r.selectsSessions() ? grouped(s, r) : listed(s, r);
    }

    private EventResult listed(IndexSnapshot s, SearchRequest r) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(EVENTS, BooleanClause.Occur.FILTER);
        sessions.eventFilters(r).forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        int n = s.topN(r.offset(), r.limit());
        TopDocs top = s.search(b.build(), new TopFieldCollectorManager(SessionSearch.EVENTS_BY_DATE, n, null,
                Integer.MAX_VALUE, false));
        List<EventHit> out = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = r.offset(); i < docs.length && i < (long) r.offset() + r.limit(); i++) {
            Document d = s.storedFields().document(docs[i].doc, Summaries.EVENT_FIELDS);
            out.add(new EventHit(Summaries.event(d, true), Summaries.sessionCount(d), 0f));
        }
        return new EventResult(top.totalHits.value, r.offset(), out, false);
    }

    private EventResult grouped(IndexSnapshot s, SearchRequest r) throws IOException {
        Query text = sessions.text(r, false);
        Map<Integer, EventGroups.Group> groups = groups(s, r, text);
        boolean fuzzy = false;
        if (groups.isEmpty() && text != null && r.typoTolerance()) {
            Query similar = sessions.text(r, true);
            Map<Integer, EventGroups.Group> retry = groups(s, r, similar);
            if (!retry.isEmpty()) {
                groups = retry;
                fuzzy = true;
            }
        }
        boolean byScore = text != null && r.sort() == SearchRequest.Sort.RELEVANCE;
        List<EventGroups.Group> ordered = new ArrayList<>(groups.values());
        ordered.sort(byScore ? BY_SCORE : BY_DATE);
        List<EventHit> out = new ArrayList<>();
        for (int i = r.offset(); i < ordered.size() && i < (long) r.offset() + r.limit(); i++) {
            EventGroups.Group g = ordered.get(i);
            Document d = s.storedFields().document(g.doc, Summaries.EVENT_FIELDS);
            out.add(new EventHit(Summaries.event(d, true), g.sessions, byScore ? g.score : 0f));
        }
        return new EventResult(ordered.size(), r.offset(), out, fuzzy);
    }

    private Map<Integer, EventGroups.Group> groups(IndexSnapshot s, SearchRequest r, Query text)
            throws IOException {
        boolean scores = text != null && r.sort() == SearchRequest.Sort.RELEVANCE;
        return s.search(sessions.sessionQuery(r, text), new EventGroups(s, scores));
    }
}
