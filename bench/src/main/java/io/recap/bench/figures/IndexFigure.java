package io.recap.bench.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Figure 2 — index: a full recap index run (read, parse, index, commit) against plain Lucene indexing of the same
 * raw files (target: ≤ 2× its time, ≥ 1,500 reports/s on 2 threads), and the peak RSS of each with the default
 * heap (target ≤ 512 MB at 100k reports). Every run is a fresh JVM ({@link IndexChild}); the two alternate, and
 * the figure is the median of {@code runs}. Leaves both indexes in the work directory for the query figure.
 */
public final class IndexFigure {

    private IndexFigure() {
    }

    /** Measures and returns the figure as Markdown. */
    public static String run(Path archive, Path work, int threads, int runs, List<String> jvmArgs)
            throws IOException {
        Files.createDirectories(work);
        String machine = Machine.describe();
        ChildJvm.Result read = ChildJvm.run(jvmArgs, IndexChild.class, "read", archive.toString());
        double docs = read.number("docs");
        double megabytes = read.number("bytes") / 1e6;
        List<Double> lucene = new ArrayList<>();
        List<Double> recap = new ArrayList<>();
        List<Double> luceneRss = new ArrayList<>();
        List<Double> recapRss = new ArrayList<>();
        long sessions = 0;
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < 2; k++) {
                boolean recapTurn = (i + k) % 2 == 1;
                if (recapTurn) {
                    Path index = fresh(work.resolve("recap-index"));
                    ChildJvm.Result r = ChildJvm.run(jvmArgs, IndexChild.class, "recap", archive.toString(),
                            index.toString(), Integer.toString(threads), "full");
                    recap.add(r.number("seconds"));
                    recapRss.add(r.number("rss_kib") / 1024);
                    sessions = (long) r.number("sessions");
                    System.err.printf(Locale.ROOT, "recap-bench: run %d recap %.1f s%n", i + 1, r.number("seconds"));
                } else {
                    Path index = fresh(work.resolve("lucene-index"));
                    ChildJvm.Result r = ChildJvm.run(jvmArgs, IndexChild.class, "lucene", archive.toString(),
                            index.toString(), Integer.toString(threads));
                    lucene.add(r.number("seconds"));
                    luceneRss.add(r.number("rss_kib") / 1024);
                    System.err.printf(Locale.ROOT, "recap-bench: run %d lucene %.1f s%n", i + 1,
                            r.number("seconds"));
                }
            }
        }
        double l = Stats.median(lucene);
        double r = Stats.median(recap);
        MarkdownTable t = new MarkdownTable("indexer", "seconds (median)", "reports/s", "MB/s", "× plain Lucene",
                "peak RSS MB (median, max)");
        t.row("plain Lucene, raw file as one `StandardAnalyzer` field (floor)", f2(l), f0(docs / l),
                f1(megabytes / l), "1.00", f0(Stats.median(luceneRss)) + ", " + f0(max(luceneRss)));
        t.row("recap `ArchiveIndexer` full run", f2(r), f0(docs / r), f1(megabytes / r), f2(r / l),
                f0(Stats.median(recapRss)) + ", " + f0(max(recapRss)));
        return String.format(Locale.ROOT, "archive %s: %,.0f reports, %.1f MB, %,d sessions in the recap index; "
                        + "%d threads each (recap: `threads(%5$d)` workers fed by its reader thread; Lucene: "
                        + "%5$d threads reading and adding), %d runs each, alternating; JVM options %s; "
                        + "reading all files once: %.2f s%n"
                        + "machine: %s%n%n%s%n- recap / plain Lucene: **%.2f×** (target ≤ 2×); recap: **%,.0f "
                        + "reports/s** (target ≥ 1,500)%n",
                archive, docs, megabytes, sessions, threads, runs, jvmArgs.isEmpty() ? "default" : jvmArgs,
                read.number("seconds"), machine, t, r / l,
                docs / r);
    }

    static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return dir;
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static String f0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
