package io.recap.index.internal;

import io.recap.index.SearchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A session told in several languages (session n of language twins with as many sessions, {@link Schema#TWIN})
 * found once: of the twins a query matches, the one in the preferred language stays (else the first by id), the
 * others are left out of the query, so that totals, pages and facets all count the session once.
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

    /** One matching session of a twin. */
    private record Match(String twin, String language, String id) {
    }

    /** {@code q} without the twins of sessions it also finds in the preferred language (or in a first twin). */
    static Query once(IndexSnapshot s, Query q, String preferred) throws IOException {
        List<Match> matches = s.search(q, new CollectorManager<Collect, List<Match>>() {
            @Override
            public Collect newCollector() {
                return new Collect();
            }

            @Override
            public List<Match> reduce(Collection<Collect> collectors) {
                List<Match> all = new ArrayList<>();
                collectors.forEach(c -> all.addAll(c.matches));
                return all;
            }
        });
        Map<String, Match> keep = new HashMap<>();
        for (Match m : matches) {
            keep.merge(m.twin, m, (a, b) -> better(a, b, preferred));
        }
        List<BytesRef> out = new ArrayList<>();
        for (Match m : matches) {
            if (keep.get(m.twin) != m) {
                out.add(new BytesRef(m.id));
            }
        }
        if (out.isEmpty()) {
            return q;
        }
        return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(Schema.ID, out), BooleanClause.Occur.MUST_NOT).build();
    }

    private static Match better(Match a, Match b, String preferred) {
        boolean ap = preferred.equals(a.language);
        boolean bp = preferred.equals(b.language);
        if (ap != bp) {
            return ap ? a : b;
        }
        return a.id.compareTo(b.id) <= 0 ? a : b;
    }

    /** Collects each matching session's twin key, language and id from doc values. */
    private static final class Collect extends SimpleCollector {
        final List<Match> matches = new ArrayList<>();
        private SortedDocValues twins;
        private SortedDocValues languages;
        private SortedDocValues paths;
        private NumericDocValues numbers;

        @Override
        protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
            twins = leaf.reader().getSortedDocValues(Schema.TWIN);
            languages = leaf.reader().getSortedDocValues(Schema.LANG);
            paths = leaf.reader().getSortedDocValues(Schema.PATH);
            numbers = leaf.reader().getNumericDocValues(Schema.SESSION_NUMBER);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (twins == null || paths == null || numbers == null || !twins.advanceExact(doc)
                    || !paths.advanceExact(doc) || !numbers.advanceExact(doc)) {
                return;
            }
            String language = languages != null && languages.advanceExact(doc)
                    ? languages.lookupOrd(languages.ordValue()).utf8ToString() : null;
            matches.add(new Match(twins.lookupOrd(twins.ordValue()).utf8ToString(), language,
                    paths.lookupOrd(paths.ordValue()).utf8ToString() + "#" + numbers.longValue()));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
