package io.recap.index;

import io.recap.index.internal.FoldingAnalyzer;
import io.recap.index.internal.Schema;
import io.recap.model.Part;
import io.recap.model.Service;
import io.recap.parser.ServiceCatalog;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A recap index opened for searching. Sees the index as of its last commit when opened; thread-safe;
 * close it when done.
 *
 * <pre>{@code
 * try (ReportIndex index = ReportIndex.open(Path.of("index"))) {
 *     SearchResult r = index.search(SearchRequest.builder().query("tu duy").service("CodeDeploy").build());
 *     r.hits().forEach(h -> System.out.println(h.event().title() + " — " + h.session().title()));
 * }
 * }</pre>
 */
public final class ReportIndex implements Closeable {

    private static final String[] TEXT_FIELDS = {
        Schema.SESSION_TITLE, Schema.EVENT_TITLE, Schema.SESSION_TEXT, Schema.SPEAKERS, Schema.LOCATION};
    private static final Map<String, Float> BOOSTS = Map.of(Schema.SESSION_TITLE, 3f, Schema.EVENT_TITLE, 2f);
    private static final int SNIPPET_CHARS = 160;

    private final Path location;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = new FoldingAnalyzer();
    private final ServiceCatalog catalog;

    private ReportIndex(Path location, Directory directory, DirectoryReader reader, ServiceCatalog catalog) {
        this.location = location;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.catalog = catalog;
    }

    /** Opens the index at {@code location}, resolving service names with the built-in catalog. */
    public static ReportIndex open(Path location) throws IndexException {
        return open(location, ServiceCatalog.builtIn());
    }

    /**
     * Opens the index at {@code location}, resolving service names with {@code catalog}.
     *
     * @throws IndexException when there is no index there, it has another schema version, or it is unreadable
     */
    public static ReportIndex open(Path location, ServiceCatalog catalog) throws IndexException {
        if (!Files.isDirectory(location)) {
            throw new IndexException(IndexException.Reason.MISSING, location, "no index at " + location, null);
        }
        Directory dir = null;
        try {
            dir = FSDirectory.open(location);
            if (!DirectoryReader.indexExists(dir)) {
                throw new IndexException(IndexException.Reason.MISSING, location, "no index at " + location, null);
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            String version = reader.getIndexCommit().getUserData().get(Schema.VERSION_KEY);
            if (!Integer.toString(Schema.VERSION).equals(version)) {
                reader.close();
                throw new IndexException(IndexException.Reason.INCOMPATIBLE, location, "the index at " + location
                        + " was written with schema version " + version + ", this recap reads version "
                        + Schema.VERSION + "; rebuild it with `recap index --full`", null);
            }
            return new ReportIndex(location, dir, reader, catalog);
        } catch (IndexException e) {
            closeQuietly(dir);
            throw e;
        } catch (IOException e) {
            closeQuietly(dir);
            throw new IndexException(IndexException.Reason.UNREADABLE, location,
                    "the index at " + location + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Where the index lives. */
    public Path location() {
        return location;
    }

    /**
     * Finds sessions.
     *
     * @throws InvalidQueryException when the query has a syntax error or names an unknown service
     */
    public SearchResult search(SearchRequest request) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_SESSION)), BooleanClause.Occur.FILTER);
        Query text = null;
        if (!request.query().isBlank()) {
            text = parse(request.query());
            b.add(text, BooleanClause.Occur.MUST);
        }
        for (String name : request.services()) {
            b.add(new TermQuery(new Term(Schema.SERVICE, resolveService(name).id())), BooleanClause.Occur.FILTER);
        }
        Query query = b.build();
        int want = request.offset() + request.limit();
        TopDocs top;
        if (text == null) {
            Sort byDate = new Sort(new SortField(Schema.DATE_DAY, SortField.Type.LONG, true),
                    new SortField(Schema.PATH, SortField.Type.STRING),
                    new SortField(Schema.SESSION_NUMBER, SortField.Type.INT));
            top = searcher.search(query, Math.max(1, want), byDate);
        } else {
            top = searcher.search(query, Math.max(1, want));
        }
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs,
                Math.min(request.offset(), top.scoreDocs.length), Math.min(want, top.scoreDocs.length));
        String[] snippets = snippets(text, page);
        List<SessionHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(page[i], snippets[i]));
        }
        return new SearchResult(request.query(), top.totalHits.value, hits);
    }

    private Query parse(String q) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(TEXT_FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(q);
        } catch (ParseException | RuntimeException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new InvalidQueryException("cannot understand the query '" + q + "': " + msg, e);
        }
    }

    private Service resolveService(String name) {
        return catalog.resolve(name).orElseThrow(() -> {
            List<Service> close = catalog.suggest(name, 3);
            String hint = close.isEmpty() ? "" : "; did you mean " + close.stream().map(Service::shortName)
                    .collect(Collectors.joining(", ")) + "?";
            return new InvalidQueryException("unknown service '" + name + "'" + hint, null);
        });
    }

    private String[] snippets(Query text, ScoreDoc[] page) throws IOException {
        String[] out = new String[page.length];
        if (text != null && page.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                    .withMaxNoHighlightPassages(0)
                    .build();
            TopDocs docs = new TopDocs(new org.apache.lucene.search.TotalHits(page.length,
                    org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), page);
            Map<String, String[]> byField = highlighter.highlightFields(
                    new String[]{Schema.SESSION_TEXT, Schema.SESSION_TITLE}, text, docs, new int[]{1, 1});
            for (int i = 0; i < page.length; i++) {
                String s = byField.get(Schema.SESSION_TEXT)[i];
                if (s == null || s.isBlank()) {
                    s = byField.get(Schema.SESSION_TITLE)[i];
                }
                out[i] = s == null ? null : oneLine(s);
            }
        }
        return out;
    }

    private SessionHit hit(ScoreDoc sd, String snippet) throws IOException {
        Document d = searcher.storedFields().document(sd.doc);
        String date = d.get(Schema.DATE);
        EventSummary event = new EventSummary(d.get(Schema.PATH), d.get(Schema.EVENT_TITLE),
                date == null ? null : LocalDate.parse(date), d.get(Schema.PATH));
        IndexableField number = d.getField(Schema.SESSION_NUMBER);
        SessionSummary session = new SessionSummary(number == null ? 0 : number.numericValue().intValue(),
                d.get(Schema.SESSION_TITLE), Part.fromLabel(d.get(Schema.PART)));
        List<Service> services = new ArrayList<>();
        for (String id : d.getValues(Schema.SERVICE)) {
            services.add(catalog.byId(id).orElse(new Service(id, id, null, null)));
        }
        if (snippet == null) {
            String text = d.get(Schema.SESSION_TEXT);
            snippet = text == null ? "" : oneLine(text.lines().findFirst().orElse(""));
        }
        float score = Float.isNaN(sd.score) ? 0f : sd.score;
        return new SessionHit(score, event, session, services, snippet);
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > SNIPPET_CHARS ? t.substring(0, SNIPPET_CHARS - 1) + "…" : t;
    }

    /** How many reports and sessions the index holds. */
    public long count(boolean sessions) throws IOException {
        return searcher.count(new TermQuery(new Term(Schema.TYPE,
                sessions ? Schema.TYPE_SESSION : Schema.TYPE_EVENT)));
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }

    private static void closeQuietly(Directory dir) {
        if (dir != null) {
            try {
                dir.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}
