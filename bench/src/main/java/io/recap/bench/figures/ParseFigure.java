package io.recap.bench.figures;

import io.recap.bench.jmh.ParseBenchmark;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;

/**
 * Figure 1 — parse: reports/s and MB/s of {@link io.recap.parser.ReportParser} against commonmark-java's bare
 * parse of the same files (target: ≤ 1.5× its time), and the share of parse time spent detecting services
 * (target: &lt; 25 %), from rounds of {@link ParseBenchmark} (see {@link JmhSettings}): scores are medians over
 * rounds of each round's median iteration, ratios are medians of the per-round ratios.
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
        List<Map<String, RunResult>> rounds = JmhRun.rounds(ParseBenchmark.class, params, settings);
        String machineAfter = Machine.load();
        double meanBytes = ParseBenchmark.meanBytes(dir, reports, seed);
        List<Double> bare = new ArrayList<>();
        List<Double> recap = new ArrayList<>();
        List<Double> noCatalog = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        List<Double> detection = new ArrayList<>();
        for (Map<String, RunResult> r : rounds) {
            double b = Stats.median(JmhRun.iterationScores(r.get("commonmarkBare")));
            double c = Stats.median(JmhRun.iterationScores(r.get("recap")));
            double n = Stats.median(JmhRun.iterationScores(r.get("recapNoCatalog")));
            bare.add(b);
            recap.add(c);
            noCatalog.add(n);
            ratio.add(c / b);
            detection.add((c - n) / c);
        }
        MarkdownTable t = new MarkdownTable("parser", "µs/report (median)", "reports/s", "MB/s", "× commonmark");
        double b = Stats.median(bare);
        row(t, "commonmark-java `Parser.parse` (floor)", b, meanBytes, "1.00");
        row(t, "recap `ReportParser`, built-in catalog", Stats.median(recap), meanBytes, range(ratio));
        List<Double> noCatalogRatio = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            noCatalogRatio.add(noCatalog.get(i) / bare.get(i));
        }
        row(t, "recap `ReportParser`, empty catalog", Stats.median(noCatalog), meanBytes, range(noCatalogRatio));
        String source = dir == null || dir.isBlank()
                ? String.format(Locale.ROOT, "generated archive: %,d reports, seed %d", reports, seed)
                : "archive " + dir;
        List<Double> detectionPercent = detection.stream().map(d -> 100 * d).toList();
        return String.format(Locale.ROOT, "%s; mean %.0f bytes/report; %d round(s) × (%d×%d s warm-up + %d×%d s),"
                        + " forks %d; one thread%nmachine: %s; load after: %s%n%n%s%n"
                        + "- recap / commonmark: **%.2f×** per-round median (target ≤ 1.5×)%n"
                        + "- service detection: **%.0f %%** of recap's parse time, per-round median, range %.0f to "
                        + "%.0f %% ((built-in − empty catalog) / built-in; target < 25 %%)%n",
                source, meanBytes, rounds.size(), settings.warmups(), settings.seconds(), settings.iterations(),
                settings.seconds(), settings.forks(), machine, machineAfter, t, Stats.median(ratio),
                Stats.median(detectionPercent), min(detectionPercent), max(detectionPercent));
    }

    private static String range(List<Double> ratios) {
        return String.format(Locale.ROOT, "%.2f (rounds %.2f–%.2f)", Stats.median(ratios), min(ratios), max(ratios));
    }

    private static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static void row(MarkdownTable t, String name, double micros, double meanBytes, String ratio) {
        t.row(name, String.format(Locale.ROOT, "%.1f", micros),
                String.format(Locale.ROOT, "%,.0f", 1e6 / micros),
                String.format(Locale.ROOT, "%.1f", meanBytes / micros), ratio);
    }
}
