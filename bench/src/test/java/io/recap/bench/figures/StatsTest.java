package io.recap.bench.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianOfOddAndEvenCountsIgnoresOrder() {
        assertThat(Stats.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }

    @Test
    void percentileIsNearestRank() {
        List<Double> hundred = new java.util.ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            hundred.add((double) i);
        }
        assertThat(Stats.percentile(hundred, 50)).isEqualTo(50.0);
        assertThat(Stats.percentile(hundred, 99)).isEqualTo(99.0);
        assertThat(Stats.percentile(hundred, 100)).isEqualTo(100.0);
        assertThat(Stats.percentile(List.of(7.0), 99)).isEqualTo(7.0);
    }

    @Test
    void percentilesOfAFewValuesAreValuesTheyHold() {
        // the paired parse figure's p10–p90 of a handful of blocks: nearest rank never interpolates
        List<Double> five = List.of(3.0, 1.0, 5.0, 2.0, 4.0);
        assertThat(Stats.percentile(five, 0)).isEqualTo(1.0);
        assertThat(Stats.percentile(five, 10)).isEqualTo(1.0);
        assertThat(Stats.percentile(five, 20)).isEqualTo(1.0);
        assertThat(Stats.percentile(five, 21)).isEqualTo(2.0);
        assertThat(Stats.percentile(five, 90)).isEqualTo(5.0);
        assertThat(Stats.percentile(List.of(2.0, 1.0), 50)).isEqualTo(1.0);
        assertThat(Stats.percentile(List.of(2.0, 1.0), 51)).isEqualTo(2.0);
        assertThatThrownBy(() -> Stats.percentile(List.of(), 50)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMixWeighsEveryDistributionTheSameHoweverManySamplesItHas() {
        // 900 fast samples at 1 and 100 slow ones at 10: pooled, the median is 1; as an equal mix, half the
        // weight is at 1 and half at 10, so the median is 1 and every percentile above 50 is 10.
        Map<Double, Long> fast = Map.of(1.0, 900L);
        Map<Double, Long> slow = Map.of(10.0, 100L);
        assertThat(Stats.mixPercentile(List.of(fast, slow), 50)).isEqualTo(1.0);
        assertThat(Stats.mixPercentile(List.of(fast, slow), 51)).isEqualTo(10.0);
        assertThat(Stats.mixPercentile(List.of(fast, slow), 99)).isEqualTo(10.0);
        Map<Double, Long> spread = new java.util.TreeMap<>();
        for (int i = 1; i <= 100; i++) {
            spread.put((double) i, 3L);
        }
        assertThat(Stats.mixPercentile(List.of(spread), 99)).isEqualTo(99.0);
        assertThat(Stats.mixPercentile(List.of(spread, Map.of()), 50)).isEqualTo(50.0);
    }

    @Test
    void noValuesIsAnError() {
        assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
