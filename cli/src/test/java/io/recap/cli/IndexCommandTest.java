package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code recap index}: the summary, its JSON form, and the progress bar on a terminal only. */
class IndexCommandTest {

    @TempDir
    Path tmp;
    Cli cli = new Cli();

    @BeforeEach
    void index() {
        cli.env.put("RECAP_INDEX", tmp.resolve("index").toString());
    }

    @Test
    void aSummaryLineOnStdoutAndNothingOnStderrInAPipe() {
        assertThat(cli.run("index", Examples.DIR.toString())).isZero();
        assertThat(cli.out).matches("indexed 6 reports \\(24 sessions\\), 0 unchanged, 0 removed, 0 with errors "
                + "in \\d+\\.\\d s\n");
        assertThat(cli.err).isEmpty();
        assertThat(cli.run("index", Examples.DIR.toString())).isZero();
        assertThat(cli.out).startsWith("indexed 0 reports (24 sessions), 6 unchanged, 0 removed, 0 with errors");
    }

    @Test
    void jsonHasTheDocumentedKeys() {
        assertThat(cli.run("index", Examples.DIR.toString(), "--format", "json")).isZero();
        JsonNode r = Json.read(cli.out);
        assertThat(r.propertyNames()).containsExactly("indexed", "unchanged", "removed", "failed", "reports",
                "sessions", "seconds", "errors");
        assertThat(r.get("indexed").asInt()).isEqualTo(6);
        assertThat(r.get("reports").asInt()).isEqualTo(6);
        assertThat(r.get("sessions").asInt()).isEqualTo(24);
        assertThat(r.get("errors")).isEmpty();
    }

    @Test
    void onATerminalAProgressBarIsDrawnAndLeftAtOneHundredPercent() {
        cli.terminal = new Terminal(true, true, 80);
        assertThat(cli.run("index", Examples.DIR.toString())).isZero();
        String last = cli.err.substring(cli.err.lastIndexOf('\r') + 1);
        assertThat(last).matches("\u001b\\[Kindexing \\[\u001b\\[32m=+\u001b\\[0m\\] 6/6 files  100%  \\d+\\.\\d s\n");
        assertThat(DisplayWidth.of(last.strip())).isLessThan(80);
        assertThat(cli.out).startsWith("indexed 6 reports (24 sessions), 0 unchanged, 0 removed");
    }

    @Test
    void batchesOnATerminalCountLikeOneRun() throws IOException {
        Path archive = Files.createDirectories(tmp.resolve("archive"));
        for (Path p : new Path[]{Examples.SEED, Examples.CONTAINER_DAY}) {
            Files.copy(p, archive.resolve(p.getParent().getFileName() + ".md"));
        }
        cli.terminal = new Terminal(false, true, 80);
        assertThat(cli.run("index", archive.toString())).isZero();
        assertThat(cli.out).startsWith("indexed 2 reports (");
        Files.delete(archive.resolve("4.5-Event5.md"));
        assertThat(cli.run("index", archive.toString())).isZero();
        assertThat(cli.out).startsWith("indexed 0 reports (6 sessions), 1 unchanged, 1 removed, 0 with errors");
        assertThat(cli.run("index", "--full", archive.toString())).isZero();
        assertThat(cli.out).startsWith("indexed 1 reports (6 sessions), 0 unchanged, 0 removed");
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
                + "; give a report file or a folder\n");
    }
}
