package io.recap.index.internal;

import io.recap.index.FacetCount;
import io.recap.index.Facets;
import io.recap.index.InvalidQueryException;
import io.recap.index.PathResult;
import io.recap.index.SearchRequest;
import io.recap.index.SearchResult;
import io.recap.index.ServiceUsage;
import io.recap.index.SessionHit;
import io.recap.parser.ServiceCatalog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.QueryBuilder;

/**
 * Searches sessions: the query and filters of a {@link SearchRequest}, sorted and paged, with snippets, facet
 * counts and a fuzzy retry when the query as typed finds nothing. Thread-safe.
 */
public final class SessionSearch {

    /** Sessions: newest event first, then by path and session number, so that paging is stable. */
    static final Sort BY_DATE = byDate(Schema.DAY);
    /** Events: newest first, then by path. */
    static final Sort EVENTS_BY_DATE = byDate(Schema.onEvent(Schema.DAY));
    /**
     * Matches are counted exactly up to this many (or as many as the requested page reaches); beyond, the total
     * is a lower bound unless the request asks for an exact one. Counting every match of a common word costs more
     * than finding the best ten.
     */
    static final int COUNT_UP_TO = 1000;

    private static final TermQuery SESSIONS = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_SESSION));

    private final ServiceCatalog catalog;
    private final TextAnalyzer queryAnalyzer = TextAnalyzer.forQueries();
    private final QueryBuilder textQueries = new QueryBuilder(queryAnalyzer);
    private final QueryBuilder exactQueries = new QueryBuilder(TextAnalyzer.forExactQueries());
    private final Snippets snippets = new Snippets();

    /** A searcher resolving service names with {@code catalog}. */
    public SessionSearch(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    private static Sort byDate(String dayField) {
        SortField day = new SortField(dayField, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        return new Sort(day, new SortField(Schema.PATH, SortField.Type.STRING),
                new SortField(Schema.SESSION_NUMBER, SortField.Type.INT));
    }

    /** The catalog service names resolve with. */
    ServiceCatalog catalog() {
        return catalog;
    }

    /** The user's query text parsed, or {@code null} when there is none. */
    Query text(SearchRequest r, boolean fuzzy) {
        return r.query().isEmpty() ? null
                : SessionQueryParser.parse(r.query(), queryAnalyzer, exactQueries, catalog, fuzzy);
    }

    /**
     * The whole session query: text and every filter, and the type filter when the query could match event
     * documents (which have none of the session documents' fields but the path): without text, or with text that
     * matches everything but some words.
     */
    Query sessionQuery(SearchRequest r, Query text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (text == null || matchesAll(text)) {
            b.add(SESSIONS, BooleanClause.Occur.FILTER);
        }
        if (text != null) {
            b.add(text, BooleanClause.Occur.MUST);
        }
        Filters.onEvents(r, textQueries, false).forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        Filters.onSessions(r, catalog, textQueries).forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        return b.build();
    }

    /** Whether a query can match a document by matching all documents (a "*:*" or a query of exclusions only). */
    private static boolean matchesAll(Query q) {
        boolean[] found = {false};
        q.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof MatchAllDocsQuery) {
                    found[0] = true;
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return found[0];
    }

    /** Filter queries on the event documents' fields. */
    List<Query> eventFilters(SearchRequest r) {
        return Filters.onEvents(r, textQueries, true);
    }

    /** The matching sessions, as typed or, when that finds nothing, with similar words. */
    private record Matched(Outcome out, Query text, boolean fuzzy) {

        ScoreDoc[] page(SearchRequest r) {
            ScoreDoc[] all = out.top.scoreDocs;
            return Arrays.copyOfRange(all, Math.min(r.offset(), all.length),
                    (int) Math.min((long) r.offset() + r.limit(), all.length));
        }

        boolean exactTotal() {
            return out.top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        }
    }

    private Matched match(IndexSnapshot s, SearchRequest r) throws IOException {
        Query text = text(r, false);
        Outcome out = run(s, r, text);
        if (out.top.totalHits.value == 0 && text != null && r.typoTolerance()) {
            Query similar = text(r, true);
            Outcome retry = run(s, r, similar);
            if (retry.top.totalHits.value > 0) {
                return new Matched(retry, similar, true);
            }
        }
        return new Matched(out, text, false);
    }

    /**
     * The paths of the reports of one page of matching sessions: read from doc values alone, with no stored
     * field and no snippet, for listings of files.
     */
    public PathResult paths(IndexSnapshot s, SearchRequest r) throws IOException {
        Matched m = match(s, r.toBuilder().facets(false).build());
        ScoreDoc[] page = m.page(r);
        // doc values only move forward: read the hits in document order, then list them in rank order
        Integer[] byDoc = new Integer[page.length];
        for (int i = 0; i < page.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> page[i].doc));
        String[] pathOf = new String[page.length];
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        SortedDocValues path = null;
        for (int i : byDoc) {
            int doc = page[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                path = DocValues.getSorted(leaf.reader(), Schema.FILE); // files, for xargs: a page once
            }
            if (path.advanceExact(doc - leaf.docBase)) {
                pathOf[i] = path.lookupOrd(path.ordValue()).utf8ToString();
            }
        }
        Set<String> paths = new LinkedHashSet<>();
        for (String p : pathOf) {
            if (p != null) {
                paths.add(p);
            }
        }
        return new PathResult(new ArrayList<>(paths), m.out.top.totalHits.value, m.exactTotal(), m.fuzzy);
    }

    /** Runs a session search. */
    public SearchResult search(IndexSnapshot s, SearchRequest r) throws IOException {
        Matched m = match(s, r);
        Outcome out = m.out;
        Query text = m.text;
        boolean fuzzy = m.fuzzy;
        ScoreDoc[] page = m.page(r);
        Document[] docs = new Document[page.length];
        StoredFields stored = s.storedFields();
        for (int i = 0; i < page.length; i++) {
            docs[i] = stored.document(page[i].doc, Summaries.SESSION_FIELDS);
        }
        String[] marked = snippets.of(s, text, page, docs);
        List<String> serviceNames = serviceNames(r);
        List<SessionHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(Summaries.hit(docs[i], page[i].score, marked[i], serviceNames, catalog));
        }
        Facets facets = out.facets == null ? Facets.NONE : facets(s, out.facets);
        return new SearchResult(r.query(), out.top.totalHits.value, m.exactTotal(), r.offset(), hits, facets,
                fuzzy);
    }

    /**
     * Per service, the sessions matching {@code r} (its query, with the same typo-tolerant retry as
     * {@link #search}, and its filters; paging ignored) that mention it, and the events they belong to.
     */
    public List<ServiceUsage> services(IndexSnapshot s, SearchRequest r) throws IOException {
        Query text = text(r, false);
        FacetsCollector matching = s.search(sessionQuery(r, text), new FacetsCollectorManager());
        if (total(matching) == 0 && text != null && r.typoTolerance()) {
            matching = s.search(sessionQuery(r, text(r, true)), new FacetsCollectorManager());
        }
        return ServiceCounts.of(matching, catalog);
    }

    private static long total(FacetsCollector fc) {
        long n = 0;
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            n += md.totalHits;
        }
        return n;
    }

    /** Every spelling of the services the request filters on, longest first, for marking them in snippets. */
    List<String> serviceNames(SearchRequest r) {
        List<String> names = new ArrayList<>();
        for (String service : r.services()) {
            catalog.resolve(service).ifPresent(found -> names.addAll(catalog.aliases(found.id())));
        }
        names.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return names;
    }

    private record Outcome(TopDocs top, FacetsCollector facets) {
    }

    private Outcome run(IndexSnapshot s, SearchRequest r, Query text) throws IOException {
        Query q = sessionQuery(r, text);
        int n = s.topN(r.offset(), r.limit());
        boolean byRelevance = text != null && r.sort() == SearchRequest.Sort.RELEVANCE;
        // With facets every match is visited anyway, so the count comes for free.
        int countUpTo = r.exactTotal() || r.facets() ? Integer.MAX_VALUE : Math.max(COUNT_UP_TO, n);
        var top = byRelevance ? new TopScoreDocCollectorManager(n, null, countUpTo, false)
                : new TopFieldCollectorManager(BY_DATE, n, null, countUpTo, false);
        try {
            if (!r.facets()) {
                return new Outcome(s.search(q, top), null);
            }
            Object[] results = s.search(q, new MultiCollectorManager(top, new FacetsCollectorManager()));
            return new Outcome((TopDocs) results[0], (FacetsCollector) results[1]);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("the query '" + r.query() + "' matches too many words; make its "
                    + "patterns (* ? ~) more specific", e);
        }
    }

    private Facets facets(IndexSnapshot s, FacetsCollector fc) throws IOException {
        return new Facets(counts(s, fc, Schema.SERVICE, true), counts(s, fc, Schema.YEAR, false),
                counts(s, fc, Schema.LANG, false));
    }

    /** Counts of the collected documents by the values of a doc-values field, most frequent first. */
    List<FacetCount> counts(IndexSnapshot s, FacetsCollector fc, String field, boolean services)
            throws IOException {
        StringDocValuesReaderState state = s.facetState(field);
        if (state == null) {
            return List.of();
        }
        FacetResult result = new StringValueFacetCounts(state, fc).getAllChildren(field);
        List<FacetCount> out = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                long count = lv.value.longValue();
                if (count > 0) {
                    String label = services ? Summaries.service(lv.label, catalog).shortName() : lv.label;
                    out.add(new FacetCount(lv.label, label, count));
                }
            }
        }
        out.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return out;
    }
}
