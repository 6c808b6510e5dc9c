package io.recap.bench.figures;

/**
 * How a JMH figure measures: forks, warm-up and measured iterations and their length, a smoke mode (one short
 * iteration, no warm-up: proves the harness works, measures nothing) and an optional JFR recording per fork.
 *
 * @param forks      fresh JVMs per benchmark
 * @param warmups    warm-up iterations per fork
 * @param iterations measured iterations per fork
 * @param seconds    length of each iteration
 * @param smoke      one 200 ms iteration without warm-up, quiet
 * @param jfrFile    where forks record a JFR profile, or {@code null}
 */
public record JmhSettings(int forks, int warmups, int iterations, int seconds, boolean smoke, String jfrFile) {

    /** Settings for a smoke run: one fork, one 200 ms iteration. */
    public static JmhSettings quick() {
        return new JmhSettings(1, 0, 1, 0, true, null);
    }
}
