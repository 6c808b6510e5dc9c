package io.recap.bench.figures;

import io.recap.bench.gen.ArchiveToucher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Figure 3 — incremental: a recap index run after {@code percent}% of the files changed, against a full run of
 * the same archive measured in the same session (target: ≤ 10 % of the full run at 1 %). Each round rebuilds the
 * index in full, touches a fresh deterministic 1 % ({@link ArchiveToucher}, seed = round), re-indexes, then
 * re-indexes once more with nothing changed. <b>Changes the archive</b> (lines appended to the touched files).
 */
public final class IncrementalFigure {

    private IncrementalFigure() {
    }

    /** Measures and returns the figure as Markdown. */
    public static String run(Path archive, Path work, int threads, int runs, double percent, List<String> jvmArgs)
            throws IOException {
        Files.createDirectories(work);
        String machine = Machine.describe();
        Path index = work.resolve("incremental-index");
        List<Double> full = new ArrayList<>();
        List<Double> incremental = new ArrayList<>();
        List<Double> unchanged = new ArrayList<>();
        double docs = 0;
        int touched = 0;
        int reindexed = 0;
        for (int i = 1; i <= runs; i++) {
            IndexFigure.fresh(index);
            ChildJvm.Result f = run(jvmArgs, archive, index, threads, "full");
            full.add(f.number("seconds"));
            docs = f.number("docs");
            touched = new ArchiveToucher().touch(archive, percent, i).size();
            ChildJvm.Result inc = run(jvmArgs, archive, index, threads, "incremental");
            incremental.add(inc.number("seconds"));
            reindexed = (int) inc.number("indexed");
            ChildJvm.Result none = run(jvmArgs, archive, index, threads, "incremental");
            unchanged.add(none.number("seconds"));
            System.err.printf(Locale.ROOT, "recap-bench: round %d full %.1f s, %d changed %.1f s, none changed "
                    + "%.1f s%n", i, f.number("seconds"), reindexed, inc.number("seconds"), none.number("seconds"));
        }
        double fm = Stats.median(full);
        MarkdownTable t = new MarkdownTable("run", "seconds (median)", "× full run");
        t.row("full (`--full`, fresh index)", IndexFigure.f2(fm), "1.00");
        t.row(String.format(Locale.ROOT, "incremental, %s %% changed (%,d files re-indexed)", trim(percent),
                reindexed), IndexFigure.f2(Stats.median(incremental)),
                IndexFigure.f2(Stats.median(incremental) / fm));
        t.row("incremental, nothing changed", IndexFigure.f2(Stats.median(unchanged)),
                IndexFigure.f2(Stats.median(unchanged) / fm));
        return String.format(Locale.ROOT, "archive %s: %,.0f reports; %d round(s); %d files touched per round%n"
                        + "machine: %s%n%n%s%n- incremental / full: **%.1f %%** (target ≤ 10 %%)%n",
                archive, docs, runs, touched, machine, t, 100 * Stats.median(incremental) / fm);
    }

    private static ChildJvm.Result run(List<String> jvmArgs, Path archive, Path index, int threads, String mode)
            throws IOException {
        return ChildJvm.run(jvmArgs, IndexChild.class, "recap", archive.toString(), index.toString(),
                Integer.toString(threads), mode);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
