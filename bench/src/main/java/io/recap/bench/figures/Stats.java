package io.recap.bench.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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

    /**
     * The {@code p}-th percentile (0–100) of an equal mix of several distributions, each given as value → count
     * (as JMH's sample mode reports them): the smallest value at which the mix's cumulative weight, every
     * distribution weighing the same however many samples it has, reaches {@code p} %. A mix of query kinds asked
     * equally often, although the fast kinds got more samples in the same time.
     */
    public static double mixPercentile(List<Map<Double, Long>> distributions, double p) {
        List<double[]> weighted = new ArrayList<>();
        for (Map<Double, Long> d : distributions) {
            long n = d.values().stream().mapToLong(Long::longValue).sum();
            if (n == 0) {
                continue;
            }
            d.forEach((value, count) -> weighted.add(new double[] {value, count / (double) n}));
        }
        if (weighted.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        weighted.sort(Comparator.comparingDouble(w -> w[0]));
        double total = weighted.stream().mapToDouble(w -> w[1]).sum();
        double goal = p / 100.0 * total;
        double sum = 0;
        for (double[] w : weighted) {
            sum += w[1];
            if (sum >= goal - 1e-9 * total) {
                return w[0];
            }
        }
        return weighted.get(weighted.size() - 1)[0];
    }
}
