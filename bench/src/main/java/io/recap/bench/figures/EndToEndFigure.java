package io.recap.bench.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure 5 — query end to end: {@code recap search --service CodeDeploy} as a whole process, listing every hit
 * (as {@code rg -l} lists every file) and showing the first page of 10, against {@code rg -l -i codedeploy DIR}
 * and {@code grep -rli codedeploy DIR} over the same archive, wall time, median of {@code runs} (target: recap
 * faster than ripgrep from 10k reports up). The recap index is built first with
 * {@code recap index} when the index directory does not hold one yet. Warm page cache for all three.
 */
public final class EndToEndFigure {

    private static final Pattern PATH_FIELD = Pattern.compile("\"path\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private EndToEndFigure() {
    }

    /** Measures and returns the figure as Markdown; {@code recap} is the launcher to run ({@code bin/recap}). */
    public static String run(Path archive, Path index, String recap, int runs) throws IOException {
        if (!Files.isDirectory(index)) {
            new Command("index", List.of(recap, "index", "--index", index.toString(), archive.toString())).output();
        }
        String machine = Machine.describe();
        Command recapSearch = new Command("recap", List.of(recap, "search", "--index", index.toString(),
                "--service", "CodeDeploy", "--limit", "1000000", "--format", "json"));
        Command recapPage = new Command("recap-page", List.of(recap, "search", "--index", index.toString(),
                "--service", "CodeDeploy"));
        Command rg = new Command("rg", List.of("rg", "-l", "-i", "codedeploy", archive.toString()));
        Command grep = new Command("grep", List.of("grep", "-rli", "codedeploy", archive.toString()));
        List<Command> commands = List.of(recapSearch, recapPage, rg, grep);
        Set<String> recapFiles = new HashSet<>();
        Matcher m = PATH_FIELD.matcher(recapSearch.output());
        int hits = 0;
        while (m.find()) {
            recapFiles.add(m.group(1));
            hits++;
        }
        long rgFiles = rg.output().lines().count();
        long grepFiles = grep.output().lines().count();
        Map<String, List<Double>> times = CommandRace.race(commands, runs);
        MarkdownTable t = CommandRace.table(commands, times, "recap");
        double recapMs = Stats.median(times.get("recap"));
        double rgMs = Stats.median(times.get("rg"));
        return String.format(Locale.ROOT, "archive %s; %d rounds after one warm-up each; warm page cache%n"
                        + "answers: recap %,d session hits in %,d files (`--limit 1000000 --format json`; "
                        + "`--format paths` does not exist yet); rg %,d files; grep %,d files%nmachine: %s%n%n%s%n"
                        + "- recap (every hit) / rg: **%.2f×**; recap (first page of 10) / rg: **%.2f×** (below 1 "
                        + "means recap is faster)%n",
                archive, runs, hits, recapFiles.size(), rgFiles, grepFiles, machine, t, recapMs / rgMs,
                Stats.median(times.get("recap-page")) / rgMs);
    }
}
