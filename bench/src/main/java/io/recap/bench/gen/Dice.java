package io.recap.bench.gen;

import java.util.List;

/**
 * A small, fully specified pseudo-random source (SplitMix64) so that the generator writes the same bytes for the
 * same seed on every JDK. Not thread-safe: each report draws from its own {@code Dice}.
 */
public final class Dice {

    private long state;

    /** Dice starting from {@code seed}. */
    public Dice(long seed) {
        this.state = seed;
    }

    /** Dice for one item of a seeded run, independent of every other item: the same (seed, keys) roll the same. */
    public static Dice of(long seed, long... keys) {
        long s = mix(seed ^ 0x6A09E667F3BCC909L);
        for (long k : keys) {
            s = mix(s + k * 0x9E3779B97F4A7C15L);
        }
        return new Dice(s);
    }

    /** The next 64 random bits. */
    public long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A number in {@code [0, bound)}. */
    public int below(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }

    /** A number in {@code [lo, hi]}. */
    public int between(int lo, int hi) {
        return lo + below(hi - lo + 1);
    }

    /** A number in {@code [0, 1)}. */
    public double unit() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return unit() < p;
    }

    /** A standard normal number (Box–Muller). */
    public double gaussian() {
        double u = Math.max(unit(), 1e-12);
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * unit());
    }

    /** One element of a non-empty list. */
    public <T> T pick(List<T> items) {
        return items.get(below(items.size()));
    }

    /** One element of a non-empty array. */
    @SafeVarargs
    public final <T> T pick(T... items) {
        return items[below(items.length)];
    }
}
