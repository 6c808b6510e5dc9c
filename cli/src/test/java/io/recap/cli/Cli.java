package io.recap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** Runs recap in this JVM with captured output, a controlled environment and a chosen terminal. */
final class Cli {

    final Map<String, String> env = new HashMap<>();
    Terminal terminal = Terminal.none();
    String out;
    String err;

    /** Runs {@code recap args…} and returns its exit code. */
    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new Environment(env, new PrintWriter(o), new PrintWriter(e), terminal), args);
        out = o.toString();
        err = e.toString();
        return code;
    }
}
