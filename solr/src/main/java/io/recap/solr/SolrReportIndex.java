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
import io.recap.index.TopicUsage;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * A recap index in a SolrCloud collection, opened for reading: the {@link ReportSearcher} of recap's local index
 * ({@link io.recap.index.ReportIndex}), over a collection that {@link SolrArchiveIndexer} filled. The same requests
 * give the same sessions: recap parses the query with the same code (after asking the collection, in one request to
 * its terms handler, which spellings of the query's words it holds, as the local index leaves the others out),
 * sends Solr the Lucene query it made (terms already analysed; the configset's query analysis rebuilds synonyms and
 * phrases of several spellings from them), and makes hits, snippets, facets and counts from what Solr returns with
 * the same code as for the local index. A request with a speaker asks first which events name the speaker in a
 * session, as the local index does.
 *
 * <p>Scores use the collection's statistics (the configset's ExactStatsCache), so sessions rank as in one index;
 * where scores tie, the order may differ. One exception: a word looked up in several spellings at once (a synonym
 * query, or a phrase of such words) is weighed on each shard with the spellings that shard holds, so where a spelling
 * is missing on a shard its sessions score otherwise than in one index. A collection of one shard scores exactly as
 * the local index.
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
        Predicate<Term> exists = exists(request);
        SearchLogic.Text parsed = logic.parsed(request, false, exists);
        Query text = parsed == null ? null : parsed.query();
        QueryResponse answer = sessions(request, text, SearchLogic.SESSION_FIELDS);
        boolean fuzzy = false;
        if (answer.getResults().getNumFound() == 0 && text != null && request.typoTolerance()) {
            SearchLogic.Text similar = logic.parsed(request, true, exists);
            QueryResponse retry = sessions(request, similar.query(), SearchLogic.SESSION_FIELDS);
            if (retry.getResults().getNumFound() > 0) {
                answer = retry;
                parsed = similar;
                text = similar.query();
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
        List<String> ids = new ArrayList<>(stored.size());
        stored.forEach(d -> ids.add(d.get(Schema.ID)));
        List<SessionHit> hits = logic.hits(parsed, request, stored, scores, q -> matching(q, ids));
        long total = results.getNumFound();
        Facets facets = request.facets() ? new Facets(facet(answer, Schema.SERVICE, true),
                logic.facet(counts(answer, Schema.YEAR), total), logic.facet(counts(answer, Schema.LANG), total),
                logic.topicFacet(counts(answer, Schema.TOPIC)))
                : Facets.NONE;
        return new SearchResult(request.query(), total, exact(results), request.offset(), hits, facets, fuzzy,
                parsed == null ? List.of() : parsed.expansions());
    }

    /**
     * For each session of {@code ids} (a page of hits), whether it matches {@code q}: one request, the page's
     * sessions as a filter, so that a hit found through a topic says which name found it as the local index says.
     */
    private boolean[] matching(Query q, List<String> ids) throws IOException {
        boolean[] out = new boolean[ids.size()];
        if (ids.isEmpty()) {
            return out;
        }
        List<BytesRef> terms = new ArrayList<>(ids.size());
        ids.forEach(id -> terms.add(new BytesRef(id)));
        Query onPage = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(Schema.ID, terms), BooleanClause.Occur.FILTER).build();
        ModifiableSolrParams p = params(onPage, 0, ids.size());
        p.set("fl", Schema.ID);
        Set<String> found = new HashSet<>();
        p.add("fq", "{!terms f=" + Schema.ID + " method=booleanQuery}" + String.join(",", ids));
        for (SolrDocument d : solr.query(p).getResults()) {
            found.add(String.valueOf(d.getFirstValue(Schema.ID)));
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = found.contains(ids.get(i));
        }
        return out;
    }

    @Override
    public EventResult events(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        open();
        if (!SearchLogic.byContent(request)) {
            return listedEvents(request);
        }
        Predicate<Term> exists = exists(request);
        Query text = logic.text(request, false, exists);
        EventResult found = groupedEvents(request, text, false);
        if (found.total() == 0 && text != null && request.typoTolerance()) {
            EventResult retry = groupedEvents(request, logic.text(request, true, exists), true);
            if (retry.total() > 0) {
                found = retry;
            }
        }
        return found;
    }

    /** Events by their own documents (no query text, part or speaker): newest first. */
    private EventResult listedEvents(SearchRequest r) throws IOException {
        Query q = logic.eventListQuery(r);
        ModifiableSolrParams p = params(q, r.offset(), rows(q, r));
        p.set("fl", String.join(",", SearchLogic.EVENT_FIELDS));
        p.set("sort", Schema.onEvent(Schema.DAY) + " desc," + Schema.PATH + " asc");
        QueryResponse answer = solr.query(p);
        List<Document> events = new ArrayList<>();
        for (SolrDocument d : answer.getResults()) {
            events.add(SolrDocuments.lucene(d));
        }
        Map<String, Long> matching = r.services().isEmpty() ? null : matchingSessions(r, null, events);
        List<EventHit> out = new ArrayList<>();
        for (Document stored : events) {
            long sessions = matching == null ? SearchLogic.sessionCount(stored)
                    : matching.getOrDefault(stored.get(Schema.PATH), 0L);
            out.add(new EventHit(SearchLogic.event(stored), (int) sessions, 0f));
        }
        return new EventResult(answer.getResults().getNumFound(), r.offset(), out, false);
    }

    /**
     * Events by their sessions (query text, part or speaker), each ranked as its best session; those whose report
     * mentions the request's services anywhere. Solr's collapsing keeps the best session of each report, scored
     * with the collection's statistics (as every query is), and its expand component counts the others; both are
     * exact because a report's documents live on one shard.
     */
    private EventResult groupedEvents(SearchRequest r, Query text, boolean fuzzy) throws IOException {
        SearchLogic.Selection sessions = select(r, text, false);
        boolean byScore = byScore(r, text);
        ModifiableSolrParams p = params(sessions.query(), r.offset(), 0);
        if (!r.services().isEmpty()) {
            p.add("fq", "{!join from=" + Schema.PATH + " to=" + Schema.PATH + " v=$listed}");
            p.set("listed", SolrQueries.write(logic.eventListQuery(r)));
        }
        collapse(p, sessions, byScore);
        long groups = solr.query(p).getResults().getNumFound();
        p.set("rows", (int) Math.max(0, Math.min(r.limit(), groups - r.offset())));
        p.set("fl", byScore ? Schema.PATH + ",score" : Schema.PATH);
        boolean countHere = r.services().isEmpty();
        if (countHere) {
            p.set("expand", true);
            p.set("expand.rows", 0);
        }
        QueryResponse heads = solr.query(p);
        List<String> paths = new ArrayList<>();
        for (SolrDocument d : heads.getResults()) {
            paths.add(String.valueOf(d.getFirstValue(Schema.PATH)));
        }
        Map<String, Document> events = eventDocuments(paths);
        Map<String, Long> matching = countHere ? null
                : matchingSessions(r, text, new ArrayList<>(events.values()));
        Map<String, SolrDocumentList> others = heads.getExpandedResults() == null ? Map.of()
                : heads.getExpandedResults();
        List<EventHit> out = new ArrayList<>();
        for (SolrDocument head : heads.getResults()) {
            String path = String.valueOf(head.getFirstValue(Schema.PATH));
            Document event = events.get(path);
            if (event == null) {
                continue; // sessions whose event document is missing: a push cut short, which the next one mends
            }
            long count;
            if (countHere) {
                SolrDocumentList rest = others.get(path);
                count = 1 + (rest == null ? 0 : rest.getNumFound());
            } else {
                count = matching.getOrDefault(path, 0L);
            }
            Object score = head.getFieldValue("score");
            out.add(new EventHit(SearchLogic.event(event), (int) count,
                    byScore && score instanceof Number n ? n.floatValue() : 0f));
        }
        return new EventResult(groups, r.offset(), out, fuzzy);
    }

    /**
     * Keeps one session per report, the first in the order of the listing (by its tier, then score, when ranked by
     * relevance), and orders the reports so.
     */
    private static void collapse(ModifiableSolrParams p, SearchLogic.Selection sessions, boolean byScore) {
        if (byScore && sessions.first() != null) {
            p.set("first", SolrQueries.write(new ConstantScoreQuery(sessions.first())));
            p.add("fq", "{!collapse field=" + Schema.PATH + " sort='query($first,0) desc,score desc'}");
            p.set("sort", "query($first,0) desc,score desc," + Schema.DAY + " desc," + Schema.PATH + " asc");
        } else {
            p.add("fq", COLLAPSE_BY_REPORT);
            p.set("sort", byScore ? "score desc," + Schema.DAY + " desc," + Schema.PATH + " asc"
                    : Schema.DAY + " desc," + Schema.PATH + " asc");
        }
    }

    /**
     * Per event of {@code events}, how many of its sessions {@link #search} finds for {@code r} (services
     * included), its text being {@code text}.
     */
    private Map<String, Long> matchingSessions(SearchRequest r, Query text, List<Document> events)
            throws IOException {
        Map<String, Long> out = new HashMap<>();
        if (events.isEmpty()) {
            return out;
        }
        Set<BytesRef> paths = new TreeSet<>();
        for (Document e : events) {
            paths.add(new BytesRef(e.get(Schema.PATH)));
        }
        ModifiableSolrParams p = params(select(r, text, true).query(), 0, 0);
        p.add("fq", SolrQueries.write(new TermInSetQuery(Schema.PATH, paths)));
        facetOn(p, Schema.PATH);
        FacetField f = solr.query(p).getFacetField(Schema.PATH);
        if (f != null && f.getValues() != null) {
            for (FacetField.Count c : f.getValues()) {
                out.put(c.getName(), c.getCount());
            }
        }
        return out;
    }

    /** The event documents of these paths, by path. */
    private Map<String, Document> eventDocuments(List<String> paths) throws IOException {
        Map<String, Document> out = new HashMap<>();
        if (paths.isEmpty()) {
            return out;
        }
        Set<BytesRef> ids = new TreeSet<>();
        for (String path : paths) {
            ids.add(new BytesRef(path));
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_EVENT)), BooleanClause.Occur.FILTER);
        q.add(new TermInSetQuery(Schema.PATH, ids), BooleanClause.Occur.FILTER);
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
        Predicate<Term> exists = exists(r);
        Query text = logic.text(r, false, exists);
        PathResult found = files(r, text, false);
        if (found.total() == 0 && text != null && r.typoTolerance()) {
            PathResult retry = files(r, logic.text(r, true, exists), true);
            if (retry.total() > 0) {
                found = retry;
            }
        }
        return found;
    }

    /** The files of the events with matching sessions, in the order of their best sessions, each once. */
    private PathResult files(SearchRequest r, Query text, boolean fuzzy) throws IOException {
        SearchLogic.Selection sessions = select(r, text, true);
        long matching = solr.query(params(sessions.query(), 0, 0)).getResults().getNumFound();
        Set<String> files = new LinkedHashSet<>(); // a page that recaps several events once
        if (matching > 0) {
            ModifiableSolrParams p = params(sessions.query(), 0, 0);
            collapse(p, sessions, byScore(r, text));
            long groups = solr.query(p).getResults().getNumFound();
            p.set("rows", (int) Math.min(Integer.MAX_VALUE, groups));
            p.set("fl", Schema.FILE);
            for (SolrDocument d : solr.query(p).getResults()) {
                Object file = d.getFirstValue(Schema.FILE);
                if (file != null) {
                    files.add(file.toString());
                }
            }
        }
        List<String> all = new ArrayList<>(files);
        List<String> page = all.subList(Math.min(r.offset(), all.size()),
                (int) Math.min((long) r.offset() + r.limit(), all.size()));
        return new PathResult(new ArrayList<>(page), matching, true, all.size(), fuzzy);
    }

    @Override
    public List<ServiceUsage> services() throws IOException {
        return services(SearchRequest.builder().build());
    }

    @Override
    public List<ServiceUsage> services(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        open();
        return logic.services(counts(request, Schema.SERVICE));
    }

    @Override
    public List<TopicUsage> topics(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        open();
        return logic.topics(counts(request, Schema.TOPIC));
    }

    /**
     * Per value of the multi-valued keyword {@code field} (services, topics): {sessions, events} among the sessions
     * {@code request} matches and the events it lists.
     */
    private Map<String, long[]> counts(SearchRequest request, String field) throws IOException {
        Predicate<Term> exists = exists(request);
        Query text = logic.text(request, false, exists);
        QueryResponse sessions = serviceCounts(select(request, text, true).query(), field);
        if (sessions.getResults().getNumFound() == 0 && text != null && request.typoTolerance()) {
            text = logic.text(request, true, exists);
            sessions = serviceCounts(select(request, text, true).query(), field);
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (FacetField.Count c : values(sessions, field)) {
            counts.computeIfAbsent(c.getName(), k -> new long[2])[0] = c.getCount();
        }
        // the events `events` lists for the request: a report's documents live on one shard, so the join of its
        // sessions to its event document is exact
        ModifiableSolrParams p = params(logic.eventListQuery(request), 0, 0);
        if (SearchLogic.byContent(request)) {
            p.add("fq", "{!join from=" + Schema.PATH + " to=" + Schema.PATH + " v=$sessions}");
            p.set("sessions", SolrQueries.write(select(request, text, false).query()));
        }
        facetOn(p, Schema.onEvent(field));
        for (FacetField.Count c : values(solr.query(p), Schema.onEvent(field))) {
            counts.computeIfAbsent(c.getName(), k -> new long[2])[1] = c.getCount();
        }
        return counts;
    }

    private QueryResponse serviceCounts(Query q, String field) throws IOException {
        ModifiableSolrParams p = params(q, 0, 0);
        facetOn(p, field);
        return solr.query(p);
    }

    private static List<FacetField.Count> values(QueryResponse answer, String field) {
        FacetField f = answer.getFacetField(field);
        return f == null || f.getValues() == null ? List.of() : f.getValues();
    }

    @Override
    public IndexStats stats() throws IOException {
        open();
        Query events = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_EVENT));
        Query sessions = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_SESSION));
        Query pages = SearchLogic.indexPages();
        long reports = count(events);
        long indexPages = count(new BooleanQuery.Builder().add(events, BooleanClause.Occur.FILTER)
                .add(pages, BooleanClause.Occur.FILTER).build());
        long sessionCount = count(withoutIndexPages(sessions));
        ModifiableSolrParams p = params(withoutIndexPages(events), 0, 0);
        facetOn(p, Schema.onEvent(Schema.SERVICE));
        int services = values(solr.query(p), Schema.onEvent(Schema.SERVICE)).size();
        ModifiableSolrParams run = params(new TermQuery(new Term(Schema.ID, SolrPush.RUN_ID)), 0, 1);
        run.set("fl", "committed");
        Instant committed = null;
        SolrDocumentList runs = solr.query(run).getResults();
        if (!runs.isEmpty() && runs.get(0).getFirstValue("committed") instanceof Date d) {
            committed = d.toInstant();
        }
        return new IndexStats(solr.where(), reports, indexPages, sessionCount, services,
                SolrConfigset.schemaVersion(), committed);
    }

    private static Query withoutIndexPages(Query q) {
        return new BooleanQuery.Builder().add(q, BooleanClause.Occur.FILTER)
                .add(SearchLogic.indexPages(), BooleanClause.Occur.MUST_NOT).build();
    }

    private long count(Query q) throws IOException {
        return solr.query(params(q, 0, 0)).getResults().getNumFound();
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
        SearchLogic.Selection sessions = select(r, text, true);
        Query q = sessions.query();
        ModifiableSolrParams p = params(q, r.offset(), rows(q, r));
        boolean byRelevance = byRelevance(r, text);
        p.set("fl", String.join(",", fields) + (byRelevance ? ",score" : ""));
        String byDate = Schema.DAY + " desc," + Schema.PATH + " asc," + Schema.SESSION_NUMBER + " asc";
        if (r.sort() == SearchRequest.Sort.DATE) {
            p.set("sort", byDate);
        } else if (sessions.first() != null) {
            // as the local index: the speaker's own sessions first, then by score, then newest first
            p.set("first", SolrQueries.write(new ConstantScoreQuery(sessions.first())));
            p.set("sort", "query($first,0) desc," + (text != null ? "score desc," : "") + byDate);
        } else {
            p.set("sort", text != null ? "score desc" : byDate);
        }
        if (!r.exactTotal() && !r.facets()) {
            // as the local index: count exactly up to 1,000 matches (or the end of the page), then stop counting
            p.set("minExactCount", (int) Math.max(1000, Math.min(Integer.MAX_VALUE, (long) r.offset() + r.limit())));
        }
        if (r.facets()) {
            facetOn(p, Schema.SERVICE, Schema.YEAR, Schema.LANG, Schema.TOPIC);
        }
        return solr.query(p);
    }

    /** The sessions {@code r} selects with the text {@code text}, the speaker's events looked up in Solr. */
    private SearchLogic.Selection select(SearchRequest r, Query text, boolean withServices) throws IOException {
        return logic.sessions(r, text, withServices, this::eventIds);
    }

    /** The events (ids) with a session {@code sessions} matches. */
    private Set<String> eventIds(Query sessions) throws IOException {
        ModifiableSolrParams p = params(sessions, 0, 0);
        p.add("fq", COLLAPSE_BY_REPORT);
        long n = solr.query(p).getResults().getNumFound();
        Set<String> out = new TreeSet<>();
        if (n > 0) {
            p.set("rows", (int) Math.min(Integer.MAX_VALUE, n));
            p.set("fl", Schema.PATH);
            for (SolrDocument d : solr.query(p).getResults()) {
                out.add(String.valueOf(d.getFirstValue(Schema.PATH)));
            }
        }
        return out;
    }

    /**
     * Which terms of the request's query the collection holds, asked in one request to its terms handler (a term
     * dictionary lookup on each shard, counting deleted documents as the local index's {@code docFreq} does), so
     * that recap writes the query the local index would: spellings an index does not have are left out of it.
     * Terms the parser did not foresee count as held (a term that matches nothing changes no match).
     */
    private Predicate<Term> exists(SearchRequest r) throws IOException {
        if (r.query().isEmpty()) {
            return t -> true;
        }
        Set<Term> asked = logic.spellings(r);
        if (asked.isEmpty()) {
            return t -> true;
        }
        Set<String> fields = new TreeSet<>();
        StringBuilder list = new StringBuilder();
        Set<String> texts = new HashSet<>();
        for (Term t : asked) {
            fields.add(t.field());
            if (texts.add(t.text())) {
                if (list.length() > 0) {
                    list.append(',');
                }
                for (char c : t.text().toCharArray()) {
                    if (c == ',' || c == '\\') {
                        list.append('\\'); // the terms handler splits the list at commas, with escapes
                    }
                    list.append(c);
                }
            }
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("terms", true);
        p.set("terms.fl", fields.toArray(String[]::new));
        p.set("terms.list", list.toString());
        p.set("terms.limit", -1);
        TermsResponse answer = solr.query(p, "/terms").getTermsResponse();
        Set<Term> held = new HashSet<>();
        for (String field : fields) {
            List<TermsResponse.Term> found = answer == null ? null : answer.getTerms(field);
            if (found != null) {
                for (TermsResponse.Term t : found) {
                    if (t.getFrequency() > 0) {
                        held.add(new Term(field, t.getTerm()));
                    }
                }
            }
        }
        return t -> !asked.contains(t) || held.contains(t);
    }

    private static boolean byRelevance(SearchRequest r, Query text) {
        return text != null && r.sort() == SearchRequest.Sort.RELEVANCE;
    }

    /** Whether events are ranked by their best sessions (as the local index's events listing). */
    private static boolean byScore(SearchRequest r, Query text) {
        return (text != null || r.speaker() != null) && r.sort() == SearchRequest.Sort.RELEVANCE;
    }

    private static boolean exact(SolrDocumentList results) {
        return results.getNumFoundExact() == null || results.getNumFoundExact();
    }

    /**
     * Rows to ask for: the request's limit, but never more than there are matches past the offset: Solr sizes its
     * queues by the rows asked for, and a listing of every match asks for all.
     */
    private int rows(Query q, SearchRequest r) throws IOException {
        if ((long) r.offset() + r.limit() <= SMALL_PAGE) {
            return r.limit();
        }
        ModifiableSolrParams p = params(q, 0, 0);
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
        return logic.facet(counts(answer, field), services);
    }

    private static Map<String, Long> counts(QueryResponse answer, String field) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (FacetField.Count c : values(answer, field)) {
            counts.put(c.getName(), c.getCount());
        }
        return counts;
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
