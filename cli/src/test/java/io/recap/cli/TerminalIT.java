package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/recap} on a real terminal: a tmux pane 80 columns wide runs {@code recap index} and
 * {@code recap search}, and what the screen shows ({@code capture-pane}) must hold the progress bar and a table
 * that fits. tmux must be installed ({@code .ci/run} installs it); without it the test is skipped, except in CI,
 * where it fails.
 */
class TerminalIT {

    static final Path LAUNCHER = Path.of("../bin/recap").toAbsolutePath().normalize();
    static final int WIDTH = 80;

    @TempDir
    Path tmp;
    String socket;
    int commands;

    @BeforeEach
    void startTmux() throws Exception {
        boolean installed = new ProcessBuilder("sh", "-c", "command -v tmux").start().waitFor() == 0;
        if (!installed && System.getenv("CI") != null) {
            fail("tmux is missing; .ci/run installs it");
        }
        assumeTrue(installed, "tmux is not installed");
        socket = "recap-test-" + ProcessHandle.current().pid();
        tmux("-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", Integer.toString(WIDTH), "-y", "50",
                "-e", "RECAP_INDEX=" + tmp.resolve("index"), "-e", "LANG=C.UTF-8", "-e", "PS1=$ ",
                "env -u NO_COLOR -u COLUMNS bash --norc --noprofile");
        tmux("set-option", "-t", "t", "status", "off");
    }

    @AfterEach
    void stopTmux() throws Exception {
        if (socket != null) {
            tmux("kill-server");
        }
    }

    @Test
    void theProgressBarAndTheTableRenderAndFitEightyColumns() throws Exception {
        List<String> index = run(LAUNCHER + " index " + Examples.DIR);
        assertThat(index).as("the bar is redrawn in place: one line, left full")
                .filteredOn(line -> line.startsWith("indexing [") || line.startsWith("scanning")
                        || line.startsWith("committing"))
                .singleElement().asString().matches("indexing \\[=+\\] 8/8 files  100%  \\d+\\.\\d s");
        assertThat(index).anySatisfy(line ->
                assertThat(line).startsWith("indexed 8 reports, 0 unchanged, 0 removed"));

        List<String> search = run(LAUNCHER + " search --service CodeDeploy");
        assertThat(search).anySatisfy(line -> assertThat(line).startsWith("DATE        EVENT").endsWith("SESSION"));
        assertThat(search).as("names wrap, never cut").contains("2025-11-17  DevOps on AWS Workshop           2  CI/CD "
                + "trên AWS", "            Applications                        containers").noneMatch(l -> l.contains("…"));
        assertThat(search).contains("3 of 3 sessions");
        for (List<String> screen : List.of(index, search)) {
            assertThat(screen).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(WIDTH));
        }
    }

    @Test
    void facetsOfASearchRenderAsATableThatFitsEightyColumns() throws Exception {
        run(LAUNCHER + " index --quiet " + Examples.DIR);
        List<String> search = run(LAUNCHER + " search --service CodeDeploy --facets");
        assertThat(search).contains("3 of 3 sessions", "FACET     VALUE                  SESSIONS",
                "service   CodeDeploy                    3", "topic     deployment strategies         3",
                "year      2025                          3", "language  en                            2",
                "language  vi                            1");
        assertThat(search).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(WIDTH));
    }

    @Test
    void colourOnTheTerminalUnlessNoColor() throws Exception {
        run(LAUNCHER + " index --quiet " + Examples.DIR);
        String coloured = String.join("\n", runWithEscapes(LAUNCHER + " search 'tu duy'"));
        assertThat(coloured).contains("\u001b[1mDATE");
        String plain = String.join("\n", runWithEscapes("NO_COLOR=1 " + LAUNCHER + " search 'tu duy'"));
        assertThat(plain).contains("«Tư» «Duy»").doesNotContain("\u001b[1m");
    }

    /** Clears the pane, runs {@code command} in it, waits until it is done, and returns the screen's lines. */
    private List<String> run(String command) throws Exception {
        return screen(command, false);
    }

    private List<String> runWithEscapes(String command) throws Exception {
        return screen(command, true);
    }

    private List<String> screen(String command, boolean escapes) throws Exception {
        String done = "[done " + (++commands) + " ";
        tmux("send-keys", "-t", "t", "clear; " + command + "; echo \"" + done + "$?]\"", "Enter");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            String shown = tmux("capture-pane", "-p", "-t", "t");
            if (shown.lines().anyMatch(l -> l.startsWith(done) && l.matches(".*\\d+\\]"))) {
                List<String> lines = new ArrayList<>((escapes ? tmux("capture-pane", "-p", "-e", "-t", "t")
                        : shown).lines().toList());
                while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
                    lines.remove(lines.size() - 1);
                }
                return lines;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the command did not finish in the pane: " + tmux("capture-pane", "-p", "-t", "t"));
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }
}
