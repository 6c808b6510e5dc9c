package io.recap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** Runs recap in this JVM with captured output and a controlled environment. */
final class Cli {

    final Map<String, String> env = new HashMap<>();
    String out;
    String err;

    /** Runs {@code recap args…} and returns its exit code. */
    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = RecapCommand.commandLine(new Environment(env, new PrintWriter(o, true), new PrintWriter(e, true)))
                .execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }
}
