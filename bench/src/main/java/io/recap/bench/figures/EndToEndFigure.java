package io.recap.bench.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Figure 5 — query end to end: {@code recap search --service CodeDeploy --format paths} as a whole process,
 * listing every matching file (with {@code --limit} above the number of hits, as {@code rg -l} lists every file)
 * and as typed (the first page of 10 hits), against {@code rg -l -i codedeploy DIR} and
 * {@code grep -rli codedeploy DIR} over the same archive, wall time, median of {@code runs} (target: recap faster
 * than ripgrep from 10k reports up). The recap index is built first with {@code recap index} when the index
 * directory does not hold one yet. Warm page cache for all of them.
 */
public final class EndToEndFigure {

    /** More than any archive's hits: {@code --format paths} then prints every matching file. */
    static final String EVERY_HIT = "1000000";

    private EndToEndFigure() {
    }

    /** Measures and returns the figure as Markdown; {@code recap} is the launcher to run ({@code bin/recap}). */
    public static String run(Path archive, Path index, String recap, int runs) throws IOException {
        if (!Files.isDirectory(index)) {
            new Command("index", List.of(recap, "index", "--index", index.toString(), archive.toString())).output();
        }
        String machine = Machine.describe();
        Command recapAll = new Command("recap", List.of(recap, "search", "--index", index.toString(),
                "--service", "CodeDeploy", "--format", "paths", "--limit", EVERY_HIT));
        Command recapPage = new Command("recap-page", List.of(recap, "search", "--index", index.toString(),
                "--service", "CodeDeploy", "--format", "paths"));
        Command rg = new Command("rg", List.of("rg", "-l", "-i", "codedeploy", archive.toString()));
        Command grep = new Command("grep", List.of("grep", "-rli", "codedeploy", archive.toString()));
        List<Command> commands = List.of(recapAll, recapPage, rg, grep);
        Set<String> recapFiles = new HashSet<>(recapAll.output().lines().toList());
        Set<String> rgFiles = new HashSet<>(rg.output().lines().toList());
        long grepFiles = grep.output().lines().count();
        long both = recapFiles.stream().filter(rgFiles::contains).count();
        Map<String, List<Double>> times = CommandRace.race(commands, runs);
        MarkdownTable t = CommandRace.table(commands, times, "recap");
        double recapMs = Stats.median(times.get("recap"));
        double rgMs = Stats.median(times.get("rg"));
        double grepMs = Stats.median(times.get("grep"));
        double pageMs = Stats.median(times.get("recap-page"));
        return String.format(Locale.ROOT, "archive %s; %d rounds after one warm-up each; warm page cache%n"
                        + "answers: recap %,d files (%,d of them also in rg's list); rg %,d files; grep %,d files%n"
                        + "machine: %s%n%n%s%n"
                        + "- every matching file: recap / rg **%.2f×**, recap / grep **%.2f×**; first page (as "
                        + "typed): recap / rg **%.2f×**, recap / grep **%.2f×** (below 1 means recap is faster)%n",
                archive, runs, recapFiles.size(), both, rgFiles.size(), grepFiles, machine, t, recapMs / rgMs,
                recapMs / grepMs, pageMs / rgMs, pageMs / grepMs);
    }
}
