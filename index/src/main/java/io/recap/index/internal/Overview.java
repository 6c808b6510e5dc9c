package io.recap.index.internal;

import io.recap.index.FacetCount;
import io.recap.index.IndexStats;
import io.recap.model.Report;
import io.recap.parser.ReportJson;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** What the index holds as a whole: statistics, and reports by id. Thread-safe. */
public final class Overview {

    private static final TermQuery EVENTS = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_EVENT));
    private static final TermQuery SESSIONS = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_SESSION));

    private final SessionSearch search;

    /** An overview that names services with the catalog of {@code search}. */
    public Overview(SessionSearch search) {
        this.search = search;
    }

    private Map<String, Long> byId(IndexSnapshot s, Query type, String field) throws IOException {
        FacetsCollector fc = s.search(type, new FacetsCollectorManager());
        Map<String, Long> out = new HashMap<>();
        for (FacetCount c : search.counts(s, fc, field, true, false)) {
            out.put(c.value(), c.count());
        }
        return out;
    }

    private static Query withoutIndexPages(Query type) {
        return new BooleanQuery.Builder().add(type, BooleanClause.Occur.FILTER)
                .add(Filters.INDEX_PAGES, BooleanClause.Occur.MUST_NOT).build();
    }

    /** Counts and commit data. */
    public IndexStats stats(IndexSnapshot s, String location) throws IOException {
        long reports = s.count(EVENTS);
        long indexPages = s.count(new BooleanQuery.Builder().add(EVENTS, BooleanClause.Occur.FILTER)
                .add(Filters.INDEX_PAGES, BooleanClause.Occur.FILTER).build());
        long sessions = s.count(withoutIndexPages(SESSIONS));
        int services = byId(s, withoutIndexPages(EVENTS), Schema.onEvent(Schema.SERVICE)).size();
        String version = s.userData().get(Schema.VERSION_KEY);
        Instant committed = null;
        try {
            String c = s.userData().get(Schema.COMMITTED_KEY);
            committed = c == null ? null : Instant.parse(c);
        } catch (DateTimeParseException e) {
            // an index written by hand: the time is unknown
        }
        return new IndexStats(location, reports, indexPages, sessions, services,
                version == null ? 0 : Integer.parseInt(version), committed);
    }

    /** The report with this id (or a session id {@code id#n}, or a path naming the report's file). */
    public Optional<Report> report(IndexSnapshot s, String id) throws IOException {
        for (String candidate : SearchLogic.reportIds(id)) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(EVENTS, BooleanClause.Occur.FILTER);
            b.add(new TermQuery(new Term(Schema.PATH, candidate)), BooleanClause.Occur.FILTER);
            TopDocs top = s.search(b.build(), 1);
            if (top.scoreDocs.length > 0) {
                int doc = top.scoreDocs[0].doc;
                List<LeafReaderContext> leaves = s.getIndexReader().leaves();
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                BinaryDocValues json = leaf.reader().getBinaryDocValues(Schema.JSON);
                if (json != null && json.advanceExact(doc - leaf.docBase)) {
                    return Optional.of(ReportJson.read(CompressedText.inflate(json.binaryValue())));
                }
            }
        }
        return Optional.empty();
    }
}
