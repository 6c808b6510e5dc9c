package io.recap.bench.figures;

import java.util.ArrayList;
import java.util.List;

/** Order statistics of measured values. */
public final class Stats {

    private Stats() {
    }

    /** The median (mean of the two middle values for an even count). */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    /** The {@code p}-th percentile (0–100), nearest-rank. */
    public static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * v.size());
        return v.get(Math.max(0, Math.min(v.size() - 1, rank - 1)));
    }
}
