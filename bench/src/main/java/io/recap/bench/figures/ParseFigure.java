package io.recap.bench.figures;

import io.recap.bench.jmh.PairedParse;
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
 * (target: &lt; 25 %), measured twice: from rounds of {@link ParseBenchmark} (see {@link JmhSettings}), where
 * scores are medians over rounds of each round's median iteration and ratios are medians of the per-round ratios;
 * then {@link PairedParse}, which times the three parsers on each report in turn and takes medians over blocks of
 * reports, so that the load swings of a shared machine hit all three alike.
 */
public final class ParseFigure {

    /** Reports per block of the paired measurement (a multiple of {@link PairedParse#ORDERS}). */
    static final int BLOCK = 96;
    /** Reports per block of the paired measurement in a smoke run. */
    static final int SMOKE_BLOCK = 12;
    /** Least warm-up of the paired measurement, in seconds. */
    static final int WARMUP_SECONDS = 5;

    private ParseFigure() {
    }

    /**
     * Measures and returns the figure as Markdown.
     *
     * @param pairedReports least number of reports the paired measurement parses with each parser; 0 skips it
     *                      (a smoke run parses the archive once)
     */
    public static String run(int reports, long seed, String dir, JmhSettings settings, int pairedReports)
            throws Exception {
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
        String jmhPart = String.format(Locale.ROOT, "JMH: %s; mean %.0f bytes/report; %d round(s) × "
                        + "(%d×%d s warm-up + %d×%d s), forks %d; one thread%nmachine: %s; load after: %s%n%n%s%n"
                        + "- recap / commonmark: **%.2f×** per-round median (target ≤ 1.5×)%n"
                        + "- service detection: **%.0f %%** of recap's parse time, per-round median, range %.0f to "
                        + "%.0f %% ((built-in − empty catalog) / built-in; target < 25 %%)%n",
                source, meanBytes, rounds.size(), settings.warmups(), settings.seconds(), settings.iterations(),
                settings.seconds(), settings.forks(), machine, machineAfter, t, Stats.median(ratio),
                Stats.median(detectionPercent), min(detectionPercent), max(detectionPercent));
        if (pairedReports <= 0) {
            return jmhPart;
        }
        return jmhPart + "\n" + paired(reports, seed, dir, pairedReports, settings.smoke());
    }

    /**
     * The paired measurement ({@link PairedParse}): the three parsers on each report in turn, in blocks of
     * {@value #BLOCK} reports after a warm-up of {@value #WARMUP_SECONDS} s; a smoke run warms up with one pass,
     * measures one pass in blocks of {@value #SMOKE_BLOCK}.
     */
    static String paired(int reports, long seed, String dir, int atLeast, boolean smoke) throws Exception {
        String machine = Machine.describe();
        PairedParse.Result r = PairedParse.run(dir, reports, seed, smoke ? 0 : WARMUP_SECONDS, smoke ? 1 : atLeast,
                smoke ? SMOKE_BLOCK : BLOCK);
        String loadAfter = Machine.load();
        List<Double> ratio = new ArrayList<>();
        List<Double> noCatalog = new ArrayList<>();
        List<Double> share = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        List<Double> recap = new ArrayList<>();
        List<Double> none = new ArrayList<>();
        int measured = 0;
        for (PairedParse.Block b : r.blocks()) {
            ratio.add(b.ratio());
            noCatalog.add(b.noCatalogRatio());
            share.add(100 * b.detectionShare());
            bare.add(b.microsPerReport(b.commonmark()));
            recap.add(b.microsPerReport(b.recap()));
            none.add(b.microsPerReport(b.recapNoCatalog()));
            measured += b.reports();
        }
        MarkdownTable t = new MarkdownTable("parser", "µs/report (median block)", "reports/s", "MB/s",
                "× commonmark (median block, p10–p90)");
        row(t, "commonmark-java `Parser.parse` (floor)", Stats.median(bare), r.meanBytes(), "1.00");
        row(t, "recap `ReportParser`, built-in catalog", Stats.median(recap), r.meanBytes(), spread(ratio));
        row(t, "recap `ReportParser`, empty catalog", Stats.median(none), r.meanBytes(), spread(noCatalog));
        return String.format(Locale.ROOT, "paired: each report parsed by the three parsers in turn (order cycling "
                        + "through all six), %,d reports × %d pass(es) after %d warm-up pass(es); %,d blocks of "
                        + "%,d reports (%,d parsed per parser); one thread%nmachine: %s; load after: %s%n%n%s%n"
                        + "- recap / commonmark: **%.2f×** median block, p10–p90 %.2f to %.2f (target ≤ 1.5×)%n"
                        + "- service detection: **%.0f %%** of recap's parse time, median block, p10–p90 %.0f to "
                        + "%.0f %% ((built-in − empty catalog) / built-in; target < 25 %%)%n",
                r.reports(), r.passes(), r.warmupPasses(), r.blocks().size(), r.blocks().get(0).reports(), measured,
                machine, loadAfter, t, Stats.median(ratio), Stats.percentile(ratio, 10), Stats.percentile(ratio, 90),
                Stats.median(share), Stats.percentile(share, 10), Stats.percentile(share, 90));
    }

    private static String spread(List<Double> ratios) {
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", Stats.median(ratios), Stats.percentile(ratios, 10),
                Stats.percentile(ratios, 90));
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
