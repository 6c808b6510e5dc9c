package io.recap.bench.jmh;

import io.recap.parser.ReportParser;
import io.recap.parser.ServiceCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.parser.Parser;

/**
 * The parse figure's paired measurement, for a machine whose load swings within seconds: every report is parsed
 * by the three parsers of {@link ParseBenchmark} one right after the other, each call timed alone, so that a busy
 * moment slows all three alike. JMH's rounds interleave the parsers every few seconds; this interleaves them every
 * few hundred microseconds, which is what a difference of two noisy times (the detection share) needs.
 *
 * <p>The order of the three parsers cycles through all six permutations from one report to the next (see
 * {@link #parserAt}), so in every block of {@link #ORDERS a multiple of six} reports each parser is first,
 * second and third equally often and follows each of the others equally often (a block that spans two passes
 * may be off by one): the first parser of a report reads its bytes from a colder cache, and no parser always pays
 * that. From one pass over the archive to the next the cycle shifts by one, so a report does not always meet the
 * same order. Times are summed per block of
 * consecutive reports; each block gives its ratios, and the figure takes their median and spread.
 */
public final class PairedParse {

    /** Orders of the three parsers: the permutations of three; blocks of a multiple of this are balanced. */
    public static final int ORDERS = 6;

    /** Parser index of commonmark-java's bare parse (the floor). */
    static final int COMMONMARK = 0;
    /** Parser index of recap with the built-in catalog. */
    static final int RECAP = 1;
    /** Parser index of recap with the empty catalog. */
    static final int RECAP_NO_CATALOG = 2;

    /**
     * One block of consecutive reports, each parsed by all three parsers.
     *
     * @param reports        reports in the block
     * @param commonmark     nanoseconds of commonmark-java's bare parse, summed over the block
     * @param recap          nanoseconds of recap with the built-in catalog
     * @param recapNoCatalog nanoseconds of recap with the empty catalog
     */
    public record Block(int reports, long commonmark, long recap, long recapNoCatalog) {

        /** @return recap / commonmark */
        public double ratio() {
            return recap / (double) commonmark;
        }

        /** @return recap with the empty catalog / commonmark */
        public double noCatalogRatio() {
            return recapNoCatalog / (double) commonmark;
        }

        /** @return the share of service detection: (recap − recap with the empty catalog) / recap */
        public double detectionShare() {
            return (recap - recapNoCatalog) / (double) recap;
        }

        /**
         * @param nanos one of this block's sums
         * @return that sum as microseconds per report
         */
        public double microsPerReport(long nanos) {
            return nanos / 1e3 / reports;
        }
    }

    /**
     * What was measured.
     *
     * @param reports      reports in the archive
     * @param warmupPasses passes over the archive before measuring
     * @param passes       measured passes over the archive
     * @param meanBytes    mean bytes per report of the archive
     * @param blocks       the measured blocks, in the order measured
     */
    public record Result(int reports, int warmupPasses, int passes, double meanBytes, List<Block> blocks) {
    }

    private PairedParse() {
    }

    /**
     * Loads the archive as {@link ParseBenchmark} does, warms up with whole passes over it until
     * {@code warmupSeconds} have passed (at least one pass), then measures as many whole passes as it takes to
     * parse at least {@code atLeast} reports, in blocks of {@code blockSize} consecutive reports. Reports after
     * the last whole block are parsed but not counted, unless there is no whole block at all; then they make
     * the only block.
     *
     * @param dir           the {@code *.md} files under this directory, or blank to generate
     * @param reports       reports to generate when {@code dir} is blank
     * @param seed          the generator's seed
     * @param warmupSeconds least time of the warm-up
     * @param atLeast       least number of reports to measure
     * @param blockSize     reports per block, a positive multiple of {@link #ORDERS}
     * @return the blocks and what they came from
     * @throws IOException when the archive cannot be read
     */
    public static Result run(String dir, int reports, long seed, double warmupSeconds, int atLeast, int blockSize)
            throws IOException {
        if (blockSize <= 0 || blockSize % ORDERS != 0) {
            throw new IllegalArgumentException("block size must be a positive multiple of " + ORDERS + ": "
                    + blockSize);
        }
        return run(ArchiveInMemory.load(dir, reports, seed), warmupSeconds, atLeast, blockSize);
    }

    static Result run(ArchiveInMemory a, double warmupSeconds, int atLeast, int blockSize) {
        Parsers parsers = new Parsers();
        long[] discarded = new long[3];
        long warmupEnds = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warmupPasses = 0;
        do {
            for (int i = 0; i < a.size(); i++) {
                parsers.parseAll(a, i, warmupPasses * a.size() + i + warmupPasses, discarded);
            }
            warmupPasses++;
        } while (System.nanoTime() - warmupEnds < 0);

        int passes = Math.max(1, (atLeast + a.size() - 1) / a.size());
        List<Block> blocks = new ArrayList<>();
        long[] sums = new long[3];
        int inBlock = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < a.size(); i++) {
                parsers.parseAll(a, i, pass * a.size() + i + pass, sums);
                if (++inBlock == blockSize) {
                    blocks.add(new Block(inBlock, sums[COMMONMARK], sums[RECAP], sums[RECAP_NO_CATALOG]));
                    sums = new long[3];
                    inBlock = 0;
                }
            }
        }
        if (blocks.isEmpty()) {
            blocks.add(new Block(inBlock, sums[COMMONMARK], sums[RECAP], sums[RECAP_NO_CATALOG]));
        }
        return new Result(a.size(), warmupPasses, passes, a.totalBytes / (double) a.size(), List.copyOf(blocks));
    }

    /**
     * Which parser goes at {@code position} (0–2) for the report of turn {@code turn}: six consecutive turns
     * run the six permutations of the three parsers — (0 1 2), (1 2 0), (2 0 1), (0 2 1), (1 0 2), (2 1 0).
     */
    static int parserAt(long turn, int position) {
        int order = (int) Math.floorMod(turn, (long) ORDERS);
        int first = order % 3;
        return order < 3 ? (first + position) % 3 : (first + 3 - position) % 3;
    }

    /** The three parsers, built once per run. */
    private static final class Parsers {

        private final Parser commonmark = Parser.builder().build();
        private final ReportParser recap = ReportParser.builder().catalog(ServiceCatalog.builtIn()).build();
        private final ReportParser recapNoCatalog = ReportParser.builder().catalog(ServiceCatalog.empty()).build();

        /** Parses report {@code i} with each parser in the order of {@code turn}, adding each one's time. */
        void parseAll(ArchiveInMemory a, int i, long turn, long[] sums) {
            for (int position = 0; position < 3; position++) {
                int parser = parserAt(turn, position);
                long started = System.nanoTime();
                Object result = switch (parser) {
                    case COMMONMARK -> commonmark.parse(new String(a.contents[i], StandardCharsets.UTF_8));
                    case RECAP -> recap.parse(a.paths[i], a.contents[i]);
                    default -> recapNoCatalog.parse(a.paths[i], a.contents[i]);
                };
                sums[parser] += System.nanoTime() - started;
                if (result == null) { // uses the result, so that the JIT cannot drop the parse
                    throw new IllegalStateException("parser " + parser + " returned nothing for " + a.paths[i]);
                }
            }
        }
    }
}
