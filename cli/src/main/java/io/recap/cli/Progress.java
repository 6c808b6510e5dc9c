package io.recap.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on stderr for work over a known number of items (files):
 * {@code indexing [=========>          ] 12/25 files  48%  0.6 s}, or {@code scanning …  0.2 s} while the
 * number is not known yet. Redrawn in place with a carriage return at most every 50 ms (and at once when its
 * label changes); the last frame stays on the screen when the work is done. A silent progress draws nothing:
 * what a pipe, a log or {@code --quiet} gets. Not thread-safe: call it from one thread.
 */
final class Progress implements AutoCloseable {

    private static final long REDRAW_NANOS = 50_000_000L;
    private static final String CLEAR_LINE = "\r\u001b[K";

    private final PrintWriter err;
    private String label;
    private long total;
    private final int columns;
    private final Style style;
    private final long started = System.nanoTime();
    private long done;
    private long lastDraw;
    private boolean drawn;
    private boolean closed;

    private Progress(PrintWriter err, String label, long total, int columns, Style style) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.columns = columns;
        this.style = style;
    }

    /** A bar drawn on {@code err}, a terminal {@code columns} wide. */
    static Progress onTerminal(PrintWriter err, String label, long total, int columns, Style style) {
        return new Progress(err, label, total, columns > 0 ? columns : Terminal.FALLBACK_COLUMNS, style);
    }

    /** A progress that draws nothing. */
    static Progress silent() {
        return new Progress(null, "", 0, 0, Style.of(false));
    }

    /** One more item is done. */
    void step() {
        update(label, done + 1, total);
    }

    /**
     * Sets what is being done, how many items are done and how many there are ({@code -1}: not known yet, as
     * while files are still being found); redraws when due.
     */
    void update(String newLabel, long newDone, long newTotal) {
        boolean relabelled = !newLabel.equals(label);
        label = newLabel;
        done = newDone;
        total = newTotal;
        if (err != null && (!drawn || relabelled || System.nanoTime() - lastDraw >= REDRAW_NANOS
                || (total >= 0 && done >= total))) {
            draw();
        }
    }

    /**
     * Prints a line to {@code out} (a terminal too) without tearing the bar: the bar is cleared, the line
     * printed, and the bar drawn again below it.
     */
    void println(PrintWriter out, String line) {
        if (err != null && drawn) {
            err.print(CLEAR_LINE);
            err.flush();
        }
        out.println(line);
        out.flush();
        if (err != null && drawn) {
            draw();
        }
    }

    /** Draws the final frame and ends its line, so that what follows starts on a line of its own. */
    @Override
    public void close() {
        if (err != null && !closed) {
            closed = true;
            draw();
            err.println();
            err.flush();
        }
    }

    /** Erases the bar (the work failed: an error message follows); a later {@link #close} draws nothing. */
    void abandon() {
        if (err != null && !closed) {
            closed = true;
            if (drawn) {
                err.print(CLEAR_LINE);
                err.flush();
            }
        }
    }

    /** The text of the current frame, fitted to the width (without colour). */
    String frame() {
        double seconds = (System.nanoTime() - started) / 1e9;
        if (total < 0) {
            return DisplayWidth.fit(String.format(Locale.ROOT, "%s …  %.1f s", label, seconds), columns - 1);
        }
        int percent = total == 0 ? 100 : (int) (100L * Math.min(done, total) / total);
        String all = String.format(Locale.ROOT, "%,d", total);
        // The count of files done is padded to the total's width, so that the bar keeps its width as it fills.
        String counts = String.format(Locale.ROOT, " %" + all.length() + "s/%s files  %3d%%  %.1f s",
                String.format(Locale.ROOT, "%,d", done), all, percent, seconds);
        int barWidth = Math.max(10, Math.min(40, columns - 1 - label.length() - 3 - counts.length()));
        return DisplayWidth.fit(label + " [" + bar(barWidth, percent) + "]" + counts, columns - 1);
    }

    private void draw() {
        lastDraw = System.nanoTime();
        drawn = true;
        String f = frame();
        if (style.colored()) {
            int open = f.indexOf('[');
            int close = f.indexOf(']');
            if (open >= 0 && close > open) {
                f = f.substring(0, open + 1) + style.green(f.substring(open + 1, close)) + f.substring(close);
            }
        }
        err.print(CLEAR_LINE + f);
        err.flush();
    }

    private static String bar(int width, int percent) {
        int filled = width * percent / 100;
        StringBuilder sb = new StringBuilder(width);
        for (int i = 0; i < width; i++) {
            sb.append(i < filled ? '=' : i == filled ? '>' : ' ');
        }
        return sb.toString();
    }
}
