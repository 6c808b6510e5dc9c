package io.recap.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairedParseTest {

    @Test
    void sixConsecutiveTurnsRunEveryOrderOnceSoEachParserHoldsEachPlaceTwice() {
        for (long start : new long[] {0, 5, 1_000_003}) {
            Set<List<Integer>> orders = new HashSet<>();
            int[][] placeCount = new int[3][3];
            Map<List<Integer>, Integer> follows = new HashMap<>();
            for (long turn = start; turn < start + PairedParse.ORDERS; turn++) {
                List<Integer> order = List.of(PairedParse.parserAt(turn, 0), PairedParse.parserAt(turn, 1),
                        PairedParse.parserAt(turn, 2));
                assertThat(order).containsExactlyInAnyOrder(0, 1, 2);
                orders.add(order);
                for (int place = 0; place < 3; place++) {
                    placeCount[order.get(place)][place]++;
                }
                follows.merge(order.subList(0, 2), 1, Integer::sum);
                follows.merge(order.subList(1, 3), 1, Integer::sum);
            }
            assertThat(orders).hasSize(6);
            assertThat(placeCount).isDeepEqualTo(new int[][] {{2, 2, 2}, {2, 2, 2}, {2, 2, 2}});
            assertThat(follows).hasSize(6).allSatisfy((pair, n) -> assertThat(n).isEqualTo(2));
        }
    }

    @Test
    void measuresWholeBlocksOverWholePassesAndDropsOnlyTheTail() throws Exception {
        ArchiveInMemory a = ArchiveInMemory.load("", 20, 3);
        int size = a.size();
        PairedParse.Result r = PairedParse.run(a, 0, 2 * size, 6);

        assertThat(r.reports()).isEqualTo(size);
        assertThat(r.warmupPasses()).isEqualTo(1);
        assertThat(r.passes()).isEqualTo(2);
        assertThat(r.meanBytes()).isEqualTo(a.totalBytes / (double) size);
        assertThat(r.blocks()).hasSize(2 * size / 6).allSatisfy(b -> {
            assertThat(b.reports()).isEqualTo(6);
            assertThat(b.commonmark()).isPositive();
            assertThat(b.recap()).isPositive();
            assertThat(b.recapNoCatalog()).isPositive();
        });
    }

    @Test
    void anArchiveSmallerThanABlockMakesOneShortBlock() throws Exception {
        ArchiveInMemory a = ArchiveInMemory.load("", 3, 3);
        PairedParse.Result r = PairedParse.run(a, 0, 1, 6 * a.size() + 6);

        assertThat(r.passes()).isEqualTo(1);
        assertThat(r.blocks()).singleElement().satisfies(b -> assertThat(b.reports()).isEqualTo(a.size()));
    }

    @Test
    void aBlockSizeThatIsNotAMultipleOfTheOrdersIsRefused() {
        assertThatThrownBy(() -> PairedParse.run("", 3, 3, 0, 1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of 6");
    }

    @Test
    void blockRatiosAndPerReportTimes() {
        PairedParse.Block b = new PairedParse.Block(4, 400_000, 600_000, 450_000);

        assertThat(b.ratio()).isEqualTo(1.5);
        assertThat(b.noCatalogRatio()).isEqualTo(1.125);
        assertThat(b.detectionShare()).isEqualTo(0.25);
        assertThat(b.microsPerReport(b.recap())).isEqualTo(150.0);
    }
}
