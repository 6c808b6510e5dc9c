package io.recap.bench.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A whole-process command of a figure, timed from start to exit with its output discarded (as a pipe to
 * {@code /dev/null} would be).
 *
 * @param label what the figure calls it
 * @param argv  the command and its arguments
 */
record Command(String label, List<String> argv) {

    /** Runs the command once; returns its wall time in seconds. */
    double time() throws IOException {
        long started = System.nanoTime();
        Process p = new ProcessBuilder(argv).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int code = waitFor(p);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (code > 1) {
            throw new IOException(String.join(" ", argv) + " exited with " + code);
        }
        return seconds;
    }

    /** Runs the command once and returns what it printed on stdout. */
    String output() throws IOException {
        Process p = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = waitFor(p);
        if (code > 1) {
            throw new IOException(String.join(" ", argv) + " exited with " + code);
        }
        return out;
    }

    private static int waitFor(Process p) throws IOException {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The command as a shell line, for BENCHMARKS.md. */
    String shell() {
        StringBuilder b = new StringBuilder();
        for (String a : argv) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(a.matches("[A-Za-z0-9_./=:,+-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return b.toString();
    }
}
