package io.recap.bench.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
    void noValuesIsAnError() {
        assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
