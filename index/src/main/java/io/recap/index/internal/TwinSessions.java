package io.recap.index.internal;

import io.recap.index.SearchRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * A session told in several languages (session n of language twins with as many sessions, {@link Schema#TWIN})
 * found once: of the twins a query matches, the one in the preferred language stays (else the first by path), the
 * others are left out of the query, so that totals, pages and facets all count the session once. Of twins in the
 * same language, or none in the preferred one, the first by path stays.
 */
final class TwinSessions {

    /** Letters only Vietnamese writes (with their tones): a query that has one is in Vietnamese. */
    private static final String VIETNAMESE = "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";
    /** The language sessions are shown in when neither the request nor the query says. */
    static final String DEFAULT_LANGUAGE = "en";

    private TwinSessions() {
    }

    /** The request's preferred language, else the query's where it can tell, else {@link #DEFAULT_LANGUAGE}. */
    static String preferredLanguage(SearchRequest r) {
        if (r.preferredLanguage() != null) {
            return r.preferredLanguage();
        }
        String q = (r.query() + " " + (r.speaker() == null ? "" : r.speaker())).toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < q.length(); i++) {
            if (VIETNAMESE.indexOf(q.charAt(i)) >= 0) {
                return "vi";
            }
        }
        return DEFAULT_LANGUAGE;
    }

    /**
     * {@code q} without the twins of sessions it also finds in the preferred language (or in a first twin, by
     * path). A first pass over the matches reads, from doc values, each match's twin key, language and path as
     * ordinals over the commit; the twins to leave out become a bit set that filters the query.
     */
    static Query once(IndexSnapshot s, Query q, String preferred) throws IOException {
        OrdinalMap twinMap = s.ordinalMap(Schema.TWIN);
        OrdinalMap pathMap = s.ordinalMap(Schema.PATH);
        Matches matches = s.search(q, new CollectorManager<Collect, Matches>() {
            @Override
            public Collect newCollector() {
                return new Collect(twinMap, pathMap, new BytesRef(preferred));
            }

            @Override
            public Matches reduce(Collection<Collect> collectors) {
                if (collectors.size() == 1) {
                    return collectors.iterator().next().matches; // a searcher without an executor: no copy
                }
                Matches all = new Matches();
                collectors.forEach(c -> all.addAll(c.matches));
                return all;
            }
        });
        FixedBitSet left = matches.notBest(s.getIndexReader().maxDoc());
        if (left == null) {
            return q;
        }
        return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                .add(new DocSetQuery(left), BooleanClause.Occur.MUST_NOT).build();
    }

    /**
     * The matching sessions that have a twin key: per match its twin's ordinal, its rank among twins (preferred
     * language first, then by path) and its document id over the commit.
     */
    private static final class Matches {
        long[] twins = new long[64];
        long[] ranks = new long[64];
        int[] docs = new int[64];
        int size;

        void add(long twin, long rank, int doc) {
            if (size == docs.length) {
                twins = Arrays.copyOf(twins, size * 2);
                ranks = Arrays.copyOf(ranks, size * 2);
                docs = Arrays.copyOf(docs, size * 2);
            }
            twins[size] = twin;
            ranks[size] = rank;
            docs[size] = doc;
            size++;
        }

        void addAll(Matches other) {
            for (int i = 0; i < other.size; i++) {
                add(other.twins[i], other.ranks[i], other.docs[i]);
            }
        }

        /**
         * The documents that are not the best-ranked match of their twin key, or {@code null} when there are none:
         * an open-addressing table from twin ordinal to the best match so far.
         */
        FixedBitSet notBest(int maxDoc) {
            int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
            long[] keys = new long[capacity];
            int[] best = new int[capacity];
            Arrays.fill(best, -1);
            FixedBitSet out = null;
            for (int i = 0; i < size; i++) {
                int slot = (int) mix(twins[i]) & (capacity - 1);
                while (best[slot] >= 0 && keys[slot] != twins[i]) {
                    slot = (slot + 1) & (capacity - 1);
                }
                if (best[slot] < 0) {
                    keys[slot] = twins[i];
                    best[slot] = i;
                    continue;
                }
                int loser = i;
                if (ranks[i] < ranks[best[slot]]) {
                    loser = best[slot];
                    best[slot] = i;
                }
                if (out == null) {
                    out = new FixedBitSet(maxDoc);
                }
                out.set(docs[loser]);
            }
            return out;
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 32);
        }
    }

    /** Collects each matching session's twin key, rank and id from doc values, as ordinals. */
    private static final class Collect extends SimpleCollector {
        final Matches matches = new Matches();
        private final OrdinalMap twinMap;
        private final OrdinalMap pathMap;
        private final BytesRef preferred;
        private SortedDocValues twins;
        private SortedDocValues languages;
        private SortedDocValues paths;
        private LongValues twinOrds;
        private LongValues pathOrds;
        private int preferredOrd;
        private int base;

        Collect(OrdinalMap twinMap, OrdinalMap pathMap, BytesRef preferred) {
            this.twinMap = twinMap;
            this.pathMap = pathMap;
            this.preferred = preferred;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
            twins = leaf.reader().getSortedDocValues(Schema.TWIN);
            languages = leaf.reader().getSortedDocValues(Schema.LANG);
            paths = leaf.reader().getSortedDocValues(Schema.PATH);
            twinOrds = twinMap == null ? LongValues.IDENTITY : twinMap.getGlobalOrds(leaf.ord);
            pathOrds = pathMap == null ? LongValues.IDENTITY : pathMap.getGlobalOrds(leaf.ord);
            preferredOrd = languages == null ? -1 : languages.lookupTerm(preferred);
            base = leaf.docBase;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (twins == null || paths == null || !twins.advanceExact(doc) || !paths.advanceExact(doc)) {
                return;
            }
            boolean inPreferred = preferredOrd >= 0 && languages.advanceExact(doc)
                    && languages.ordValue() == preferredOrd;
            long rank = (inPreferred ? 0 : 1L << 48) | pathOrds.get(paths.ordValue());
            matches.add(twinOrds.get(twins.ordValue()), rank, base + doc);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
