package io.recap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {

    @Test
    void readsOptionsFlagsAndPositionals() {
        Args a = new Args(List.of("--reports", "10_000", "--seed=7", "--smoke", "/tmp/x"),
                Set.of("reports", "seed"), Set.of("smoke"));

        assertThat(a.integer("reports", 0)).isEqualTo(10_000);
        assertThat(a.longValue("seed", 0)).isEqualTo(7);
        assertThat(a.flag("smoke")).isTrue();
        assertThat(a.single("DIR")).isEqualTo("/tmp/x");
        assertThat(a.integer("threads", 2)).isEqualTo(2);
    }

    @Test
    void refusesUnknownOptionsAndMissingValues() {
        assertThatThrownBy(() -> new Args(List.of("--report", "5"), Set.of("reports"), Set.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--report");
        assertThatThrownBy(() -> new Args(List.of("--reports"), Set.of("reports"), Set.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("needs a value");
        Args bad = new Args(List.of("--reports", "many"), Set.of("reports"), Set.of());
        assertThatThrownBy(() -> bad.integer("reports", 0)).isInstanceOf(UsageException.class);
    }
}
