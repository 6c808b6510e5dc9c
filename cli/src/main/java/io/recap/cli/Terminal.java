package io.recap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What recap knows of the terminal it runs in: whether stdout and stderr are terminals, and how many columns
 * wide the screen is ({@code 0} when unknown, as in a pipe).
 *
 * <p>{@code bin/recap} tells it through system properties ({@code recap.stdout.tty}, {@code recap.stderr.tty},
 * {@code recap.columns}: the shell knows with {@code [ -t 1 ]} and {@code stty size} at no cost); without
 * them, recap looks where {@code /proc/self/fd/N} points. {@code COLUMNS} overrides the width.
 *
 * @param stdout  whether standard output is a terminal
 * @param stderr  whether standard error is a terminal
 * @param columns width of the terminal in columns, or 0 when unknown
 */
record Terminal(boolean stdout, boolean stderr, int columns) {

    /** Width assumed for a terminal whose width cannot be found out. */
    static final int FALLBACK_COLUMNS = 80;

    /** Neither stream is a terminal; the width is unknown: what a pipe or a test sees. */
    static Terminal none() {
        return new Terminal(false, false, 0);
    }

    /** Detects the terminal of this process. */
    static Terminal detect(Map<String, String> env) {
        boolean out = isTerminal("recap.stdout.tty", 1);
        boolean err = isTerminal("recap.stderr.tty", 2);
        int columns = positive(env.get("COLUMNS"));
        if (columns == 0) {
            columns = positive(System.getProperty("recap.columns"));
        }
        if (columns == 0 && (out || err)) {
            columns = FALLBACK_COLUMNS;
        }
        return new Terminal(out, err, columns);
    }

    private static boolean isTerminal(String property, int fd) {
        String told = System.getProperty(property);
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static int positive(String s) {
        if (s == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(s.strip());
            return Math.max(n, 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
