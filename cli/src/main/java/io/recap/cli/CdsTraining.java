package io.recap.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The training run of the class-data-sharing archive, run once at package time (see {@code cli/pom.xml}):
 * {@code java -XX:DumpLoadedClassList=… -cp recap.jar io.recap.cli.CdsTraining EXAMPLES INDEX} runs the
 * commands people run most — {@code --version}, {@code index}, {@code search}, {@code events}, {@code show},
 * {@code stats}, {@code services}, {@code parse}, {@code check} —
 * in one JVM, so that the classes they load are listed and then archived with {@code -Xshare:dump}.
 * {@code bin/recap} starts the JVM with that archive.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    /** {@code args}: the example archive to index, and a scratch index directory. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: CdsTraining EXAMPLES_DIR SCRATCH_INDEX_DIR");
            System.exit(ExitCode.USAGE);
        }
        String examples = args[0];
        String index = Path.of(args[1]).toString();
        String seed = Path.of(examples, "content", "4-EventParticipated", "4.2-Event2", "_index.vi.md").toString();
        String[][] runs = {
            {"--version"},
            {"--help"},
            {"index", examples, "--index", index, "--full"},
            {"search", "devops", "--index", index},
            {"search", "--service", "CodeDeploy", "--index", index, "--format", "json"},
            {"search", "--service", "CodeDeploy", "--index", index, "--format", "paths"},
            {"search", "container", "--since", "2025-01-01", "--part", "morning", "--facets", "--index", index},
            {"events", "--index", index},
            {"events", "devops", "--index", index, "--format", "json"},
            {"show", seed, "--index", index},
            {"stats", "--index", index},
            {"services", "--index", index},
            {"services", "container", "--top", "3", "--index", index},
            {"parse", seed, "--format", "json"},
            {"check", examples},
        };
        for (String[] run : runs) {
            int code = Main.run(new Environment(Map.of(), discard(), discard(), Terminal.none()), run);
            if (code != ExitCode.OK) {
                System.err.println("training run failed with exit code " + code + ": " + String.join(" ", run));
                System.exit(ExitCode.FAILURE);
            }
        }
    }

    private static PrintWriter discard() {
        return new PrintWriter(new java.io.OutputStreamWriter(OutputStream.nullOutputStream(),
                StandardCharsets.UTF_8));
    }
}
