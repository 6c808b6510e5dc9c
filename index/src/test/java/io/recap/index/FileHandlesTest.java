package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexing, searching and closing, over and over, leaves no file open. */
class FileHandlesTest {

    static final Path OPEN_FILES = Path.of("/proc/self/fd");

    @TempDir
    Path tmp;

    static long openFiles() throws IOException {
        try (Stream<Path> fds = Files.list(OPEN_FILES)) {
            return fds.count();
        }
    }

    @Test
    void noFileStaysOpenAfterRunsAndSearches() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(OPEN_FILES), "needs /proc/self/fd (Linux) to count open files");
        Path reports = tmp.resolve("reports");
        SampleArchive.write(reports);
        try (OutputStream out = Files.newOutputStream(reports.resolve("more.zip"));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("x/_index.md"));
            zip.write(TestReport.english("Zipped Day").session("Talk", "Words.").markdown()
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path index = tmp.resolve("index");
        cycle(reports, index, 0); // warm up: classes, caches, the first index files

        long before = openFiles();
        for (int i = 1; i <= 20; i++) {
            cycle(reports, index, i);
        }
        assertThat(openFiles()).isLessThanOrEqualTo(before);
    }

    private static void cycle(Path reports, Path index, int i) throws IOException {
        TestReport.english("Changing Day " + i).session("Talk " + i, "Words.").writeTo(reports.resolve("c/_index.md"));
        IndexRun run = ArchiveIndexer.builder(index).full(i % 5 == 0).build().index(List.of(reports));
        assertThat(run.failed()).isZero();
        try (ReportIndex idx = ReportIndex.open(index)) {
            idx.search(SearchRequest.builder().query("day").facets(true).build());
            idx.events(SearchRequest.builder().query("talk").build());
            idx.services();
            idx.stats();
            idx.report(run.problems().isEmpty() ? "x" : run.problems().get(0).path());
            idx.refresh();
        }
    }
}
