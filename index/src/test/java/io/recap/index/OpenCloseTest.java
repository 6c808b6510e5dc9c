package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@link ReportIndex} holds the index's files only while it is open: an application may open and close one
 * as often as it likes (per request, say) without running out of file handles or address space, and a closed
 * one says so instead of reading closed files. {@link FileHandlesTest} covers indexing runs; this covers the
 * reader. Lucene maps index files into memory and closes their descriptors at once, so the test counts both
 * open descriptors ({@code /proc/self/fd}) and mapped index files ({@code /proc/self/maps}).
 */
class OpenCloseTest {

    private static final Path MAPS = Path.of("/proc/self/maps");
    private static final SearchRequest DEVOPS = SearchRequest.builder().query("devops").build();

    @TempDir
    Path tmp;

    /** Descriptors the JVM may open by itself during the test; far below the 1,000 a leak would leave. */
    private static final int JVM_SLACK = 5;

    private Path index;

    @BeforeEach
    void indexTheSampleArchive() throws IOException {
        Path reports = tmp.resolve("reports");
        SampleArchive.write(reports);
        index = tmp.resolve("index");
        IndexRun run = ArchiveIndexer.builder(index).threads(1).build().index(List.of(reports));
        assertThat(run.failed()).isZero();
    }

    /** How many of the index's files are mapped into this process's memory. */
    private long mappedIndexFiles() throws IOException {
        String dir = index.toAbsolutePath().toString() + "/";
        try (Stream<String> maps = Files.lines(MAPS)) {
            return maps.filter(line -> line.contains(dir)).map(line -> line.substring(line.indexOf(dir)))
                    .distinct().count();
        }
    }

    @Test
    void openingSearchingAndClosingAThousandTimesLeavesNoFileOpen() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(FileHandlesTest.OPEN_FILES) && Files.isReadable(MAPS),
                "counts open files through /proc/self/fd and /proc/self/maps, which only Linux has");
        for (int i = 0; i < 5; i++) { // warm up: classes loaded, lazy caches and the JVM's own files opened
            try (ReportIndex idx = ReportIndex.open(index)) {
                idx.search(DEVOPS);
            }
        }
        long descriptorsBefore = FileHandlesTest.openFiles();
        long fewestMappedWhileOpen = Long.MAX_VALUE;

        for (int i = 1; i <= 1_000; i++) {
            try (ReportIndex idx = ReportIndex.open(index)) {
                assertThat(idx.search(DEVOPS).total()).isPositive();
                if (i % 100 == 0) {
                    fewestMappedWhileOpen = Math.min(fewestMappedWhileOpen, mappedIndexFiles());
                }
            }
        }

        // a descriptor left by each open would leave 1,000; the JVM itself may open a file or two lazily (a jar
        // for a class first needed late, a JIT or GC log), which is no leak of ours
        assertThat(FileHandlesTest.openFiles()).as("open descriptors after 1,000 opens and closes")
                .isLessThanOrEqualTo(descriptorsBefore + JVM_SLACK);
        assertThat(mappedIndexFiles()).as("index files still mapped after 1,000 opens and closes").isZero();
        // the count can see a leak: an open index does hold its files
        assertThat(fewestMappedWhileOpen).as("index files mapped while an index is open").isPositive();
    }

    @Test
    void aClosedIndexRefusesToSearchAndClosingItAgainDoesNothing() throws IOException {
        ReportIndex idx = ReportIndex.open(index);
        idx.close();

        assertThatThrownBy(() -> idx.search(DEVOPS)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(idx::stats).isInstanceOf(IllegalStateException.class);
        idx.close();
    }
}
