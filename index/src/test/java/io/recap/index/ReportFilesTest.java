package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports {@code recap parse} and {@code recap check} read: the same ones {@link ArchiveIndexer} indexes
 * (one walker for all three), shown with the paths people gave.
 */
class ReportFilesTest {

    @TempDir
    Path tmp;

    @Test
    void markdownFilesInPathOrderWithoutHiddenOnesOrOtherFiles() throws IOException {
        for (String name : List.of("b/_index.md", "a/2.markdown", "a/1.MD", ".git/x.md", "a/.draft.md",
                "a/notes.txt")) {
            Files.createDirectories(tmp.resolve(name).getParent());
            Files.writeString(tmp.resolve(name), "# x\n");
        }
        try (ReportFiles.Scan scan = ReportFiles.scan(List.of(tmp))) {
            assertThat(scan.files()).extracting(ReportFiles.Source::path).containsExactly(
                    tmp.resolve("a/1.MD").toString(), tmp.resolve("a/2.markdown").toString(),
                    tmp.resolve("b/_index.md").toString());
            assertThat(scan.problems()).isEmpty();
        }
    }

    @Test
    void zipArchivesAreReadInPlaceAsTheIndexerReadsThem() throws IOException {
        Path zip = tmp.resolve("old.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("2025/seed.md"));
            z.write("# Event: Zip Day\n".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("../escape.md"));
            z.write("# Out\n".getBytes(StandardCharsets.UTF_8));
        }
        try (ReportFiles.Scan scan = ReportFiles.scan(List.of(zip))) {
            assertThat(scan.files()).singleElement().satisfies(s -> {
                assertThat(s.path()).isEqualTo(zip + "!/2025/seed.md");
                assertThat(s.id()).isEqualTo(zip.toRealPath() + "!/2025/seed.md");
                assertThat(new String(s.read(), StandardCharsets.UTF_8)).isEqualTo("# Event: Zip Day\n");
            });
            assertThat(scan.problems()).extracting(FileProblem::code).containsExactly("zip.unsafe-entry");
        }
    }

    @Test
    void aMissingPathOrAFileOverTheLimitIsAProblemNotAnException() throws IOException {
        Path big = Files.write(tmp.resolve("big.md"), new byte[2048]);
        try (ReportFiles.Scan scan = ReportFiles.scan(List.of(tmp.resolve("missing"), big),
                new ArchiveLimits(1024, 1 << 20, 100))) {
            assertThat(scan.problems()).extracting(FileProblem::code).containsExactly("file.missing");
            ReportFiles.Source source = scan.files().get(0);
            org.assertj.core.api.Assertions.assertThatThrownBy(source::read)
                    .isInstanceOf(IOException.class).hasMessageContaining("more than the limit of 1024");
        }
    }
}
