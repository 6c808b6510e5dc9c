package io.recap.bench.figures;

import io.recap.bench.jmh.ParseBenchmark;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;

/**
 * Figure 1 — parse: reports/s and MB/s of {@link io.recap.parser.ReportParser} against commonmark-java's bare
 * parse of the same files (target: ≤ 1.5× its time), and the share of parse time spent detecting services
 * (target: &lt; 25 %), all from one JMH run of {@link ParseBenchmark}. Medians of the iterations.
 */
public final class ParseFigure {

    private ParseFigure() {
    }

    /** Measures and returns the figure as Markdown. */
    public static String run(int reports, long seed, String dir, JmhSettings settings) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("reports", Integer.toString(reports));
        params.put("seed", Long.toString(seed));
        params.put("dir", dir == null ? "" : dir);
        String machine = Machine.describe();
        Map<String, RunResult> r = JmhRun.run(ParseBenchmark.class, params, settings);
        double meanBytes = ParseBenchmark.meanBytes(dir, reports, seed);
        double bare = Stats.median(JmhRun.iterationScores(r.get("commonmarkBare")));
        double recap = Stats.median(JmhRun.iterationScores(r.get("recap")));
        double noCatalog = Stats.median(JmhRun.iterationScores(r.get("recapNoCatalog")));
        MarkdownTable t = new MarkdownTable("parser", "µs/report (median)", "reports/s", "MB/s",
                "× commonmark");
        row(t, "commonmark-java `Parser.parse` (floor)", bare, meanBytes, bare);
        row(t, "recap `ReportParser`, built-in catalog", recap, meanBytes, bare);
        row(t, "recap `ReportParser`, empty catalog", noCatalog, meanBytes, bare);
        String source = dir == null || dir.isBlank()
                ? String.format(Locale.ROOT, "generated archive: %,d reports, seed %d", reports, seed)
                : "archive " + dir;
        return String.format(Locale.ROOT, "%s; mean %.0f bytes/report%nmachine: %s%n%n%s%n"
                        + "- recap / commonmark: **%.2f×** (target ≤ 1.5×)%n"
                        + "- service detection: **%.0f %%** of recap's parse time "
                        + "((built-in − empty catalog) / built-in; target < 25 %%)%n",
                source, meanBytes, machine, t, recap / bare, 100 * (recap - noCatalog) / recap);
    }

    private static void row(MarkdownTable t, String name, double micros, double meanBytes, double bare) {
        t.row(name, String.format(Locale.ROOT, "%.1f", micros),
                String.format(Locale.ROOT, "%,.0f", 1e6 / micros),
                String.format(Locale.ROOT, "%.1f", meanBytes / micros),
                String.format(Locale.ROOT, "%.2f", micros / bare));
    }
}
