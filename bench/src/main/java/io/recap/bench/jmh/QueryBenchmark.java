package io.recap.bench.jmh;

import io.recap.bench.baseline.PlainLuceneIndexer;
import io.recap.index.ReportIndex;
import io.recap.index.SearchRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Query figure (issue 7, item 4): latency of one search in process, sampled (p50/p99), over an index built
 * beforehand. Each operation asks the next question of its {@link QueryMix} list and fetches the first page of
 * 10 hits as {@code recap search} shows them (stored fields, snippets); the facet methods also count every
 * match by service, year and language ({@code recap search … --facets}). The baseline {@code luceneTerm} asks the
 * same words of a plain Lucene index of the raw files (one text field, StandardAnalyzer) and reads the path of
 * its top 10.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBenchmark {

    /** The recap index. */
    @Param("")
    public String recapIndex;
    /** The plain Lucene index of the same archive. */
    @Param("")
    public String luceneIndex;

    private ReportIndex index;
    private DirectoryReader luceneReader;
    private IndexSearcher lucene;
    private final QueryBuilder luceneQueries = new QueryBuilder(new StandardAnalyzer());
    private int term;
    private int phrase;
    private int service;
    private int combined;
    private int termFacets;
    private int serviceFacets;
    private int baseline;

    /** Opens both indexes. */
    @Setup
    public void setUp() throws IOException {
        index = ReportIndex.open(Path.of(recapIndex));
        luceneReader = DirectoryReader.open(FSDirectory.open(Path.of(luceneIndex)));
        lucene = new IndexSearcher(luceneReader);
    }

    /** Closes both indexes. */
    @TearDown
    public void tearDown() throws IOException {
        index.close();
        luceneReader.close();
    }

    private static String next(List<String> list, int i) {
        return list.get(Math.floorMod(i, list.size()));
    }

    /** A word: {@code recap search WORD}. */
    @Benchmark
    public Object term() throws IOException {
        return index.search(SearchRequest.builder().query(next(QueryMix.TERMS, term++)).build());
    }

    /** A phrase: {@code recap search '"least privilege"'}. */
    @Benchmark
    public Object phrase() throws IOException {
        return index.search(SearchRequest.builder().query(next(QueryMix.PHRASES, phrase++)).build());
    }

    /** A service filter alone: {@code recap search --service CodeDeploy} (newest first). */
    @Benchmark
    public Object service() throws IOException {
        return index.search(SearchRequest.builder().service(next(QueryMix.SERVICES, service++)).build());
    }

    /** A word and a service filter: {@code recap search pipeline --service CodeDeploy}. */
    @Benchmark
    public Object termAndService() throws IOException {
        int i = combined++;
        return index.search(SearchRequest.builder().query(next(QueryMix.TERMS, i))
                .service(next(QueryMix.SERVICES, i)).build());
    }

    /**
     * A word with facet counts: {@code recap search WORD --facets} (first page, and every match counted by
     * service, year and language).
     */
    @Benchmark
    public Object termFacets() throws IOException {
        return index.search(SearchRequest.builder().query(next(QueryMix.TERMS, termFacets++)).facets(true)
                .build());
    }

    /** A service filter with facet counts: {@code recap search --service CodeDeploy --facets}. */
    @Benchmark
    public Object serviceFacets() throws IOException {
        return index.search(SearchRequest.builder().service(next(QueryMix.SERVICES, serviceFacets++)).facets(true)
                .build());
    }

    /** The floor: the same words asked of a plain Lucene index of the raw files, top 10 paths read. */
    @Benchmark
    public Object luceneTerm() throws IOException {
        String q = next(QueryMix.TERMS, baseline++).toLowerCase(Locale.ROOT);
        Query query = luceneQueries.createBooleanQuery(PlainLuceneIndexer.TEXT, q, BooleanClause.Occur.MUST);
        if (query == null) {
            query = new BooleanQuery.Builder().build();
        }
        TopDocs top = lucene.search(query, 10);
        StringBuilder paths = new StringBuilder();
        for (ScoreDoc sd : top.scoreDocs) {
            paths.append(lucene.storedFields().document(sd.doc).get(PlainLuceneIndexer.PATH));
        }
        return paths;
    }
}
