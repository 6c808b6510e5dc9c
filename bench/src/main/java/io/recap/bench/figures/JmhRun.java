package io.recap.bench.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the methods of one JMH benchmark class and returns their results by method name. The settings that all
 * figures share live here: forks, warm-up and measurement iterations, a smoke mode (one short iteration, no
 * warm-up: proves the harness works, measures nothing) and an optional JFR recording per fork.
 */
final class JmhRun {

    /** Where JMH writes its progress and raw results (the last round's). */
    static final String LOG = System.getProperty("java.io.tmpdir") + "/recap-bench-jmh.log";

    private JmhRun() {
    }

    /**
     * Runs every benchmark method of {@code benchmark} with {@code params} once per round ({@link JmhSettings}).
     *
     * @return per measured round, results by method name
     */
    static List<Map<String, RunResult>> rounds(Class<?> benchmark, Map<String, String> params, JmhSettings s)
            throws RunnerException {
        List<Map<String, RunResult>> out = new ArrayList<>();
        int total = s.rounds() + (s.forks() == 0 && !s.smoke() ? 1 : 0);
        for (int i = 0; i < total; i++) {
            System.err.printf("recap-bench: %s round %d of %d%s%n", benchmark.getSimpleName(), i + 1, total,
                    total > s.rounds() && i == 0 ? " (warm-up, discarded)" : "");
            Map<String, RunResult> r = run(benchmark, params, s);
            if (total == s.rounds() || i > 0) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Runs every benchmark method of {@code benchmark} with {@code params}.
     *
     * @return results by method name, in the order JMH ran them
     */
    static Map<String, RunResult> run(Class<?> benchmark, Map<String, String> params, JmhSettings s)
            throws RunnerException {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .forks(s.forks())
                .warmupIterations(s.warmups())
                .measurementIterations(s.iterations())
                .warmupTime(TimeValue.seconds(Math.max(1, s.seconds())))
                .measurementTime(s.smoke() ? TimeValue.milliseconds(200) : TimeValue.seconds(s.seconds()))
                .verbosity(s.smoke() ? VerboseMode.SILENT : VerboseMode.NORMAL)
                .shouldFailOnError(true);
        if (!s.smoke()) {
            o.output(LOG); // JMH's own progress; the figure goes to stdout
        }
        for (Map.Entry<String, String> p : params.entrySet()) {
            o.param(p.getKey(), p.getValue());
        }
        if (s.jfrFile() != null) {
            o.jvmArgsAppend("-XX:StartFlightRecording=filename=" + s.jfrFile() + ",settings=profile");
        }
        Collection<RunResult> results = new Runner(o.build()).run();
        Map<String, RunResult> byMethod = new LinkedHashMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            byMethod.put(label.substring(label.lastIndexOf('.') + 1), r);
        }
        return byMethod;
    }

    /** The primary score of every measured iteration of every fork. */
    static List<Double> iterationScores(RunResult r) {
        List<Double> out = new ArrayList<>();
        for (BenchmarkResult b : r.getBenchmarkResults()) {
            for (IterationResult i : b.getIterationResults()) {
                out.add(i.getPrimaryResult().getScore());
            }
        }
        return out;
    }
}
