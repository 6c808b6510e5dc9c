package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code recap index}: the summary and its JSON form, the progress bar (from the library's callbacks) on a
 * terminal only, one commit per run, zip archives, threads, and a locked index.
 */
class IndexCommandTest {

    @TempDir
    Path tmp;
    Path index;
    Cli cli = new Cli();

    @BeforeEach
    void index() {
        index = tmp.resolve("index");
        cli.env.put("RECAP_INDEX", index.toString());
    }

    @Test
    void aSummaryLineOnStdoutAndNothingOnStderrInAPipe() {
        assertThat(cli.run("index", Examples.DIR.toString())).isZero();
        assertThat(cli.out).matches("indexed 6 reports, 0 unchanged, 0 removed, 0 with errors "
                + "in \\d+\\.\\d s; the index holds 6 reports and 24 sessions\n");
        assertThat(cli.err).isEmpty();
        assertThat(cli.run("index", Examples.DIR.toString())).isZero();
        assertThat(cli.out).startsWith("indexed 0 reports, 6 unchanged, 0 removed, 0 with errors")
                .endsWith("; the index holds 6 reports and 24 sessions\n");
    }

    @Test
    void quietPrintsNoSummary() {
        assertThat(cli.run("index", "--quiet", Examples.DIR.toString())).isZero();
        assertThat(cli.out).isEmpty();
        assertThat(cli.err).isEmpty();
    }

    @Test
    void aBinaryFileIsNotIndexedNotCountedAndMakesTheExitCodeFour() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("binary"));
        Files.copy(Examples.SEED, dir.resolve("seed.md"));
        byte[] png = new byte[4096];
        new java.util.Random(7).nextBytes(png);
        Files.write(dir.resolve("photo.md"), png);

        assertThat(cli.run("index", dir.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(cli.out).startsWith("indexed 1 report, 0 unchanged, 0 removed, 1 with errors")
                .endsWith("the index holds 1 report and 6 sessions\n");
        assertThat(cli.err).contains("photo.md:0:0: error: a binary file, not a Markdown report; not indexed");
        assertThat(cli.run("stats")).isZero();
        assertThat(cli.out).contains("reports         1\n");
    }

    @Test
    void jsonHasTheDocumentedKeys() {
        assertThat(cli.run("index", Examples.DIR.toString(), "--format", "json")).isZero();
        JsonNode r = Json.read(cli.out);
        assertThat(r.propertyNames()).containsExactly("indexed", "unchanged", "removed", "failed", "reports",
                "sessions", "seconds", "errors");
        assertThat(r.get("indexed").asInt()).isEqualTo(6);
        assertThat(r.get("unchanged").asInt()).isZero();
        assertThat(r.get("removed").asInt()).isZero();
        assertThat(r.get("failed").asInt()).isZero();
        assertThat(r.get("reports").asInt()).isEqualTo(6);
        assertThat(r.get("sessions").asInt()).isEqualTo(24);
        assertThat(r.get("seconds").isNumber()).isTrue();
        assertThat(r.get("errors")).isEmpty();
        assertThat(cli.err).isEmpty();
    }

    @Test
    void onATerminalTheBarFollowsTheRunFromScanningAndIsLeftAtOneHundredPercent() {
        cli.terminal = new Terminal(true, true, 80);
        assertThat(cli.run("index", Examples.DIR.toString())).isZero();
        assertThat(cli.err).startsWith("\r\u001b[Kscanning …  ");
        String last = cli.err.substring(cli.err.lastIndexOf('\r') + 1);
        assertThat(last).matches("\u001b\\[Kindexing \\[\u001b\\[32m=+\u001b\\[0m\\] 6/6 files  100%  \\d+\\.\\d s\n");
        assertThat(DisplayWidth.of(last.strip())).isLessThan(80);
        assertThat(cli.out).startsWith("indexed 6 reports, 0 unchanged, 0 removed");
    }

    @Test
    void aRunWithABarIsOneCommitAndARunWithNothingToDoIsNone() throws IOException {
        Path archive = copyOfTwoReports();
        assertThat(cli.run("index", archive.toString())).isZero();
        long first = commitGeneration();

        cli.terminal = new Terminal(false, true, 80);
        Files.writeString(archive.resolve("seed.md"), "\nEdited.\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(cli.run("index", archive.toString())).isZero();
        assertThat(cli.out).startsWith("indexed 1 report, 1 unchanged, 0 removed, 0 with errors");
        assertThat(commitGeneration()).isEqualTo(first + 1);

        assertThat(cli.run("index", archive.toString())).isZero();
        assertThat(commitGeneration()).isEqualTo(first + 1);
    }

    @Test
    void incrementalRunsRemoveVanishedReportsAndFullRebuilds() throws IOException {
        Path archive = copyOfTwoReports();
        assertThat(cli.run("index", archive.toString())).isZero();
        assertThat(cli.out).startsWith("indexed 2 reports, 0 unchanged, 0 removed");
        Files.delete(archive.resolve("container-day.md"));
        assertThat(cli.run("index", archive.toString())).isZero();
        assertThat(cli.out).startsWith("indexed 0 reports, 1 unchanged, 1 removed, 0 with errors");
        assertThat(cli.run("index", "--full", archive.toString())).isZero();
        assertThat(cli.out).startsWith("indexed 1 report, 0 unchanged, 0 removed");
    }

    @Test
    void aWarningIsShownButIsNoError() throws IOException {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        Files.copy(Examples.SEED, reports.resolve("seed.md"));
        Files.createSymbolicLink(reports.resolve("loop"), reports);

        assertThat(cli.run("index", reports.toString())).isZero();
        assertThat(cli.err).contains(": warning: a symbolic link loop");
        assertThat(cli.out).startsWith("indexed 1 report, 0 unchanged, 0 removed, 0 with errors");
    }

    @Test
    void aZipArchiveIsIndexedInPlaceAndAnUnsafeEntryIsReportedWithExitCodeFour() throws IOException {
        Path zip = tmp.resolve("season.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(z, "2025/seed.md", Files.readAllBytes(Examples.SEED));
            entry(z, "../escape.md", "# Escape\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(cli.run("index", zip.toString())).isEqualTo(4);
        String unsafe = zip.toAbsolutePath() + "!/../escape.md";
        assertThat(cli.err).startsWith(unsafe + ":0:0: error: entry refused: its name '../escape.md'");
        assertThat(cli.out).startsWith("indexed 1 report, 0 unchanged, 0 removed, 1 with errors");

        assertThat(cli.run("index", zip.toString(), "--format", "json")).isEqualTo(4);
        JsonNode r = Json.read(cli.out);
        assertThat(r.get("failed").asInt()).isEqualTo(1);
        assertThat(r.get("unchanged").asInt()).isEqualTo(1);
        assertThat(r.at("/errors/0").propertyNames()).containsExactly("path", "line", "message");
        assertThat(r.at("/errors/0/path").asString()).isEqualTo(unsafe);
        assertThat(r.at("/errors/0/line").asInt()).isZero();
        assertThat(r.at("/errors/0/message").asString()).startsWith("entry refused");

        assertThat(cli.run("search", "--service", "CodeDeploy", "--format", "paths")).isZero();
        assertThat(cli.out).isEqualTo(zip.toAbsolutePath() + "!/2025/seed.md\n");
    }

    @Test
    void threadsAreAnOption() {
        assertThat(cli.run("index", Examples.DIR.toString(), "--threads", "1")).isZero();
        assertThat(cli.out).startsWith("indexed 6 reports, ");
        assertThat(cli.run("index", Examples.DIR.toString(), "-j", "0")).isEqualTo(2);
        assertThat(cli.err).isEqualTo("recap: error: --threads must be at least 1\n");
    }

    @Test
    void aLockedIndexExitsWithThreeAndSaysAnotherProcessIsWritingIt() throws IOException {
        assertThat(cli.run("index", Examples.DIR.toString())).isZero();
        try (Directory dir = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig()
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false))) {
            assertThat(writer.isOpen()).isTrue();
            assertThat(cli.run("index", Examples.DIR.toString())).isEqualTo(3);
            assertThat(cli.out).isEmpty();
            assertThat(cli.err).isEqualTo("recap: error: the index at " + index
                    + " is being written by another process; try again when it is done\n");

            cli.terminal = new Terminal(true, true, 80);
            assertThat(cli.run("index", Examples.DIR.toString())).isEqualTo(3);
            assertThat(cli.err).as("the bar is erased before the message")
                    .endsWith("\r\u001b[Krecap: error: the index at " + index
                            + " is being written by another process; try again when it is done\n");

            assertThat(cli.run("search", "devops", "--format", "paths")).as("searches go on").isZero();
        }
    }

    @Test
    void quietDrawsNoBar() {
        cli.terminal = new Terminal(true, true, 80);
        assertThat(cli.run("index", Examples.DIR.toString(), "--quiet")).isZero();
        assertThat(cli.err).isEmpty();
    }

    @Test
    void aMissingPathSaysWhatToGive() {
        assertThat(cli.run("index", tmp.resolve("nope").toString())).isEqualTo(4);
        assertThat(cli.err).isEqualTo("recap: error: no such file or directory: " + tmp.resolve("nope")
                + "; give a report file, a folder or a .zip archive\n");
    }

    private Path copyOfTwoReports() throws IOException {
        Path archive = Files.createDirectories(tmp.resolve("archive"));
        Files.copy(Examples.SEED, archive.resolve("seed.md"));
        Files.copy(Examples.CONTAINER_DAY, archive.resolve("container-day.md"));
        return archive;
    }

    private long commitGeneration() throws IOException {
        try (Directory dir = FSDirectory.open(index)) {
            return SegmentInfos.getLastCommitGeneration(dir);
        }
    }

    private static void entry(ZipOutputStream z, String name, byte[] content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        OutputStream out = z;
        out.write(content);
        z.closeEntry();
    }

    @Test
    void anIndexPathThatIsAFileSaysSo() throws IOException {
        Path file = Files.writeString(tmp.resolve("regular.txt"), "not a folder");
        assertThat(cli.run("index", "--index", file.toString(), Examples.DIR.toString())).isEqualTo(ExitCode.INDEX);
        assertThat(cli.err).isEqualTo("recap: error: cannot use " + file + " as the index directory: it is a file; "
                + "choose a new or empty directory\n");
    }
}
