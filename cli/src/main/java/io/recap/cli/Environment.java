package io.recap.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a command may know of its process: environment variables, the two output streams, the terminal. */
final class Environment {

    final Map<String, String> env;
    final PrintWriter out;
    final PrintWriter err;
    final Terminal terminal;

    /** The environment of this process. */
    static Environment ofProcess() {
        Map<String, String> env = System.getenv();
        return new Environment(env, writer(System.out, false), writer(System.err, true), Terminal.detect(env));
    }

    Environment(Map<String, String> env, PrintWriter out, PrintWriter err, Terminal terminal) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** The value of an environment variable, or null. */
    String get(String name) {
        return env.get(name);
    }

    /** Columns output must fit: {@code COLUMNS} when set, else the terminal's width, else 0 (no limit). */
    int columns() {
        try {
            int n = Integer.parseInt(env.getOrDefault("COLUMNS", "").strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // not a number: the terminal decides
        }
        return terminal.columns();
    }

    /** Whether {@code NO_COLOR} is set to something other than "" (no-color.org). */
    boolean noColor() {
        String v = env.get("NO_COLOR");
        return v != null && !v.isEmpty();
    }

    private static PrintWriter writer(PrintStream stream, boolean autoFlush) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), autoFlush);
    }
}
