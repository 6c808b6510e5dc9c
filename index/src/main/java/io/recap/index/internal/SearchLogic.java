package io.recap.index.internal;

import io.recap.index.EventSummary;
import io.recap.index.FacetCount;
import io.recap.index.SearchRequest;
import io.recap.index.ServiceUsage;
import io.recap.index.SessionHit;
import io.recap.index.Snippet;
import io.recap.index.TopicExpansion;
import io.recap.index.TopicMatch;
import io.recap.index.TopicUsage;
import io.recap.model.Report;
import io.recap.parser.ReportJson;
import io.recap.parser.ServiceCatalog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * What answering a {@link io.recap.index.SearchRequest} means, apart from where the documents live: the Lucene
 * queries of a request, the stored fields hits are read from, how a hit, its snippet, a facet and a service count
 * are made of them. The local index runs these queries itself; another back end (recap-solr) runs the same
 * queries elsewhere and makes its answers with the same code, so that both answer alike. Thread-safe.
 */
public final class SearchLogic {

    /** The stored fields a session hit is made of ({@link #hits}). */
    public static final Set<String> SESSION_FIELDS = Summaries.SESSION_FIELDS;
    /** The stored fields of an event document an event summary is made of ({@link #event}). */
    public static final Set<String> EVENT_FIELDS = Summaries.EVENT_FIELDS;

    private final SessionSearch sessions;

    /** The logic of searches that resolve service names with {@code catalog}. */
    public SearchLogic(ServiceCatalog catalog) {
        this.sessions = new SessionSearch(catalog);
    }

    /** The catalog service names resolve with. */
    public ServiceCatalog catalog() {
        return sessions.catalog();
    }

    /**
     * How a back end answers the one question a request may need answered before its query can be written: which
     * events ({@link Schema#PATH}) have a session that {@code sessions} matches (for {@code --speaker}).
     */
    @FunctionalInterface
    public interface EventIds {

        /** The ids of the events with a session {@code sessions} matches. */
        Set<String> of(Query sessions) throws IOException;
    }

    /**
     * The sessions a request selects.
     *
     * @param query the whole query of the sessions: text and filters
     * @param first the sessions that rank first, whatever their scores (the sessions named for the request's
     *              speaker), or {@code null}
     */
    public record Selection(Query query, Query first) {
    }

    /**
     * The terms the query text of {@code r} may be looked up under, as typed and with similar words: what a back end
     * that cannot look terms up one at a time asks its index for before {@link #text}.
     *
     * @throws io.recap.index.InvalidQueryException when the query cannot be understood
     */
    public Set<Term> spellings(SearchRequest r) {
        Set<Term> out = new LinkedHashSet<>();
        sessions.text(r, false, t -> out.add(t) || true);
        sessions.text(r, true, t -> out.add(t) || true);
        return out;
    }

    /**
     * The user's query text of {@code r} parsed ({@code fuzzy}: for the retry with similar words) for an index
     * holding the terms {@code exists} accepts, or {@code null} when the request has none. The local index gives
     * the same query for the same terms.
     *
     * @throws io.recap.index.InvalidQueryException when the query cannot be understood
     */
    public Query text(SearchRequest r, boolean fuzzy, Predicate<Term> exists) {
        SessionQueryParser.Parsed parsed = sessions.text(r, fuzzy, exists);
        return parsed == null ? null : parsed.query();
    }

    /**
     * The user's query text of {@code r} parsed as {@link #text} does, with the topics that expanded it: for a
     * back end that reports them and says which hits a topic found ({@link #hits(Text, SearchRequest, List, float[],
     * PageMatches)}).
     *
     * @throws io.recap.index.InvalidQueryException when the query cannot be understood
     */
    public Text parsed(SearchRequest r, boolean fuzzy, Predicate<Term> exists) {
        SessionQueryParser.Parsed parsed = sessions.text(r, fuzzy, exists);
        return parsed == null ? null : new Text(parsed);
    }

    /** A request's query text parsed: the query a back end runs, and the topics that expanded it. */
    public static final class Text {

        private final SessionQueryParser.Parsed parsed;

        private Text(SessionQueryParser.Parsed parsed) {
            this.parsed = parsed;
        }

        /** The query of the text, expansions included. */
        public Query query() {
            return parsed.query();
        }

        /** The topics that expanded the query, as a {@link io.recap.index.SearchResult} reports them. */
        public List<TopicExpansion> expansions() {
            return SessionSearch.expansions(parsed);
        }
    }

    /** Which documents of a page of hits match a query, asked of the back end that holds them. */
    @FunctionalInterface
    public interface PageMatches {

        /**
         * For each document of the page, in rank order, whether it matches {@code q}.
         *
         * @throws IOException when the back end cannot be read
         */
        boolean[] of(Query q) throws IOException;
    }

    /**
     * The sessions {@code r} selects, its text being {@code text} (from {@link #text}): whether they must mention
     * the request's services ({@code withServices}; not when they only decide which events a listing shows).
     */
    public Selection sessions(SearchRequest r, Query text, boolean withServices, EventIds eventIds)
            throws IOException {
        Filters.SpeakerSessions speaker = Filters.speaker(r, eventIds);
        return new Selection(sessions.sessionQuery(r, text, speaker, withServices),
                speaker == null ? null : speaker.named());
    }

    /** The query of the event documents an events listing shows without asking for sessions by content. */
    public Query eventListQuery(SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_EVENT)), BooleanClause.Occur.FILTER);
        sessions.eventFilters(r).forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        if (!r.indexPages()) {
            b.add(Filters.INDEX_PAGES, BooleanClause.Occur.MUST_NOT);
        }
        return b.build();
    }

    /** Whether a request asks for sessions by content (query text, part, speaker), not only by filters. */
    public static boolean byContent(SearchRequest r) {
        return !r.query().isEmpty() || r.part() != null || r.speaker() != null;
    }

    /** The documents of section index pages (event and session documents alike). */
    public static Query indexPages() {
        return Filters.INDEX_PAGES;
    }

    /**
     * The hits of one page of session documents, given their stored fields ({@link #SESSION_FIELDS}) in rank
     * order and their scores, with the snippets the local index would make: the page is highlighted with the
     * index's own analysis, in a small index of its own (passages are chosen by the text of each session alone).
     */
    public List<SessionHit> hits(Query text, SearchRequest r, List<Document> stored, float[] scores)
            throws IOException {
        return hits(text, r, stored, scores, null);
    }

    /**
     * The hits of one page as {@link #hits(Query, SearchRequest, List, float[])} makes them, each found only through
     * a topic's other name saying which ({@link SessionHit#topic()}) as the local index says it: {@code matches}
     * tells which of the page's documents match the query as typed and each name a topic added.
     */
    public List<SessionHit> hits(Text text, SearchRequest r, List<Document> stored, float[] scores,
                                 PageMatches matches) throws IOException {
        TopicMatch[] via = text == null ? new TopicMatch[stored.size()]
                : SessionSearch.via(text.parsed, stored.size(), matches::of);
        return hits(text == null ? null : text.query(), r, stored, scores, via);
    }

    private List<SessionHit> hits(Query text, SearchRequest r, List<Document> stored, float[] scores,
                                  TopicMatch[] via) throws IOException {
        Document[] docs = stored.toArray(new Document[0]);
        Snippet[] marked = new Snippet[docs.length];
        if (text != null && docs.length > 0) {
            try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
                TextAnalyzer analyzer = TextAnalyzer.forIndexing();
                try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                    for (Document d : docs) {
                        Document page = new Document();
                        for (String field : new String[]{Schema.SESSION_TITLE, Schema.SESSION_TEXT}) {
                            String v = d.get(field);
                            page.add(new Field(field, v == null ? "" : Documents.nfc(v),
                                    Documents.STORED_WITH_OFFSETS));
                        }
                        w.addDocument(page);
                    }
                }
                try (DirectoryReader reader = DirectoryReader.open(dir)) {
                    ScoreDoc[] page = new ScoreDoc[docs.length];
                    for (int i = 0; i < docs.length; i++) {
                        page[i] = new ScoreDoc(i, scores[i]);
                    }
                    marked = new Snippets().of(new IndexSearcher(reader), text, page, docs);
                }
                analyzer.close();
            }
        }
        List<String> serviceNames = sessions.serviceNames(r);
        List<SessionHit> out = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            // a SolrCloud collection stores no grouping facts: it shows every twin and names none
            out.add(Summaries.hit(docs[i], scores[i], marked[i], serviceNames, catalog(),
                    via == null ? null : via[i], List.of()));
        }
        return out;
    }

    /** The event an event document's stored fields ({@link #EVENT_FIELDS}) describe. */
    public static EventSummary event(Document stored) {
        return Summaries.event(stored, true);
    }

    /** How many sessions an event document's stored fields say its report has. */
    public static int sessionCount(Document stored) {
        return Summaries.sessionCount(stored);
    }

    /**
     * Topic facet counts as the local index shows them ({@code counts} maps a topic id to its sessions): labelled
     * with the topics' names, most frequent first, topics the glossary does not know left out.
     */
    public List<FacetCount> topicFacet(Map<String, Long> counts) {
        return SessionSearch.topicFacet(facet(counts, false), sessions.glossary());
    }

    /**
     * Facet counts as the local index shows them: values with a count, most frequent first, then by value;
     * services labelled with their short names.
     */
    public List<FacetCount> facet(Map<String, Long> counts, boolean services) {
        List<FacetCount> out = new ArrayList<>();
        counts.forEach((value, count) -> {
            if (count > 0) {
                out.add(new FacetCount(value, services ? Summaries.service(value, catalog()).shortName() : value,
                        count));
            }
        });
        out.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return out;
    }

    /**
     * The counts of a facet of one value per session (year, language) as the local index shows them: after the
     * values, the {@code total} matches without one, labelled {@code unknown}, so that they add up.
     */
    public List<FacetCount> facet(Map<String, Long> counts, long total) {
        List<FacetCount> out = new ArrayList<>(facet(counts, false));
        long known = 0;
        for (FacetCount c : out) {
            known += c.count();
        }
        if (known < total) {
            out.add(new FacetCount(null, SessionSearch.UNKNOWN, total - known));
        }
        return out;
    }

    /**
     * Per-service counts as the local index shows them, most sessions first: {@code counts} maps a service id to
     * its {@code {sessions, events}}.
     */
    public List<ServiceUsage> services(Map<String, long[]> counts) {
        List<ServiceUsage> out = new ArrayList<>(counts.size());
        counts.forEach((id, c) -> out.add(new ServiceUsage(Summaries.service(id, catalog()), c[0], c[1])));
        out.sort(ServiceCounts.MOST_SESSIONS_FIRST);
        return out;
    }

    /**
     * Per-topic counts as the local index shows them, most sessions first: {@code counts} maps a topic id to its
     * {@code {sessions, events}}; topics the glossary does not know are left out.
     */
    public List<TopicUsage> topics(Map<String, long[]> counts) {
        return ServiceCounts.topics(counts, sessions.glossary());
    }

    /**
     * The paths an id given to {@code report(id)} may mean, in the order to try them: the id, the file it names
     * by a relative or unresolved path, and the same for the event of a session id ({@code path#n}).
     */
    public static List<String> reportIds(String id) {
        List<String> tries = new ArrayList<>(Filters.ids(id));
        int hash = id.lastIndexOf('#');
        if (hash > 0 && id.substring(hash + 1).matches("\\d+")) {
            tries.addAll(Filters.ids(id.substring(0, hash)));
        }
        return tries;
    }

    /** The report an event document's {@link Schema#JSON} holds. */
    public static Report report(byte[] json) {
        return ReportJson.read(CompressedText.inflate(new BytesRef(json)));
    }
}
