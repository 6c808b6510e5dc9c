package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code recap parse}: the model as json, ndjson and yaml, and the coverage of {@code --stats}. */
class ParseCommandTest {

    Cli cli = new Cli();

    @Test
    void jsonPrintsTheContract() {
        assertThat(cli.run("parse", Examples.SEED.toString(), "--format", "json")).isZero();
        JsonNode r = Json.read(cli.out);
        assertThat(r.at("/source/path").asString()).isEqualTo(Examples.SEED.toString());
        assertThat(r.at("/source/sha256").asString()).hasSize(64);
        assertThat(r.get("title").asString()).isEqualTo("DevOps on AWS Workshop");
        assertThat(r.get("sessions")).hasSize(6);
        assertThat(r.at("/sessions/1/services/3/id").asString()).isEqualTo("codedeploy");
    }

    @Test
    void aFolderIsAJsonArrayAndNdjsonIsOneLinePerReport() {
        assertThat(cli.run("parse", Examples.DIR.toString())).isZero();
        assertThat(Json.read(cli.out).size()).isEqualTo(6);
        assertThat(cli.run("parse", Examples.DIR.toString(), "--format", "ndjson")).isZero();
        assertThat(cli.out.lines().map(Json::read).map(r -> r.get("language").asString()))
                .containsExactly("en", "vi", "vi", "en", "vi", "en");
    }

    @Test
    void aFileThatCannotBeReadLeavesTheArrayValidAndTheExitCodeFour(@TempDir Path tmp) throws IOException {
        Files.copy(Examples.SEED, tmp.resolve("a.md"));
        // the last file is a regular file whose reading fails: on Linux, the start of this process's memory
        Path unreadable = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(unreadable) && !System.getProperty("os.name").startsWith("Windows"),
                "needs Linux's /proc");
        Files.createSymbolicLink(tmp.resolve("z.md"), unreadable);

        assertThat(cli.run("parse", tmp.toString())).isEqualTo(4);
        assertThat(Json.read(cli.out).size()).as(cli.out).isEqualTo(1);
        assertThat(cli.err).contains("z.md:0:0: error: cannot read");
    }

    @Test
    void yamlPrintsOneDocumentPerReport() {
        assertThat(cli.run("parse", Examples.SEED.toString(), "--format", "yaml")).isZero();
        assertThat(cli.out).startsWith("---\nsource:\n  path: \"" + Examples.SEED + "\"\n")
                .contains("\ntitle: \"DevOps on AWS Workshop\"\n", "\ndate: \"2025-11-17\"\n",
                        "\n- number: 2\n  title: \"CI/CD trên AWS\"\n");
        assertThat(cli.run("parse", Examples.DIR.toString(), "-f", "yaml")).isZero();
        assertThat(cli.out.lines().filter("---"::equals)).hasSize(6);
    }

    @Test
    void statsShowsCoverageAndDiagnosticsByCode() {
        assertThat(cli.run("parse", "--stats", Examples.DIR.toString())).isZero();
        assertThat(cli.out).isEqualTo("""
                6 files: 6 event reports, 0 index pages, 0 unreadable

                EVENT REPORTS WITH  REPORTS    SHARE
                an event name             6  100.0 %
                a date                    6  100.0 %
                ≥ 1 session               6  100.0 %
                ≥ 1 speaker               5   83.3 %
                ≥ 1 service               6  100.0 %

                DIAGNOSTIC     SEVERITY  COUNT  FILES
                date.conflict  info          2      2
                """);
    }

    @Test
    void statsAsJson() {
        assertThat(cli.run("parse", "--stats", Examples.DIR.toString(), "--format", "json")).isZero();
        JsonNode r = Json.read(cli.out);
        assertThat(r.get("files").asInt()).isEqualTo(6);
        assertThat(r.get("reports").asInt()).isEqualTo(6);
        assertThat(r.at("/coverage/speakers/count").asInt()).isEqualTo(5);
        assertThat(r.at("/coverage/speakers/share").asDouble()).isEqualTo(0.8333);
        assertThat(r.at("/diagnostics/0/code").asString()).isEqualTo("date.conflict");
        assertThat(r.at("/diagnostics/0/files").asInt()).isEqualTo(2);
    }

    @Test
    void statsShowsProgressOnATerminalOnly() {
        cli.terminal = new Terminal(false, true, 80);
        assertThat(cli.run("parse", "--stats", Examples.DIR.toString(), "--color", "never")).isZero();
        String last = cli.err.substring(cli.err.lastIndexOf('\r') + 1);
        assertThat(last).matches("\u001b\\[Kparsing \\[=+\\] 6/6 files  100%  \\d+\\.\\d s\n");
        assertThat(cli.run("parse", "--stats", Examples.DIR.toString(), "--quiet")).isZero();
        assertThat(cli.err).isEmpty();
    }

    @Test
    void tableWithoutStatsIsAUsageError() {
        assertThat(cli.run("parse", Examples.SEED.toString(), "--format", "table")).isEqualTo(2);
        assertThat(cli.err).isEqualTo("recap: error: --format table goes with --stats; a report's model prints "
                + "as json, ndjson or yaml\n");
    }

    @Test
    void parseAndCheckReadZipArchivesAsIndexDoes(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("season.zip");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("2025/seed.md"));
            z.write(Files.readAllBytes(Examples.SEED));
            z.putNextEntry(new java.util.zip.ZipEntry("photo.png"));
            z.write(new byte[]{1, 2, 3});
        }
        assertThat(cli.run("parse", zip.toString(), "--format", "ndjson")).as(cli.err).isZero();
        assertThat(cli.out.lines()).singleElement().satisfies(line -> assertThat(Json.read(line)
                .at("/source/path").asString()).isEqualTo(zip + "!/2025/seed.md"));
        assertThat(cli.run("check", zip.toString())).as(cli.out).isZero();
        assertThat(cli.err).isEqualTo("checked 1 file: 0 errors, 0 warnings\n");
    }
}
