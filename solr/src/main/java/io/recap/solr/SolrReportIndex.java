package io.recap.solr;

import io.recap.index.EventHit;
import io.recap.index.EventResult;
import io.recap.index.EventSummary;
import io.recap.index.FacetCount;
import io.recap.index.Facets;
import io.recap.index.IndexException;
import io.recap.index.IndexStats;
import io.recap.index.PathResult;
import io.recap.index.ReportSearcher;
import io.recap.index.SearchRequest;
import io.recap.index.SearchResult;
import io.recap.index.ServiceUsage;
import io.recap.index.SessionHit;
import io.recap.index.internal.Schema;
import io.recap.index.internal.SearchLogic;
import io.recap.model.Report;
import io.recap.parser.ServiceCatalog;
import io.recap.solr.internal.SolrConnection;
import io.recap.solr.internal.SolrDocuments;
import io.recap.solr.internal.SolrPush;
import io.recap.solr.internal.SolrQueries;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * A recap index in a SolrCloud collection, opened for reading: the {@link ReportSearcher} of recap's local index
 * ({@link io.recap.index.ReportIndex}), over a collection that {@link SolrArchiveIndexer} filled. The same
 * requests give the same sessions: recap parses the query with the same code, sends Solr the Lucene query it made
 * (terms already analysed), and makes hits, snippets, facets and counts from what Solr returns with the same code
 * as for the local index. Scores use the collection's statistics (the configset's ExactStatsCache), so sessions
 * rank as in one index; where scores tie, the order may differ.
 *
 * <pre>{@code
 * try (SolrReportIndex reports = SolrReportIndex.open(SolrTarget.of("http://localhost:8983/solr", "reports"))) {
 *     SearchResult r = reports.search(SearchRequest.builder().service("CodeDeploy").build());
 * }
 * }</pre>
 *
 * <p><b>Threads and resources</b>: thread-safe; open one and share it. It holds HTTP connections to the cluster
 * until {@link #close() closed}. It sees every commit as soon as Solr has made it visible. A closed index throws
 * {@link IllegalStateException} when asked anything; closing it again does nothing.
 */
public final class SolrReportIndex implements ReportSearcher {

    /** Pages up to this many rows are asked for as they are; larger ones are first cut to the matches. */
    private static final int SMALL_PAGE = 10_000;
    /** Keeps one session of each report (the best-scoring one). */
    private static final String COLLAPSE_BY_REPORT = "{!collapse field=" + Schema.PATH + "}";

    private final SolrConnection solr;
    private final SearchLogic logic;
    private volatile boolean closed;

    private SolrReportIndex(SolrConnection solr, ServiceCatalog catalog) {
        this.solr = solr;
        this.logic = new SearchLogic(catalog);
    }

    /**
     * Opens the collection, resolving service names with the built-in catalog.
     *
     * @param target the collection and the URLs of its cluster
     * @return the open index; close it
     * @throws IndexException as {@link #open(SolrTarget, ServiceCatalog)} does
     */
    public static SolrReportIndex open(SolrTarget target) throws IndexException {
        return open(target, ServiceCatalog.builtIn());
    }

    /**
     * Opens the collection, resolving service names with {@code catalog}.
     *
     * @param target  the collection and the URLs of its cluster
     * @param catalog resolves the service names of requests (use the catalog the reports were pushed with)
     * @return the open index; close it
     * @throws IndexException UNREACHABLE when no node answers, MISSING when there is no such collection,
     *                        INCOMPATIBLE when it was made by another schema version (or not by recap)
     */
    public static SolrReportIndex open(SolrTarget target, ServiceCatalog catalog) throws IndexException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(catalog, "catalog");
        SolrConnection solr = SolrConnection.connect(target.urls(), target.collection(), target.describe());
        try {
            solr.check();
        } catch (IndexException | RuntimeException e) {
            try {
                solr.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return new SolrReportIndex(solr, catalog);
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        open();
        Query text = logic.text(request, false);
        QueryResponse answer = sessions(request, text, SearchLogic.SESSION_FIELDS);
        boolean fuzzy = false;
        if (answer.getResults().getNumFound() == 0 && text != null && request.typoTolerance()) {
            Query similar = logic.text(request, true);
            QueryResponse retry = sessions(request, similar, SearchLogic.SESSION_FIELDS);
            if (retry.getResults().getNumFound() > 0) {
                answer = retry;
                text = similar;
                fuzzy = true;
            }
        }
        SolrDocumentList results = answer.getResults();
        List<Document> stored = new ArrayList<>(results.size());
        float[] scores = new float[results.size()];
        boolean byRelevance = byRelevance(request, text);
        for (int i = 0; i < results.size(); i++) {
            SolrDocument d = results.get(i);
            Object score = d.getFieldValue("score");
            scores[i] = byRelevance && score instanceof Number n ? n.floatValue() : 0f;
            d.removeFields("score");
            stored.add(SolrDocuments.lucene(d));
        }
        List<SessionHit> hits = logic.hits(text, request, stored, scores);
        Facets facets = request.facets() ? new Facets(facet(answer, Schema.SERVICE, true),
                facet(answer, Schema.YEAR, false), facet(answer, Schema.LANG, false)) : Facets.NONE;
        return new SearchResult(request.query(), results.getNumFound(), exact(results), request.offset(), hits,
                facets, fuzzy);
    }

    @Override
    public EventResult events(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        open();
        return request.selectsSessions() ? groupedEvents(request) : listedEvents(request);
    }

    private EventResult listedEvents(SearchRequest r) throws IOException {
        Query q = logic.eventListQuery(r);
        ModifiableSolrParams p = params(q, r.offset(), rows(q, r, false));
        p.set("fl", String.join(",", SearchLogic.EVENT_FIELDS));
        p.set("sort", Schema.onEvent(Schema.DAY) + " desc," + Schema.PATH + " asc");
        QueryResponse answer = solr.query(p);
        List<EventHit> out = new ArrayList<>();
        for (SolrDocument d : answer.getResults()) {
            Document stored = SolrDocuments.lucene(d);
            out.add(new EventHit(SearchLogic.event(stored), SearchLogic.sessionCount(stored), 0f));
        }
        return new EventResult(answer.getResults().getNumFound(), r.offset(), out, false);
    }

    private EventResult groupedEvents(SearchRequest r) throws IOException {
        Query text = logic.text(r, false);
        QueryResponse heads = eventHeads(r, text);
        boolean fuzzy = false;
        if (heads.getResults().getNumFound() == 0 && text != null && r.typoTolerance()) {
            Query similar = logic.text(r, true);
            QueryResponse retry = eventHeads(r, similar);
            if (retry.getResults().getNumFound() > 0) {
                heads = retry;
                text = similar;
                fuzzy = true;
            }
        }
        boolean byScore = byRelevance(r, text);
        List<String> paths = new ArrayList<>();
        for (SolrDocument d : heads.getResults()) {
            paths.add(String.valueOf(d.getFirstValue(Schema.PATH)));
        }
        Map<String, Document> events = eventDocuments(paths);
        Map<String, SolrDocumentList> others = heads.getExpandedResults() == null ? Map.of()
                : heads.getExpandedResults();
        List<EventHit> out = new ArrayList<>();
        for (SolrDocument head : heads.getResults()) {
            String path = String.valueOf(head.getFirstValue(Schema.PATH));
            Document event = events.get(path);
            if (event == null) {
                continue; // sessions whose event document is missing: a push cut short, which the next one mends
            }
            SolrDocumentList rest = others.get(path);
            Object score = head.getFieldValue("score");
            out.add(new EventHit(SearchLogic.event(event), 1 + (rest == null ? 0 : (int) rest.getNumFound()),
                    byScore && score instanceof Number n ? n.floatValue() : 0f));
        }
        return new EventResult(heads.getResults().getNumFound(), r.offset(), out, fuzzy);
    }

    /**
     * One session per event: the best-scoring one (or, by date, any), with the number of the event's other
     * matching sessions. Solr's collapsing keeps the best session of each report, scored with the collection's
     * statistics (as every query is), and its expand component counts the others; both are exact because a
     * report's documents live on one shard.
     */
    private QueryResponse eventHeads(SearchRequest r, Query text) throws IOException {
        boolean byScore = byRelevance(r, text);
        Query q = logic.sessionQuery(r, text);
        ModifiableSolrParams p = params(q, r.offset(), rows(q, r, true));
        p.set("fl", byScore ? Schema.PATH + ",score" : Schema.PATH);
        p.set("fq", COLLAPSE_BY_REPORT);
        p.set("expand", true);
        p.set("expand.rows", 0);
        p.set("sort", byScore ? "score desc," + Schema.DAY + " desc," + Schema.PATH + " asc"
                : Schema.DAY + " desc," + Schema.PATH + " asc");
        return solr.query(p);
    }

    /** The event documents of these paths, by path. */
    private Map<String, Document> eventDocuments(List<String> paths) throws IOException {
        Map<String, Document> out = new HashMap<>();
        if (paths.isEmpty()) {
            return out;
        }
        BooleanQuery.Builder anyPath = new BooleanQuery.Builder();
        for (String path : paths) {
            anyPath.add(new TermQuery(new Term(Schema.PATH, path)), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_EVENT)), BooleanClause.Occur.FILTER);
        q.add(anyPath.build(), BooleanClause.Occur.FILTER);
        ModifiableSolrParams p = params(q.build(), 0, paths.size());
        p.set("fl", String.join(",", SearchLogic.EVENT_FIELDS));
        for (SolrDocument d : solr.query(p).getResults()) {
            Document stored = SolrDocuments.lucene(d);
            out.put(stored.get(Schema.PATH), stored);
        }
        return out;
    }

    @Override
    public PathResult paths(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        open();
        SearchRequest r = request.toBuilder().facets(false).build();
        Query text = logic.text(r, false);
        QueryResponse answer = sessions(r, text, Set.of(Schema.FILE));
        boolean fuzzy = false;
        if (answer.getResults().getNumFound() == 0 && text != null && r.typoTolerance()) {
            QueryResponse retry = sessions(r, logic.text(r, true), Set.of(Schema.FILE));
            if (retry.getResults().getNumFound() > 0) {
                answer = retry;
                fuzzy = true;
            }
        }
        Set<String> paths = new LinkedHashSet<>(); // files, as the local index lists them: a page once
        for (SolrDocument d : answer.getResults()) {
            Object path = d.getFirstValue(Schema.FILE);
            if (path != null) {
                paths.add(path.toString());
            }
        }
        return new PathResult(new ArrayList<>(paths), answer.getResults().getNumFound(), exact(answer.getResults()),
                fuzzy);
    }

    @Override
    public List<ServiceUsage> services() throws IOException {
        open();
        ModifiableSolrParams p = params(new org.apache.lucene.search.MatchAllDocsQuery(), 0, 0);
        facetOn(p, Schema.onEvent(Schema.SERVICE), Schema.SERVICE);
        QueryResponse answer = solr.query(p);
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (FacetField.Count c : answer.getFacetField(Schema.onEvent(Schema.SERVICE)).getValues()) {
            counts.computeIfAbsent(c.getName(), k -> new long[2])[1] = c.getCount();
        }
        for (FacetField.Count c : answer.getFacetField(Schema.SERVICE).getValues()) {
            counts.computeIfAbsent(c.getName(), k -> new long[2])[0] = c.getCount();
        }
        return logic.services(counts);
    }

    @Override
    public List<ServiceUsage> services(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        open();
        Query text = logic.text(request, false);
        Query q = logic.sessionQuery(request, text);
        QueryResponse sessions = serviceCounts(q, false);
        if (sessions.getResults().getNumFound() == 0 && text != null && request.typoTolerance()) {
            q = logic.sessionQuery(request, logic.text(request, true));
            sessions = serviceCounts(q, false);
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        if (sessions.getResults().getNumFound() > 0) {
            for (FacetField.Count c : sessions.getFacetField(Schema.SERVICE).getValues()) {
                counts.computeIfAbsent(c.getName(), k -> new long[2])[0] = c.getCount();
            }
            // a report's documents live on one shard, so Solr counts the events per service exactly
            for (FacetField.Count c : serviceCounts(q, true).getFacetField(Schema.SERVICE).getValues()) {
                counts.computeIfAbsent(c.getName(), k -> new long[2])[1] = c.getCount();
            }
        }
        return logic.services(counts);
    }

    private QueryResponse serviceCounts(Query q, boolean byEvent) throws IOException {
        ModifiableSolrParams p = params(q, 0, 0);
        facetOn(p, Schema.SERVICE);
        if (byEvent) {
            p.set("group", true);
            p.set("group.field", Schema.PATH);
            p.set("group.facet", true);
        }
        return solr.query(p);
    }

    @Override
    public IndexStats stats() throws IOException {
        open();
        long reports = count(Schema.TYPE_EVENT);
        long sessions = count(Schema.TYPE_SESSION);
        ModifiableSolrParams p = params(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_EVENT)), 0, 0);
        facetOn(p, Schema.onEvent(Schema.SERVICE));
        int services = solr.query(p).getFacetField(Schema.onEvent(Schema.SERVICE)).getValueCount();
        ModifiableSolrParams run = params(new TermQuery(new Term(Schema.ID, SolrPush.RUN_ID)), 0, 1);
        run.set("fl", "committed");
        Instant committed = null;
        SolrDocumentList runs = solr.query(run).getResults();
        if (!runs.isEmpty() && runs.get(0).getFirstValue("committed") instanceof Date d) {
            committed = d.toInstant();
        }
        return new IndexStats(solr.where(), reports, sessions, services, SolrConfigset.schemaVersion(), committed);
    }

    private long count(String type) throws IOException {
        return solr.query(params(new TermQuery(new Term(Schema.TYPE, type)), 0, 0)).getResults().getNumFound();
    }

    @Override
    public Optional<Report> report(String id) throws IOException {
        Objects.requireNonNull(id, "id");
        open();
        for (String candidate : SearchLogic.reportIds(id)) {
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            q.add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_EVENT)), BooleanClause.Occur.FILTER);
            q.add(new TermQuery(new Term(Schema.PATH, candidate)), BooleanClause.Occur.FILTER);
            ModifiableSolrParams p = params(q.build(), 0, 1);
            p.set("fl", Schema.JSON);
            SolrDocumentList found = solr.query(p).getResults();
            if (!found.isEmpty()) {
                Object json = found.get(0).getFirstValue(Schema.JSON);
                if (json instanceof byte[] bytes) {
                    return Optional.of(SearchLogic.report(bytes));
                }
            }
        }
        return Optional.empty();
    }

    /** The sessions of {@code r} whose text query is {@code text}: the page, the total and the facets asked for. */
    private QueryResponse sessions(SearchRequest r, Query text, Set<String> fields) throws IOException {
        Query q = logic.sessionQuery(r, text);
        ModifiableSolrParams p = params(q, r.offset(), rows(q, r, false));
        boolean byRelevance = byRelevance(r, text);
        p.set("fl", String.join(",", fields) + (byRelevance ? ",score" : ""));
        if (byRelevance) {
            p.set("sort", "score desc");
        } else {
            p.set("sort", Schema.DAY + " desc," + Schema.PATH + " asc," + Schema.SESSION_NUMBER + " asc");
        }
        if (!r.exactTotal() && !r.facets()) {
            // as the local index: count exactly up to 1,000 matches (or the end of the page), then stop counting
            p.set("minExactCount", (int) Math.max(1000, Math.min(Integer.MAX_VALUE, (long) r.offset() + r.limit())));
        }
        if (r.facets()) {
            facetOn(p, Schema.SERVICE, Schema.YEAR, Schema.LANG);
        }
        return solr.query(p);
    }

    private static boolean byRelevance(SearchRequest r, Query text) {
        return text != null && r.sort() == SearchRequest.Sort.RELEVANCE;
    }

    private static boolean exact(SolrDocumentList results) {
        return results.getNumFoundExact() == null || results.getNumFoundExact();
    }

    /**
     * Rows to ask for: the request's limit, but never more than there are matches past the offset (for events
     * collapsed by report, {@code groups}): Solr sizes its queues by the rows asked for, and a listing of every
     * match asks for all.
     */
    private int rows(Query q, SearchRequest r, boolean groups) throws IOException {
        if ((long) r.offset() + r.limit() <= SMALL_PAGE) {
            return r.limit();
        }
        ModifiableSolrParams p = params(q, 0, 0);
        if (groups) {
            p.set("fq", COLLAPSE_BY_REPORT);
        }
        long total = solr.query(p).getResults().getNumFound();
        return (int) Math.max(0, Math.min(r.limit(), total - r.offset()));
    }

    private static ModifiableSolrParams params(Query q, int start, int rows) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", SolrQueries.write(q));
        p.set("start", start);
        p.set("rows", rows);
        return p;
    }

    private static void facetOn(ModifiableSolrParams p, String... fields) {
        p.set("facet", true);
        p.set("facet.field", fields);
        p.set("facet.limit", -1);
        p.set("facet.mincount", 1);
    }

    private List<FacetCount> facet(QueryResponse answer, String field, boolean services) {
        Map<String, Long> counts = new LinkedHashMap<>();
        FacetField f = answer.getFacetField(field);
        if (f != null && f.getValues() != null) {
            for (FacetField.Count c : f.getValues()) {
                counts.put(c.getName(), c.getCount());
            }
        }
        return logic.facet(counts, services);
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the Solr index " + solr.where() + " is closed");
        }
    }

    /** Closes the connections to the cluster. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            solr.close();
        }
    }
}
