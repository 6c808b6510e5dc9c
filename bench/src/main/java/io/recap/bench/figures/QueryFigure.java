package io.recap.bench.figures;

import io.recap.bench.jmh.QueryBenchmark;
import io.recap.index.ReportIndex;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * Figure 4 — query in process: p50/p99 latency of term, phrase, service-filter and combined searches over a
 * recap index (target: p50 ≤ 2 ms, p99 ≤ 20 ms at 100k reports), with plain Lucene term queries over the raw
 * files as the floor, all in one JMH run of {@link QueryBenchmark} (sample mode, all iterations pooled).
 */
public final class QueryFigure {

    private QueryFigure() {
    }

    /** Measures and returns the figure as Markdown; the work directory holds the indexes of {@link IndexFigure}. */
    public static String run(Path work, JmhSettings settings) throws Exception {
        Path recapIndex = work.resolve("recap-index");
        Path luceneIndex = work.resolve("lucene-index");
        long reports;
        long sessions;
        try (ReportIndex index = ReportIndex.open(recapIndex)) {
            reports = index.count(false);
            sessions = index.count(true);
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("recapIndex", recapIndex.toString());
        params.put("luceneIndex", luceneIndex.toString());
        String machine = Machine.describe();
        Map<String, RunResult> r = JmhRun.run(QueryBenchmark.class, params, settings);
        MarkdownTable t = new MarkdownTable("query", "p50 ms", "p99 ms", "samples");
        String[][] rows = {
            {"luceneTerm", "plain Lucene term query, top 10 paths (floor)"},
            {"term", "recap word query (20 EN/VI words), first page with snippets"},
            {"phrase", "recap phrase query (8 phrases)"},
            {"service", "recap `--service X` alone, newest first (10 services)"},
            {"termAndService", "recap word + `--service X`"}};
        for (String[] row : rows) {
            Statistics s = r.get(row[0]).getPrimaryResult().getStatistics();
            t.row(row[1], ms(s.getPercentile(50)), ms(s.getPercentile(99)), String.format(Locale.ROOT, "%,d",
                    s.getN()));
        }
        return String.format(Locale.ROOT, "index %s: %,d reports, %,d session documents; one thread%n"
                + "machine: %s%n%n%s", recapIndex, reports, sessions, machine, t);
    }

    private static String ms(double micros) {
        return String.format(Locale.ROOT, "%.3f", micros / 1000);
    }
}
