package io.recap.bench.jmh;

import io.recap.parser.ReportParser;
import io.recap.parser.ServiceCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse figure (issue 7, item 1): one operation parses the next report of the archive, cycling through all of
 * them, so every benchmark sees the same files in the same order.
 * <ul>
 *   <li>{@code commonmarkBare}: the floor — UTF-8 decoding plus commonmark-java's core {@code Parser.parse};</li>
 *   <li>{@code recap}: {@link ReportParser} with the built-in catalog (front matter, outline, sessions,
 *       speakers, service detection);</li>
 *   <li>{@code recapNoCatalog}: the same parser with an empty catalog; the difference to {@code recap} is the
 *       cost of service detection.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBenchmark {

    /** Reports of the generated archive. */
    @Param("1000")
    public int reports;
    /** The generator's seed. */
    @Param("42")
    public long seed;
    /** Read the {@code *.md} files under this directory instead of generating (blank: generate). */
    @Param("")
    public String dir;

    private ArchiveInMemory archive;
    private int next;
    private Parser commonmark;
    private ReportParser recap;
    private ReportParser recapNoCatalog;

    /** Loads the archive and builds the parsers. */
    @Setup
    public void setUp() throws IOException {
        archive = ArchiveInMemory.load(dir, reports, seed);
        commonmark = Parser.builder().build();
        recap = ReportParser.builder().catalog(ServiceCatalog.builtIn()).build();
        recapNoCatalog = ReportParser.builder().catalog(ServiceCatalog.empty()).build();
    }

    private int advance() {
        int i = next;
        next = i + 1 == archive.size() ? 0 : i + 1;
        return i;
    }

    /** The floor: decode and parse the Markdown. */
    @Benchmark
    public Object commonmarkBare() {
        int i = advance();
        return commonmark.parse(new String(archive.contents[i], StandardCharsets.UTF_8));
    }

    /** recap's parser with the built-in catalog. */
    @Benchmark
    public Object recap() {
        int i = advance();
        return recap.parse(archive.paths[i], archive.contents[i]);
    }

    /** recap's parser with an empty catalog: everything but service detection. */
    @Benchmark
    public Object recapNoCatalog() {
        int i = advance();
        return recapNoCatalog.parse(archive.paths[i], archive.contents[i]);
    }

    /** Mean bytes per report of the archive (for MB/s). */
    public static double meanBytes(String dir, int reports, long seed) throws IOException {
        ArchiveInMemory a = ArchiveInMemory.load(dir, reports, seed);
        return a.totalBytes / (double) a.size();
    }
}
