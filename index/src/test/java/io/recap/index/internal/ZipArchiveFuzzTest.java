package io.recap.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.recap.index.ArchiveLimits;
import io.recap.index.FileProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Coverage-guided fuzzing of the zip reader: any bytes as a {@code .zip} file, opened, listed and every Markdown
 * entry read, as an index run reads archives. Regression mode over {@code ZipArchiveFuzzTestInputs/read} in
 * every build; {@code tools/fuzz zip} fuzzes.
 *
 * <p>For every input: the archive is refused as unreadable, or each entry is listed under a safe name (no
 * {@code ..}, no absolute path) and read within the limits (or refused with a problem); no other exception
 * escapes.
 */
class ZipArchiveFuzzTest {

    private static final ArchiveLimits LIMITS = new ArchiveLimits(64 << 10, 256 << 10, 20);
    private static final Path FILE = tempFile();

    private static Path tempFile() {
        try {
            Path dir = Files.createTempDirectory("recap-zip-fuzz");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("reports.zip");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void read(byte[] input) throws IOException {
        Files.write(FILE, input);
        ZipArchive zip;
        try {
            zip = ZipArchive.open("/reports.zip", FILE, LIMITS);
        } catch (SourceProblem p) {
            assertThat(p.code()).isEqualTo("zip.unreadable");
            return;
        }
        try (zip) {
            Sources.Problems problems = new Sources.Problems();
            List<SourceFile> entries = zip.entries(problems);
            long total = 0;
            for (SourceFile entry : entries) {
                String name = entry.key().substring("/reports.zip!/".length());
                assertThat(entry.key()).startsWith("/reports.zip!/");
                assertThat(ZipArchive.isSafe(name)).as("entry %s", name).isTrue();
                assertThat(Sources.isMarkdown(name)).isTrue();
                try {
                    byte[] bytes = entry.read();
                    assertThat((long) bytes.length).isLessThanOrEqualTo(LIMITS.maxFileBytes());
                    total += bytes.length;
                } catch (SourceProblem p) {
                    assertThat(p.code()).isIn("zip.unreadable", "file.too-large", "zip.too-large", "zip.ratio");
                }
            }
            assertThat(total).isLessThanOrEqualTo(LIMITS.maxArchiveBytes());
            for (FileProblem p : problems.list()) {
                assertThat(p.path()).startsWith("/reports.zip!/");
                assertThat(p.code()).isIn("zip.unsafe-entry", "zip.duplicate-entry");
            }
        }
    }
}
