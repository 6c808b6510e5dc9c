package io.recap.index.internal;

import io.recap.index.ServiceUsage;
import io.recap.parser.ServiceCatalog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Per service, the matching sessions that mention it and the events those sessions belong to, in one pass over
 * the matching session documents' doc values. A report's documents are written as one block, so an event lies
 * in one segment, and distinct events per segment add up.
 */
final class ServiceCounts {

    /** Most sessions first, then most events, then by id. */
    static final Comparator<ServiceUsage> MOST_SESSIONS_FIRST = Comparator.comparingLong(ServiceUsage::sessions)
            .reversed().thenComparing(Comparator.comparingLong(ServiceUsage::events).reversed())
            .thenComparing(u -> u.service().id());

    private ServiceCounts() {
    }

    /** The counts over the session documents {@code matching} collected; most sessions first. */
    static List<ServiceUsage> of(FacetsCollector matching, ServiceCatalog catalog) throws IOException {
        Map<String, long[]> counts = new HashMap<>(); // id → {sessions, events}
        for (FacetsCollector.MatchingDocs md : matching.getMatchingDocs()) {
            if (md.totalHits == 0 || md.bits == null) {
                continue;
            }
            LeafReader leaf = md.context.reader();
            SortedSetDocValues services = DocValues.getSortedSet(leaf, Schema.SERVICE);
            SortedDocValues paths = DocValues.getSorted(leaf, Schema.PATH);
            long serviceCount = services.getValueCount();
            if (serviceCount == 0) {
                continue;
            }
            long[] sessions = new long[(int) serviceCount];
            FixedBitSet[] events = new FixedBitSet[(int) serviceCount];
            DocIdSetIterator docs = md.bits.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (!services.advanceExact(doc)) {
                    continue;
                }
                int path = paths.advanceExact(doc) ? paths.ordValue() : -1;
                for (int i = 0; i < services.docValueCount(); i++) {
                    int ord = (int) services.nextOrd();
                    sessions[ord]++;
                    if (path >= 0) {
                        if (events[ord] == null) {
                            events[ord] = new FixedBitSet(paths.getValueCount());
                        }
                        events[ord].set(path);
                    }
                }
            }
            for (int ord = 0; ord < serviceCount; ord++) {
                if (sessions[ord] > 0) {
                    long[] c = counts.computeIfAbsent(services.lookupOrd(ord).utf8ToString(), k -> new long[2]);
                    c[0] += sessions[ord];
                    c[1] += events[ord] == null ? 0 : events[ord].cardinality();
                }
            }
        }
        List<ServiceUsage> out = new ArrayList<>(counts.size());
        counts.forEach((id, c) -> out.add(new ServiceUsage(Summaries.service(id, catalog), c[0], c[1])));
        out.sort(MOST_SESSIONS_FIRST);
        return out;
    }
}
