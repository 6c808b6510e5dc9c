package io.recap.bench.figures;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times several commands against each other: one untimed warm-up each, then {@code runs} rounds in which every
 * command runs once (so a noisy moment hurts all of them alike). The figure is each command's median wall time.
 */
final class CommandRace {

    private CommandRace() {
    }

    /** Wall times in seconds by command label. */
    static Map<String, List<Double>> race(List<Command> commands, int runs) throws IOException {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (Command c : commands) {
            c.time();
            times.put(c.label(), new ArrayList<>());
        }
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < commands.size(); k++) {
                Command c = commands.get((i + k) % commands.size());
                times.get(c.label()).add(c.time());
            }
        }
        return times;
    }

    /** A table of medians and minimums with ratios against the first command. */
    static MarkdownTable table(List<Command> commands, Map<String, List<Double>> times, String ratioTo) {
        MarkdownTable t = new MarkdownTable("command", "median ms", "min ms", "× " + ratioTo);
        double base = Stats.median(times.get(commands.get(0).label()));
        for (Command c : commands) {
            List<Double> v = times.get(c.label());
            t.row("`" + c.shell() + "`", ms(Stats.median(v)), ms(v.stream().mapToDouble(Double::doubleValue).min()
                    .orElse(Double.NaN)), String.format(Locale.ROOT, "%.2f", Stats.median(v) / base));
        }
        return t;
    }

    private static String ms(double seconds) {
        return String.format(Locale.ROOT, "%,.0f", seconds * 1000);
    }
}
