package io.recap.index.internal;

import io.recap.index.ServiceUsage;
import io.recap.index.TopicGlossary;
import io.recap.index.TopicUsage;
import io.recap.parser.ServiceCatalog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Per service, the matching sessions that mention it and the matching events whose report mentions it anywhere,
 * in one pass over the doc values of each: the sessions' services and the event documents' services.
 */
final class ServiceCounts {

    /** Most sessions first, then most events, then by id. */
    static final Comparator<ServiceUsage> MOST_SESSIONS_FIRST = Comparator.comparingLong(ServiceUsage::sessions)
            .reversed().thenComparing(Comparator.comparingLong(ServiceUsage::events).reversed())
            .thenComparing(u -> u.service().id());

    private ServiceCounts() {
    }

    /**
     * The counts over the session documents {@code sessions} collected and the event documents {@code events}
     * (global ids), the reports of one event ({@code eventOf} maps a report's id to its event's) counted once;
     * most sessions first.
     */
    static List<ServiceUsage> of(IndexSnapshot snapshot, FacetsCollector sessions, Set<Integer> events,
                                 UnaryOperator<String> eventOf, ServiceCatalog catalog) throws IOException {
        Map<String, long[]> counts = counts(snapshot, sessions, events, Schema.SERVICE, eventOf);
        List<ServiceUsage> out = new ArrayList<>(counts.size());
        counts.forEach((id, c) -> out.add(new ServiceUsage(Summaries.service(id, catalog), c[0], c[1])));
        out.sort(MOST_SESSIONS_FIRST);
        return out;
    }

    /**
     * Per topic, the same counts over the sessions' and events' topics (the reports of one event counted once);
     * topics the glossary lacks left out.
     */
    static List<TopicUsage> topics(IndexSnapshot snapshot, FacetsCollector sessions, Set<Integer> events,
                                   UnaryOperator<String> eventOf, TopicGlossary glossary) throws IOException {
        return topics(counts(snapshot, sessions, events, Schema.TOPIC, eventOf), glossary);
    }

    /** Per topic id, {sessions, events} as {@link TopicUsage}s, most sessions first; ids the glossary lacks left out. */
    static List<TopicUsage> topics(Map<String, long[]> counts, TopicGlossary glossary) {
        List<TopicUsage> out = new ArrayList<>(counts.size());
        counts.forEach((id, c) -> glossary.byId(id).ifPresent(t -> out.add(new TopicUsage(t, c[0], c[1]))));
        out.sort(Comparator.comparingLong(TopicUsage::sessions).reversed()
                .thenComparing(Comparator.comparingLong(TopicUsage::events).reversed())
                .thenComparing(u -> u.topic().id()));
        return out;
    }

    /**
     * Per value of the multi-valued keyword {@code field}: {sessions, events}, over the session documents
     * {@code sessions} collected and the event documents {@code events} (global ids; their field is
     * {@link Schema#onEvent}), the reports of one event ({@code eventOf} maps a report's id to its event's)
     * counted once.
     */
    private static Map<String, long[]> counts(IndexSnapshot snapshot, FacetsCollector sessions, Set<Integer> events,
                                              String field, UnaryOperator<String> eventOf) throws IOException {
        Map<String, long[]> counts = new HashMap<>(); // id → {sessions, events}
        for (FacetsCollector.MatchingDocs md : sessions.getMatchingDocs()) {
            if (md.totalHits == 0 || md.bits == null) {
                continue;
            }
            SortedSetDocValues services = DocValues.getSortedSet(md.context.reader(), field);
            int serviceCount = (int) services.getValueCount();
            if (serviceCount == 0) {
                continue;
            }
            long[] perOrd = new long[serviceCount];
            DocIdSetIterator docs = md.bits.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (services.advanceExact(doc)) {
                    for (int i = 0; i < services.docValueCount(); i++) {
                        perOrd[(int) services.nextOrd()]++;
                    }
                }
            }
            for (int ord = 0; ord < serviceCount; ord++) {
                if (perOrd[ord] > 0) {
                    counts.computeIfAbsent(services.lookupOrd(ord).utf8ToString(), k -> new long[2])[0] += perOrd[ord];
                }
            }
        }
        // Event documents in document order: doc values only move forward.
        List<LeafReaderContext> leaves = snapshot.getIndexReader().leaves();
        int[] sorted = events.stream().mapToInt(Integer::intValue).sorted().toArray();
        LeafReaderContext leaf = null;
        SortedSetDocValues services = null;
        SortedDocValues paths = null;
        Map<String, Set<String>> eventsOf = new HashMap<>(); // service id → its events
        for (int global : sorted) {
            if (leaf == null || global >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(global, leaves));
                services = DocValues.getSortedSet(leaf.reader(), Schema.onEvent(field));
                paths = DocValues.getSorted(leaf.reader(), Schema.PATH);
            }
            int doc = global - leaf.docBase;
            String event = paths.advanceExact(doc) ? eventOf.apply(paths.lookupOrd(paths.ordValue()).utf8ToString())
                    : Integer.toString(global);
            if (services.advanceExact(doc)) {
                for (int i = 0; i < services.docValueCount(); i++) {
                    String id = services.lookupOrd(services.nextOrd()).utf8ToString();
                    if (eventsOf.computeIfAbsent(id, k -> new HashSet<>()).add(event)) {
                        counts.computeIfAbsent(id, k -> new long[2])[1]++;
                    }
                }
            }
        }
        return counts;
    }
}
