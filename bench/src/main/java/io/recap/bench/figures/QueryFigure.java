package io.recap.bench.figures;

import io.recap.bench.jmh.QueryBenchmark;
import io.recap.index.IndexStats;
import io.recap.index.ReportIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * Figure 4 — query in process: p50/p99 latency of term, phrase, service-filter, combined and facet searches over a
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
        IndexStats held;
        try (ReportIndex index = ReportIndex.open(recapIndex)) {
            held = index.stats();
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("recapIndex", recapIndex.toString());
        params.put("luceneIndex", luceneIndex.toString());
        String machine = Machine.describe();
        List<Map<String, RunResult>> rounds = JmhRun.rounds(QueryBenchmark.class, params, settings);
        String loadAfter = Machine.load();
        MarkdownTable t = new MarkdownTable("query", "p50 ms", "p99 ms", "samples");
        String[][] rows = {
            {"luceneTerm", "plain Lucene term query, top 10 paths (floor)"},
            {"term", "recap word query (20 EN/VI words), first page with snippets"},
            {"phrase", "recap phrase query (8 phrases)"},
            {"service", "recap `--service X` alone, newest first (10 services)"},
            {"termAndService", "recap word + `--service X`"},
            {"termFacets", "recap word + `--facets` (service, year, language counts of every match)"},
            {"serviceFacets", "recap `--service X --facets`"}};
        for (String[] row : rows) {
            List<Double> p50 = new ArrayList<>();
            List<Double> p99 = new ArrayList<>();
            long n = 0;
            for (Map<String, RunResult> r : rounds) {
                Statistics s = r.get(row[0]).getPrimaryResult().getStatistics();
                p50.add(s.getPercentile(50));
                p99.add(s.getPercentile(99));
                n += s.getN();
            }
            t.row(row[1], ms(Stats.median(p50)), ms(Stats.median(p99)), String.format(Locale.ROOT, "%,d", n));
        }
        // The target's "mix": every recap kind asked equally often, per round, then the median over rounds.
        List<Double> mix50 = new ArrayList<>();
        List<Double> mix99 = new ArrayList<>();
        long mixN = 0;
        for (Map<String, RunResult> r : rounds) {
            List<Map<Double, Long>> kinds = new ArrayList<>();
            for (String[] row : rows) {
                if (!row[0].equals("luceneTerm")) {
                    Statistics s = r.get(row[0]).getPrimaryResult().getStatistics();
                    kinds.add(raw(s));
                    mixN += s.getN();
                }
            }
            mix50.add(Stats.mixPercentile(kinds, 50));
            mix99.add(Stats.mixPercentile(kinds, 99));
        }
        t.row("**recap mix: the six kinds above asked equally often**", "**" + ms(Stats.median(mix50)) + "**",
                "**" + ms(Stats.median(mix99)) + "**", String.format(Locale.ROOT, "%,d", mixN));
        return String.format(Locale.ROOT, "index %s: %,d reports, %,d session documents; one thread; %d round(s),"
                        + " each percentile the median of the rounds' percentiles%n"
                        + "machine: %s; load after: %s%n%n%s",
                recapIndex, held.reports(), held.sessions(), rounds.size(), machine, loadAfter, t);
    }

    private static Map<Double, Long> raw(Statistics s) {
        Map<Double, Long> out = new LinkedHashMap<>();
        for (var it = s.getRawData(); it.hasNext(); ) {
            Map.Entry<Double, Long> e = it.next();
            out.merge(e.getKey(), e.getValue(), Long::sum);
        }
        return out;
    }

    private static String ms(double micros) {
        return String.format(Locale.ROOT, "%.3f", micros / 1000);
    }
}
