package io.recap.bench.figures;

/**
 * How a JMH figure measures. The machines these figures run on are shared and noisy (load swings by 2–3× within
 * seconds), so a figure runs its benchmarks in {@code rounds}: each round runs every benchmark briefly, one after
 * the other, and the figure takes per-round ratios and their median. With {@code forks = 0} all rounds share one
 * JVM, so the JIT warms up once (in a discarded first round) and later rounds measure compiled code; with
 * {@code forks ≥ 1} every benchmark of every round gets fresh JVMs, as JMH recommends for quiet machines.
 *
 * @param rounds     measured rounds (a warm-up round comes first when {@code forks = 0})
 * @param forks      fresh JVMs per benchmark and round; 0 runs in this JVM
 * @param warmups    warm-up iterations per benchmark and round
 * @param iterations measured iterations per benchmark and round
 * @param seconds    length of each iteration
 * @param smoke      one 200 ms iteration without warm-up, quiet: proves the harness works, measures nothing
 * @param jfrFile    where forks record a JFR profile, or {@code null}
 */
public record JmhSettings(int rounds, int forks, int warmups, int iterations, int seconds, boolean smoke,
                          String jfrFile) {

    /** Settings for a smoke run: one round, one fork, one 200 ms iteration. */
    public static JmhSettings quick() {
        return new JmhSettings(1, 1, 0, 1, 0, true, null);
    }
}
