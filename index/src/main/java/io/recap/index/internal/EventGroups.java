package io.recap.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.Query;
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

    /** Newest first, then by path. */
    static final Comparator<Group> BY_DATE = Comparator.comparingLong((Group g) -> g.day).reversed()
            .thenComparing(g -> g.path);
    /** Best session first (by its tiers, then its score), then newest. */
    static final Comparator<Group> BY_SCORE = ((Comparator<Group>) (a, b) -> Arrays.compare(b.best, a.best))
            .thenComparing(BY_DATE);

    /** One event's matching sessions. */
    static final class Group {
        final int doc;
        final long day;
        /** The event's id ({@link Schema#PATH}). */
        final String path;
        /** The file the event was read from ({@link Schema#FILE}): a page that recaps several events holds them all. */
        final String file;
        int sessions;
        float score = Float.NEGATIVE_INFINITY;
        /** The best session's tiers (see {@link SessionSearch#ranking}) and score, compared in that order. */
        double[] best;

        Group(int doc, long day, String path, String file) {
            this.doc = doc;
            this.day = day;
            this.path = path;
            this.file = file;
        }
    }

    private final IndexSnapshot snapshot;
    private final boolean scores;
    private final List<DoubleValuesSource> tiers = new ArrayList<>();

    /**
     * Groups sessions, keeping each event's best score when {@code scores}, after its best {@code tiers}: queries
     * whose matching sessions rank first (a speaker named for the session, an exact spelling).
     */
    EventGroups(IndexSnapshot snapshot, boolean scores, List<Query> tiers) throws IOException {
        this.snapshot = snapshot;
        this.scores = scores;
        for (Query t : tiers) {
            this.tiers.add(DoubleValuesSource.fromQuery(new ConstantScoreQuery(t)).rewrite(snapshot));
        }
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
                if (b.best != null && (a.best == null || Arrays.compare(b.best, a.best) > 0)) {
                    a.best = b.best;
                }
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
            SortedDocValues files = leaf.reader().getSortedDocValues(Schema.FILE);
            List<DoubleValues> tierValues = new ArrayList<>(tiers.size());
            for (DoubleValuesSource t : tiers) {
                tierValues.add(t.getValues(leaf, null));
            }
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
                            String file = files != null && files.advanceExact(parent)
                                    ? files.lookupOrd(files.ordValue()).utf8ToString() : path;
                            current = new Group(leaf.docBase + parent, day, path, file);
                            groups.put(current.doc, current);
                        }
                    }
                    current.sessions++;
                    if (scorer != null && scores) {
                        float score = scorer.score();
                        current.score = Math.max(current.score, score);
                        double[] key = new double[tierValues.size() + 1];
                        for (int i = 0; i < tierValues.size(); i++) {
                            key[i] = tierValues.get(i).advanceExact(doc) ? tierValues.get(i).doubleValue() : 0;
                        }
                        key[key.length - 1] = score;
                        if (current.best == null || Arrays.compare(key, current.best) > 0) {
                            current.best = key;
                        }
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
