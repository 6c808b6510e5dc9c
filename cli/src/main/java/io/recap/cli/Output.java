package io.recap.cli;

import java.io.PrintWriter;

/**
 * Where one command writes and how: the two streams, their styles (colour only where it is wanted), the width
 * tables must fit, and whether progress and summaries are shown.
 */
final class Output {

    /** Standard output: what the command produces. */
    final PrintWriter out;
    /** Standard error: diagnostics, progress, summaries. */
    final PrintWriter err;
    /** Style for stdout. */
    final Style style;
    /** Style for stderr. */
    final Style errStyle;
    /** The width tables are laid out for when nothing says otherwise (in a pipe). */
    static final int PIPE_WIDTH = 120;

    /** Columns a table must fit: {@code COLUMNS}, else the terminal's width, else {@link #PIPE_WIDTH}. */
    final int width;
    /** Whether {@code --quiet} was given. */
    final boolean quiet;
    /** Whether {@code --verbose} was given. */
    final boolean verbose;
    private final Terminal terminal;

    Output(Environment env, GlobalOptions options) {
        this.out = env.out;
        this.err = env.err;
        this.terminal = env.terminal;
        this.style = Style.of(colored(options.color, env, terminal.stdout()));
        this.errStyle = Style.of(colored(options.color, env, terminal.stderr()));
        this.width = env.columns() > 0 ? env.columns() : PIPE_WIDTH;
        this.quiet = options.quiet;
        this.verbose = options.verbose;
    }

    /** Whether to colour a stream: {@code --color}, else a terminal without {@code NO_COLOR} or a dumb TERM. */
    static boolean colored(ColorChoice choice, Environment env, boolean terminal) {
        return switch (choice) {
            case always -> true;
            case never -> false;
            case auto -> terminal && !env.noColor() && !"dumb".equals(env.get("TERM"));
        };
    }

    /** A progress bar on stderr for {@code total} items: drawn only on a terminal and without --quiet. */
    Progress progress(String label, long total) {
        boolean shown = showsProgress();
        return shown ? Progress.onTerminal(err, label, total, width, errStyle) : Progress.silent();
    }

    /** Whether a progress bar would be drawn. */
    boolean showsProgress() {
        return terminal.stderr() && !quiet;
    }

    /** Prints a summary line to stderr, unless --quiet. */
    void summary(String line) {
        if (!quiet) {
            err.println(line);
            err.flush();
        }
    }
}
