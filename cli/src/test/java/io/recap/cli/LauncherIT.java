package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/recap} in a subprocess, as a newcomer runs it: exit codes, stdout versus stderr. */
class LauncherIT {

    static final Path LAUNCHER = Path.of("../bin/recap").toAbsolutePath().normalize();
    static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    Result recap(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(tmp.resolve("out").toFile())
                .redirectError(tmp.resolve("err").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("recap finished").isTrue();
        return new Result(p.exitValue(), Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8));
    }

    @Test
    void theReadmesFirstCommandListsTheSeedsCiCdSession() throws Exception {
        Map<String, String> env = Map.of("RECAP_INDEX", tmp.resolve("index").toString());
        Result index = recap(env, "index", EXAMPLES.toString());
        assertThat(index.code()).as(index.err()).isZero();
        assertThat(index.out()).startsWith("indexed ");

        Result search = recap(env, "search", "--service", "CodeDeploy");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("CI/CD trên AWS", "DevOps on AWS Workshop");
    }

    @Test
    void aMissingIndexExitsWithThreeAndNoStackTrace() throws Exception {
        Result r = recap(Map.of("RECAP_INDEX", tmp.resolve("none").toString()), "search", "devops");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no index at").doesNotContain("at io.recap").doesNotContain("Exception");
    }

    @Test
    void aUsageErrorExitsWithTwo() throws Exception {
        Result r = recap(Map.of(), "search", "--no-such-option");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option");
    }
}
