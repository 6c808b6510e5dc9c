package io.recap.index.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * Collects matching sessions grouped by their event: for each event, how many sessions match and their best
 * score. A session's event is found by position (the nearest event document before it in its block), so no
 * stored field is read while collecting.
 */
final class EventGroups implements CollectorManager<EventGroups.GroupCollector, Map<Integer, EventGroups.Group>> {

    /** One event's matching sessions. */
    static final class Group {
        final int doc;
        final long day;
        final String path;
        int sessions;
        float score = Float.NEGATIVE_INFINITY;

        Group(int doc, long day, String path) {
            this.doc = doc;
            this.day = day;
            this.path = path;
        }
    }

    private final IndexSnapshot snapshot;
    private final boolean scores;

    EventGroups(IndexSnapshot snapshot, boolean scores) {
        this.snapshot = snapshot;
        this.scores = scores;
    }

    @Override
    public GroupCollector newCollector() {
        return new GroupCollector();
    }

    @Override
    public Map<Integer, Group> reduce(Collection<GroupCollector> collectors) {
        Map<Integer, Group> all = new HashMap<>();
        for (GroupCollector c : collectors) {
            c.groups.forEach((doc, g) -> all.merge(doc, g, (a, b) -> {
                a.sessions += b.sessions;
                a.score = Math.max(a.score, b.score);
                return a;
            }));
        }
        return all;
    }

    /** Collects the groups of the segments it is given. */
    final class GroupCollector implements Collector {
        final Map<Integer, Group> groups = new HashMap<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            FixedBitSet events = snapshot.eventDocs(leaf);
            NumericDocValues days = leaf.reader().getNumericDocValues(Schema.onEvent(Schema.DAY));
            SortedDocValues paths = leaf.reader().getSortedDocValues(Schema.PATH);
            return new LeafCollector() {
                private Scorable scorer;
                private Group current;

                @Override
                public void setScorer(Scorable s) {
                    this.scorer = s;
                }

                @Override
                public void collect(int doc) throws IOException {
                    int parent = events.prevSetBit(doc);
                    if (parent < 0) {
                        return; // cannot happen in an index written by recap: every block starts with its event
                    }
                    if (current == null || current.doc != leaf.docBase + parent) {
                        current = groups.get(leaf.docBase + parent);
                        if (current == null) {
                            long day = days != null && days.advanceExact(parent) ? days.longValue() : Long.MIN_VALUE;
                            String path = paths != null && paths.advanceExact(parent)
                                    ? paths.lookupOrd(paths.ordValue()).utf8ToString() : "";
                            current = new Group(leaf.docBase + parent, day, path);
                            groups.put(current.doc, current);
                        }
                    }
                    current.sessions++;
                    if (scorer != null && scores) {
                        current.score = Math.max(current.score, scorer.score());
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return scores ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
