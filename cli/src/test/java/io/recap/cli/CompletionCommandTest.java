package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recap completion}: the script completes commands and option values in a real bash. */
class CompletionCommandTest {

    @TempDir
    Path tmp;
    Cli cli = new Cli();

    @Test
    void bashCompletesCommandsAndFormats() throws Exception {
        assertThat(cli.run("completion", "bash")).isZero();
        Path script = Files.writeString(tmp.resolve("recap.bash"), cli.out);
        assertThat(complete(script, "recap se")).isEqualTo("search serve services");
        assertThat(complete(script, "recap s")).isEqualTo("search serve services show solr stats");
        assertThat(complete(script, "recap e")).isEqualTo("events");
        assertThat(complete(script, "recap search --part ")).isEqualTo("afternoon evening morning");
        assertThat(complete(script, "recap events --sort ")).isEqualTo("date relevance");
        assertThat(complete(script, "recap show --format ")).isEqualTo("json text");
        assertThat(complete(script, "recap stats --f")).isEqualTo("--format");
        assertThat(complete(script, "recap search --format n")).isEqualTo("ndjson");
        assertThat(complete(script, "recap check --format g")).isEqualTo("github");
    }

    @Test
    void zshLoadsBashCompletionFirst() {
        assertThat(cli.run("completion", "zsh")).isZero();
        assertThat(cli.out).startsWith("autoload -U +X compinit && compinit\n"
                + "autoload -U +X bashcompinit && bashcompinit\n");
        assertThat(cli.out).contains("complete -F _complete_recap");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        assertThat(cli.run("completion", "fish")).isEqualTo(2);
    }

    /** What bash offers for the last word of {@code line}, sorted, space-separated. */
    private String complete(Path script, String line) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || System.getenv("CI") != null, "bash is missing");
        String program = "source " + script + "\n"
                + "COMP_LINE='" + line + "'; COMP_WORDS=(" + line + (line.endsWith(" ") ? " ''" : "") + ")\n"
                + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_POINT=${#COMP_LINE}\n"
                + "_complete_recap; printf '%s\\n' \"${COMPREPLY[@]}\" | sort | tr '\\n' ' '\n";
        Process p = new ProcessBuilder("bash", "-c", program)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
