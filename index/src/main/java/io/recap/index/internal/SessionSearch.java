package io.recap.index.internal;

import io.recap.index.EventGroup;
import io.recap.index.FacetCount;
import io.recap.index.Facets;
import io.recap.index.InvalidQueryException;
import io.recap.index.PathResult;
import io.recap.index.SearchRequest;
import io.recap.index.SearchResult;
import io.recap.index.ServiceUsage;
import io.recap.index.SessionHit;
import io.recap.index.Snippet;
import io.recap.index.TopicExpansion;
import io.recap.index.TopicGlossary;
import io.recap.index.TopicMatch;
import io.recap.index.TopicUsage;
import io.recap.parser.ServiceCatalog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
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
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Searches sessions: the query and filters of a {@link SearchRequest}, ranked, paged, with snippets, facet
 * counts and a retry with similar words when the query as typed finds nothing. Ranking by relevance puts first
 * the sessions a requested speaker is named for (before sessions of events that name the speaker only for the
 * whole event), then the best scores, sessions with the query's words in their exact spelling (when it has
 * diacritics) above all others. Thread-safe.
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
    /** The label of a facet's sessions without a value. */
    static final String UNKNOWN = "unknown";

    private static final TermQuery SESSIONS = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_SESSION));

    private final ServiceCatalog catalog;
    /** The glossary given, or {@code null} for the built-in one, read only when a request needs topics. */
    private final TopicGlossary customGlossary;
    /** The matcher of {@link #customGlossary}, or {@code null} for the built-in one (made on first use). */
    private final TopicMatcher customTopics;
    private final Snippets snippets = new Snippets();

    /** A searcher resolving service names with {@code catalog}, topics with the built-in glossary. */
    public SessionSearch(ServiceCatalog catalog) {
        // The built-in glossary and its matcher cost more than opening the index (168 topics read, each name
        // split, folded and stemmed): a search without words or topics (say --service X) never needs them.
        this.catalog = catalog;
        this.customGlossary = null;
        this.customTopics = null;
    }

    /** A searcher resolving service names with {@code catalog} and topics with {@code glossary}. */
    public SessionSearch(ServiceCatalog catalog, TopicGlossary glossary) {
        this.catalog = catalog;
        this.customGlossary = glossary == TopicGlossary.builtIn() ? null : glossary;
        this.customTopics = customGlossary == null ? null : TopicMatcher.of(glossary);
    }

    /** The glossary topics resolve with. */
    TopicGlossary glossary() {
        return customGlossary != null ? customGlossary : TopicGlossary.builtIn();
    }

    /** The matcher of {@link #glossary()}. */
    private TopicMatcher topics() {
        return customTopics != null ? customTopics : TopicMatcher.of(TopicGlossary.builtIn());
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

    /** The user's query text parsed for the index {@code s} reads, or {@code null} when there is none. */
    SessionQueryParser.Parsed text(IndexSnapshot s, SearchRequest r, boolean fuzzy) {
        Map<Term, Boolean> seen = new java.util.HashMap<>();
        return text(r, fuzzy, t -> seen.computeIfAbsent(t, term -> {
            try {
                return s.getIndexReader().docFreq(term) > 0;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
    }

    /**
     * The user's query text parsed for an index that holds the terms {@code exists} accepts (spellings it has not
     * are left out of the query), or {@code null} when there is none.
     */
    SessionQueryParser.Parsed text(SearchRequest r, boolean fuzzy, java.util.function.Predicate<Term> exists) {
        if (r.query().isEmpty()) {
            return null;
        }
        return SessionQueryParser.parse(r.query(), catalog, r.ignoreDiacritics(), fuzzy, exists,
                r.expandTopics() ? new SessionQueryParser.Topics(topics(), r.crossLanguage()) : null);
    }

    /**
     * The whole session query: text and every filter, and the type filter when the query could match event
     * documents (which have none of the session documents' fields but the path and the index-page mark): without
     * text, or with text that matches everything but some words. {@code withServices}: whether the sessions must
     * mention the request's services (not when they only decide which events a listing shows).
     */
    Query sessionQuery(IndexSnapshot s, SearchRequest r, SessionQueryParser.Parsed text, boolean withServices)
            throws IOException {
        return sessionQuery(r, text == null ? null : text.query(), Filters.speaker(s, r), withServices);
    }

    /** The whole session query of {@code r} (see above), its text being {@code q} and its speaker {@code speaker}. */
    Query sessionQuery(SearchRequest r, Query q, Filters.SpeakerSessions speaker, boolean withServices) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (q == null || matchesAll(q)) {
            b.add(SESSIONS, BooleanClause.Occur.FILTER);
        }
        if (q != null) {
            b.add(q, BooleanClause.Occur.MUST);
        }
        Filters.onEvents(r, false).forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        if (withServices) {
            Filters.servicesOnSessions(r, catalog).forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        }
        Filters.onSessions(r).forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        if (!r.topics().isEmpty()) {
            Filters.topics(r, glossary(), false).forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        }
        if (speaker != null) {
            b.add(speaker.all(), BooleanClause.Occur.FILTER);
        }
        if (!r.indexPages()) {
            b.add(Filters.INDEX_PAGES, BooleanClause.Occur.MUST_NOT);
        }
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

    /** Filter queries on the event documents' fields, services included (mentioned anywhere in the report). */
    List<Query> eventFilters(SearchRequest r) {
        List<Query> out = new ArrayList<>(Filters.onEvents(r, true));
        out.addAll(Filters.servicesOnEvents(r, catalog));
        if (!r.topics().isEmpty()) {
            out.addAll(Filters.topics(r, glossary(), true));
        }
        return out;
    }

    /**
     * The order of sessions by relevance, or {@code null} for score alone: first the sessions the speaker is named
     * for, then by score (when there is text; the query's exact spellings score highest), then newest first.
     */
    Sort ranking(IndexSnapshot s, SearchRequest r, SessionQueryParser.Parsed text) throws IOException {
        if (r.sort() == SearchRequest.Sort.DATE) {
            return BY_DATE;
        }
        List<SortField> fields = new ArrayList<>();
        for (Query t : tiers(s, r)) {
            fields.add(tier(t));
        }
        if (fields.isEmpty()) {
            return text == null ? BY_DATE : null;
        }
        if (text != null) {
            fields.add(SortField.FIELD_SCORE);
        }
        fields.addAll(Arrays.asList(BY_DATE.getSort()));
        return new Sort(fields.toArray(SortField[]::new)).rewrite(s);
    }

    /**
     * What ranks sessions first, before their scores: the speaker known to have given them (the query's exact
     * spellings rank first by a bonus in the score itself, see {@link SessionQueryParser#EXACT_BONUS}).
     */
    static List<Query> tiers(IndexSnapshot s, SearchRequest r) throws IOException {
        Filters.SpeakerSessions speaker = Filters.speaker(s, r);
        return speaker == null ? List.of() : List.of(speaker.named());
    }

    /** A sort field that puts the documents matching {@code q} first. */
    private static SortField tier(Query q) {
        return DoubleValuesSource.fromQuery(new ConstantScoreQuery(q)).getSortField(true);
    }

    /** The matching sessions, as typed or, when that finds nothing, with similar words. */
    private record Matched(Outcome out, SessionQueryParser.Parsed text, boolean fuzzy) {

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
        SessionQueryParser.Parsed text = text(s, r, false);
        Outcome out = run(s, r, text);
        if (out.top.totalHits.value == 0 && text != null && r.typoTolerance()) {
            SessionQueryParser.Parsed similar = text(s, r, true);
            Outcome retry = run(s, r, similar);
            if (retry.top.totalHits.value > 0) {
                return new Matched(retry, similar, true);
            }
        }
        return new Matched(out, text, false);
    }

    /**
     * The reports of the matching sessions, each once, in the order of their best session (by date without query
     * text), {@code offset} and {@code limit} counting reports: read from doc values alone, with no stored field
     * and no snippet, for listings of files.
     */
    public PathResult paths(IndexSnapshot s, SearchRequest r) throws IOException {
        SessionQueryParser.Parsed text = text(s, r, false);
        boolean fuzzy = false;
        Map<Integer, EventGroups.Group> groups = groups(s, r, text, true, true);
        if (groups.isEmpty() && text != null && r.typoTolerance()) {
            SessionQueryParser.Parsed similar = text(s, r, true);
            Map<Integer, EventGroups.Group> retry = groups(s, r, similar, true, true);
            if (!retry.isEmpty()) {
                groups = retry;
                fuzzy = true;
            }
        }
        boolean byScore = (text != null || r.speaker() != null) && r.sort() == SearchRequest.Sort.RELEVANCE;
        List<EventGroups.Group> ordered = new ArrayList<>(groups.values());
        ordered.sort(byScore ? EventGroups.BY_SCORE : EventGroups.BY_DATE);
        Set<String> paths = new LinkedHashSet<>();
        long sessions = 0;
        for (EventGroups.Group g : ordered) {
            paths.add(g.file); // files, for xargs: a page that recaps several events once
            sessions += g.sessions;
        }
        List<String> all = new ArrayList<>(paths);
        List<String> page = all.subList(Math.min(r.offset(), all.size()),
                (int) Math.min((long) r.offset() + r.limit(), all.size()));
        return new PathResult(page, sessions, true, all.size(), fuzzy);
    }

    /** The matching sessions grouped by event, with their best scores when ranked by relevance. */
    Map<Integer, EventGroups.Group> groups(IndexSnapshot s, SearchRequest r, SessionQueryParser.Parsed text,
                                           boolean withServices) throws IOException {
        return groups(s, r, text, withServices, false);
    }

    /** {@link #groups}, a session told in several languages once when {@code collapse} (see {@link #search}). */
    private Map<Integer, EventGroups.Group> groups(IndexSnapshot s, SearchRequest r, SessionQueryParser.Parsed text,
                                                   boolean withServices, boolean collapse) throws IOException {
        boolean scores = (text != null || r.speaker() != null) && r.sort() == SearchRequest.Sort.RELEVANCE;
        try {
            Query q = sessionQuery(s, r, text, withServices);
            return s.search(collapse ? once(s, r, q) : q,
                    new EventGroups(s, scores, scores ? tiers(s, r) : List.of()));
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyWords(r, e);
        }
    }

    /** Runs a session search. */
    public SearchResult search(IndexSnapshot s, SearchRequest r) throws IOException {
        Matched m = match(s, r);
        Outcome out = m.out;
        ScoreDoc[] page = m.page(r);
        Document[] docs = new Document[page.length];
        StoredFields stored = s.storedFields();
        for (int i = 0; i < page.length; i++) {
            docs[i] = stored.document(page[i].doc, Summaries.SESSION_FIELDS);
        }
        Snippet[] marked = snippets.of(s, m.text == null ? null : m.text.query(), page, docs);
        List<String> serviceNames = serviceNames(r);
        List<SessionHit> hits = new ArrayList<>(page.length);
        TopicMatch[] via = via(m.text, page.length, q -> matching(s, q, page));
        for (int i = 0; i < page.length; i++) {
            hits.add(Summaries.hit(docs[i], page[i].score, marked[i], serviceNames, catalog, via[i],
                    otherLanguages(s, docs[i])));
        }
        Facets facets = out.facets == null ? Facets.NONE : facets(s, out.facets, out.top.totalHits.value);
        return new SearchResult(r.query(), out.top.totalHits.value, m.exactTotal(), r.offset(), hits, facets,
                m.fuzzy, expansions(m.text));
    }

    /** The topics that expanded the query text {@code text}, as a result reports them. */
    static List<TopicExpansion> expansions(SessionQueryParser.Parsed text) {
        List<TopicExpansion> expansions = new ArrayList<>();
        if (text != null) {
            text.expansions().forEach(e -> expansions.add(e.info()));
        }
        return expansions;
    }
    /**
     * For each hit of the page, the topic name (or service) it was found by when the words as typed are not in it;
     * {@code null} for the others.
     */
    static TopicMatch[] via(SessionQueryParser.Parsed text, int n, PageMatches matching) throws IOException {
        TopicMatch[] out = new TopicMatch[n];
        if (text == null || text.typed() == null || text.expansions().isEmpty() || n == 0) {
            return out;
        }
        boolean[] typed = matching.of(text.typed());
        boolean[] open = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            open[i] = !typed[i];
            any |= open[i];
        }
        for (SessionQueryParser.Expansion e : text.expansions()) {
            for (Map.Entry<String, Query> alt : e.alternatives().entrySet()) {
                if (!any) {
                    return out;
                }
                boolean[] found = matching.of(alt.getValue());
                any = false;
                for (int i = 0; i < n; i++) {
                    if (open[i] && found[i]) {
                        String language = e.language(alt.getKey());
                        String typedLanguage = e.info().language();
                        boolean other = language != null && typedLanguage != null && !language.equals(typedLanguage);
                        out[i] = new TopicMatch(e.info().topic(), alt.getKey(), language, other);
                        open[i] = false;
                    }
                    any |= open[i];
                }
            }
        }
        return out;
    }

    /** Which documents of a page of hits match a query, wherever they are held. */
    @FunctionalInterface
    interface PageMatches {

        /** For each document of the page, in rank order, whether it matches {@code q}. */
        boolean[] of(Query q) throws IOException;
    }

    /** Which documents of {@code page} match {@code q}, visiting each segment once in document order. */
    private static boolean[] matching(IndexSnapshot s, Query q, ScoreDoc[] page) throws IOException {
        boolean[] out = new boolean[page.length];
        Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Integer[] order = new Integer[page.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> page[i].doc));
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        int leaf = -1;
        DocIdSetIterator it = null;
        for (int i : order) {
            int doc = page[i].doc;
            int sub = ReaderUtil.subIndex(doc, leaves);
            if (sub != leaf) {
                leaf = sub;
                Scorer scorer = w.scorer(leaves.get(sub));
                it = scorer == null ? null : scorer.iterator();
            }
            if (it == null) {
                continue;
            }
            int local = doc - leaves.get(sub).docBase;
            int at = it.docID() < local ? it.advance(local) : it.docID();
            out[i] = at == local;
        }
        return out;
    }

    /**
     * Per topic, the sessions matching {@code r} tagged with it and the events {@code recap events} lists for
     * {@code r} with such a session: counted as {@link #services} counts services.
     */
    public List<TopicUsage> topics(IndexSnapshot s, SearchRequest r, EventSearch events) throws IOException {
        SessionQueryParser.Parsed text = text(s, r, false);
        FacetsCollector matching = s.search(once(s, r, sessionQuery(s, r, text, true)), new FacetsCollectorManager());
        if (total(matching) == 0 && text != null && r.typoTolerance()) {
            text = text(s, r, true);
            matching = s.search(once(s, r, sessionQuery(s, r, text, true)), new FacetsCollectorManager());
        }
        return ServiceCounts.topics(s, matching, events.matchingEvents(s, r, text), eventOf(s), glossary());
    }

    /** {@code q} finding a session told in several languages once, unless the request asks for every twin. */
    private static Query once(IndexSnapshot s, SearchRequest r, Query q) throws IOException {
        return r.allLanguages() ? q : TwinSessions.once(s, q, TwinSessions.preferredLanguage(r));
    }

    /** The languages of the other pages of a session's report (its language twins). */
    private static List<String> otherLanguages(IndexSnapshot s, Document d) throws IOException {
        String file = d.get(Schema.FILE);
        String path = d.get(Schema.PATH);
        if (file == null || path == null) {
            return List.of();
        }
        Set<String> all = s.twinLanguages().getOrDefault(IndexSnapshot.twinKey(file, path), Set.of());
        List<String> out = new ArrayList<>(all);
        out.remove(d.get(Schema.LANG));
        return out;
    }

    /**
     * Per service, the sessions matching {@code r} (its query, with the same typo-tolerant retry as
     * {@link #search}, and its filters; paging ignored) that mention it, and the events {@code recap events} lists
     * for {@code r} whose report mentions it: for each service, the totals of {@link #search} and of
     * {@link EventSearch} with the service added to the request.
     */
    public List<ServiceUsage> services(IndexSnapshot s, SearchRequest r, EventSearch events) throws IOException {
        SessionQueryParser.Parsed text = text(s, r, false);
        FacetsCollector matching = s.search(once(s, r, sessionQuery(s, r, text, true)), new FacetsCollectorManager());
        if (total(matching) == 0 && text != null && r.typoTolerance()) {
            text = text(s, r, true);
            matching = s.search(once(s, r, sessionQuery(s, r, text, true)), new FacetsCollectorManager());
        }
        return ServiceCounts.of(s, matching, events.matchingEvents(s, r, text), eventOf(s), catalog);
    }

    /** A report's id to the id of the event it is grouped into (its own id when it is in none). */
    private static UnaryOperator<String> eventOf(IndexSnapshot s) throws IOException {
        EventGrouper.Grouping grouping = s.events().grouping();
        return id -> {
            EventGroup g = grouping.byReport().get(id);
            return g == null ? id : g.id();
        };
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

    private Outcome run(IndexSnapshot s, SearchRequest r, SessionQueryParser.Parsed text) throws IOException {
        Query q = once(s, r, sessionQuery(s, r, text, true));
        int n = s.topN(r.offset(), r.limit());
        // With facets every match is visited anyway, so the count comes for free.
        int countUpTo = r.exactTotal() || r.facets() ? Integer.MAX_VALUE : Math.max(COUNT_UP_TO, n);
        try {
            Sort sort = ranking(s, r, text);
            var top = sort == null ? new TopScoreDocCollectorManager(n, null, countUpTo, false)
                    : new TopFieldCollectorManager(sort, n, null, countUpTo, false);
            TopDocs docs;
            FacetsCollector facets = null;
            if (r.facets()) {
                Object[] results = s.search(q, new MultiCollectorManager(top, new FacetsCollectorManager()));
                docs = (TopDocs) results[0];
                facets = (FacetsCollector) results[1];
            } else {
                docs = s.search(q, top);
            }
            if (sort != null && text != null && sort.needsScores()) {
                TopFieldCollector.populateScores(docs.scoreDocs, s, q);
            }
            return new Outcome(docs, facets);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyWords(r, e);
        }
    }

    private static InvalidQueryException tooManyWords(SearchRequest r, IndexSearcher.TooManyClauses e) {
        return new InvalidQueryException("the query '" + r.query() + "' matches too many words; make its "
                + "patterns (* ? ~) more specific", e);
    }

    private Facets facets(IndexSnapshot s, FacetsCollector fc, long total) throws IOException {
        boolean tables = s.facetTablesPay();
        return new Facets(counts(s, fc, Schema.SERVICE, true, tables),
                withUnknown(counts(s, fc, Schema.YEAR, false, tables), total),
                withUnknown(counts(s, fc, Schema.LANG, false, tables), total),
                topicFacet(counts(s, fc, Schema.TOPIC, true, tables), glossary()));
    }

    /** A topic facet's counts labelled with the topics' names; ids the glossary lacks left out. */
    static List<FacetCount> topicFacet(List<FacetCount> counts, TopicGlossary glossary) {
        List<FacetCount> byTopic = new ArrayList<>();
        for (FacetCount c : counts) {
            glossary.byId(c.value()).ifPresent(t -> byTopic.add(new FacetCount(c.value(), t.name(), c.count())));
        }
        return byTopic;
    }

    /** The counts of a single-valued facet, and last the matches without a value, so that they add up. */
    private static List<FacetCount> withUnknown(List<FacetCount> counts, long total) {
        long known = 0;
        for (FacetCount c : counts) {
            known += c.count();
        }
        if (known >= total) {
            return counts;
        }
        List<FacetCount> out = new ArrayList<>(counts);
        out.add(new FacetCount(null, UNKNOWN, total - known));
        return out;
    }

    /**
     * Counts of the collected documents by the values of a doc-values field, most frequent first: from the field's
     * {@link FacetTable} when {@code tables}, else from its doc values.
     */
    List<FacetCount> counts(IndexSnapshot s, FacetsCollector fc, String field, boolean multiValued,
                                    boolean tables) throws IOException {
        boolean services = field.equals(Schema.SERVICE);
        List<FacetCount> out = new ArrayList<>();
        FacetTable table = tables ? s.facetTable(field, multiValued) : null;
        if (table != null) {
            long[] counts = table.count(fc);
            for (int n = 0; n < counts.length; n++) {
                if (counts[n] > 0) {
                    out.add(count(table.label(n), counts[n], services));
                }
            }
        } else {
            StringDocValuesReaderState state = s.facetState(field);
            if (state == null) {
                return List.of();
            }
            FacetResult result = new StringValueFacetCounts(state, fc).getAllChildren(field);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    long count = lv.value.longValue();
                    if (count > 0) {
                        out.add(count(lv.label, count, services));
                    }
                }
            }
        }
        out.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return out;
    }

    private FacetCount count(String value, long count, boolean services) {
        return new FacetCount(value, services ? Summaries.service(value, catalog).shortName() : value, count);
    }
}
