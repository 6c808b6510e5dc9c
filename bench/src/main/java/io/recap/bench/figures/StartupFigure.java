package io.recap.bench.figures;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figure 6 — startup: {@code recap --version} as a whole process against {@code java -version}, the floor of any
 * Java command line tool, median of {@code runs} interleaved rounds.
 */
public final class StartupFigure {

    private StartupFigure() {
    }

    /** Measures and returns the figure as Markdown; {@code recap} is the launcher to run ({@code bin/recap}). */
    public static String run(String recap, String jar, int runs) throws IOException {
        String machine = Machine.describe();
        List<Command> commands = List.of(
                new Command("java", List.of("java", "-version")),
                new Command("recap", List.of(recap, "--version")),
                new Command("jar", List.of("java", "-jar", jar, "--version")));
        Map<String, List<Double>> times = CommandRace.race(commands, runs);
        return String.format(Locale.ROOT, "%d rounds after one warm-up each%nmachine: %s%n%n%s", runs, machine,
                CommandRace.table(commands, times, "java -version"));
    }
}
