package io.recap.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a command may read of its process: environment variables and the two output streams. */
final class Environment {

    final Map<String, String> env;
    final PrintWriter out;
    final PrintWriter err;

    Environment(Map<String, String> env, PrintStream out, PrintStream err) {
        this(env, new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    }

    Environment(Map<String, String> env, PrintWriter out, PrintWriter err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }
}
