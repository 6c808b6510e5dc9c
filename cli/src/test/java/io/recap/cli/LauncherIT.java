package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/recap} in a subprocess, as people and scripts run it: exit codes, what goes to stdout and what
 * to stderr, and plain output (no colour, no progress bar) when the streams are not terminals.
 */
class LauncherIT {

    static final Path LAUNCHER = Path.of("../bin/recap").toAbsolutePath().normalize();

    @TempDir
    Path tmp;
    Map<String, String> env = new HashMap<>();

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void environment() {
        env.put("RECAP_INDEX", tmp.resolve("index").toString());
    }

    Result recap(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(tmp.resolve("out").toFile())
                .redirectError(tmp.resolve("err").toFile());
        pb.environment().remove("NO_COLOR");
        pb.environment().remove("COLUMNS");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("recap finished").isTrue();
        return new Result(p.exitValue(), Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8));
    }

    @Test
    void theReadmesFirstCommandListsTheSeedsCiCdSession() throws Exception {
        Result index = recap("index", Examples.DIR.toString());
        assertThat(index.code()).as(index.err()).isZero();
        assertThat(index.out()).startsWith("indexed 6 reports, 0 unchanged, 0 removed, 0 with errors").contains("the index holds 6 reports and 24 sessions");
        assertThat(index.err()).as("no progress bar in a pipe").isEmpty();

        Result search = recap("search", "--service", "CodeDeploy");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("CI/CD trên AWS", "DevOps on AWS Workshop").endsWith("2 of 2 sessions\n");
        assertThat(search.out()).as("no colour in a pipe").doesNotContain("\u001b[");
        assertThat(search.err()).isEmpty();
    }

    @Test
    void nothingFoundExitsWithOneWithTheMessageOnStderr() throws Exception {
        assertThat(recap("index", Examples.DIR.toString(), "--quiet").code()).isZero();
        Result r = recap("search", "zzzyyyxxx");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("no sessions found\n");
    }

    @Test
    void colourCanBeForcedAndNoColorWinsOverAuto() throws Exception {
        assertThat(recap("index", Examples.DIR.toString(), "--quiet").code()).isZero();
        assertThat(recap("search", "tu duy", "--color", "always").out()).contains("\u001b[1mDATE");
        env.put("NO_COLOR", "1");
        assertThat(recap("search", "tu duy").out()).doesNotContain("\u001b[").contains("«Tư» «Duy»");
    }

    @Test
    void aMissingIndexExitsWithThreeAndSaysWhatToDo() throws Exception {
        env.put("RECAP_INDEX", tmp.resolve("none").toString());
        Result r = recap("search", "devops");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("recap: error: no index at " + tmp.resolve("none")
                + "; run `recap index PATH` first\n");
    }

    @Test
    void aUsageErrorExitsWithTwo() throws Exception {
        Result r = recap("search", "--no-such-option");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("recap: Unknown option: '--no-such-option'").contains("recap search --help");
    }

    @Test
    void lintErrorsExitWithOneAndOtherFailuresWithFour() throws Exception {
        Path report = Files.writeString(tmp.resolve("notes.md"), "Just some notes.\n");
        Result lint = recap("check", report.toString());
        assertThat(lint.code()).isEqualTo(1);
        assertThat(lint.out()).startsWith(report + ":0:0: error: no event name");
        assertThat(lint.err()).isEqualTo("checked 1 file: 3 errors, 0 warnings\n");

        Result missing = recap("parse", tmp.resolve("gone.md").toString());
        assertThat(missing.code()).isEqualTo(4);
        assertThat(missing.err()).doesNotContain("Exception").contains("no such file or directory");
    }

    @Test
    void stackTracesOnlyWithVerbose() throws Exception {
        Path notAnIndex = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(notAnIndex.resolve("segments_1"), "not lucene");
        env.put("RECAP_INDEX", notAnIndex.toString());
        Result plain = recap("search", "devops");
        assertThat(plain.code()).isEqualTo(3);
        assertThat(plain.err()).startsWith("recap: error: ").doesNotContain("\tat ");
        Result verbose = recap("search", "devops", "--verbose");
        assertThat(verbose.code()).isEqualTo(3);
        assertThat(verbose.err()).contains("\tat ");
    }

    @Test
    void eventsShowAndStatsPrintPlainOutputToStdout() throws Exception {
        assertThat(recap("index", Examples.DIR.toString(), "--quiet").code()).isZero();

        Result events = recap("events");
        assertThat(events.code()).as(events.err()).isZero();
        assertThat(events.out()).startsWith("DATE        EVENT                                  LANG  SESSIONS\n")
                .contains("2025-11-17  DevOps on AWS Workshop                 vi           6\n")
                .endsWith("6 of 6 events\n").doesNotContain("\u001b[");
        assertThat(events.err()).isEmpty();

        Result show = recap("show", Examples.SEED.toString());
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).startsWith("DevOps on AWS Workshop\ndate      2025-11-17, 08:30–17:00\n")
                .contains("2  -          CI/CD trên AWS\n    services: CodeCommit, CodePipeline, CodeBuild, CodeDeploy\n")
                .doesNotContain("\u001b[");
        assertThat(show.err()).isEmpty();

        Result unknown = recap("show", "no-such-event");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("no event 'no-such-event' in the index; list the events and their ids "
                + "with `recap events`\n");

        Result stats = recap("stats", "--format", "json");
        assertThat(stats.code()).as(stats.err()).isZero();
        var json = Json.read(stats.out());
        assertThat(json.get("reports").asInt()).isEqualTo(6);
        assertThat(json.get("sessions").asInt()).isEqualTo(24);
        assertThat(json.get("location").asString()).isEqualTo(tmp.resolve("index").toString());
        assertThat(stats.err()).isEmpty();
    }

    @Test
    void aLockedIndexExitsWithThreeAndSaysAnotherProcessIsWritingIt() throws Exception {
        assertThat(recap("index", Examples.DIR.toString(), "--quiet").code()).isZero();
        Path index = tmp.resolve("index");
        // This JVM holds the index's write lock, as a long `recap index` in another terminal would.
        try (Directory dir = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig()
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false))) {
            assertThat(writer.isOpen()).isTrue();
            Result locked = recap("index", Examples.DIR.toString());
            assertThat(locked.code()).isEqualTo(3);
            assertThat(locked.out()).isEmpty();
            assertThat(locked.err()).isEqualTo("recap: error: the index at " + index
                    + " is being written by another process; try again when it is done\n");

            Result search = recap("search", "--service", "CodeDeploy", "--format", "paths");
            assertThat(search.code()).as("searches go on while the index is written").isZero();
            assertThat(search.out()).contains(Examples.SEED.toString());
        }
        assertThat(recap("index", Examples.DIR.toString()).code()).as("the lock is gone with its holder").isZero();
    }

    @Test
    void versionAndHelpGoToStdout() throws Exception {
        Result version = recap("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("recap 0.");
        assertThat(version.err()).isEmpty();
        for (String command : new String[]{"check", "events", "show", "stats"}) {
            Result help = recap(command, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).startsWith("Usage: recap " + command).contains("Exit codes:");
            assertThat(help.err()).isEmpty();
        }
    }
}
