package io.recap.cli;

/**
 * ANSI colours for output people read, or none at all: a plain style returns every text unchanged, so
 * commands style their output without asking whether colour is on.
 */
final class Style {

    private static final String RESET = "\u001b[0m";
    private static final Style PLAIN = new Style(false);
    private static final Style COLOR = new Style(true);

    private final boolean color;

    private Style(boolean color) {
        this.color = color;
    }

    /** The style with colour when {@code color} is true, else the plain one. */
    static Style of(boolean color) {
        return color ? COLOR : PLAIN;
    }

    /** Whether this style adds escape sequences. */
    boolean colored() {
        return color;
    }

    /** Headers. */
    String bold(String s) {
        return wrap("1", s);
    }

    /** Secondary text: notes, counts, summaries. */
    String dim(String s) {
        return wrap("2", s);
    }

    /** Errors. */
    String red(String s) {
        return wrap("1;31", s);
    }

    /** Warnings. */
    String yellow(String s) {
        return wrap("33", s);
    }

    /** Success and the filled part of a progress bar. */
    String green(String s) {
        return wrap("32", s);
    }

    /** Paths and ids. */
    String cyan(String s) {
        return wrap("36", s);
    }

    /**
     * A snippet with its matches between {@link Table#MARK_OPEN} and {@link Table#MARK_CLOSE}: in bold colour on a
     * terminal; without colour marked {@code «like this»}, so that the match is still visible.
     */
    String matches(String snippet) {
        if (snippet == null) {
            return null;
        }
        return color ? snippet.replace(String.valueOf(Table.MARK_OPEN), "\u001b[1;33m")
                .replace(String.valueOf(Table.MARK_CLOSE), RESET)
                : snippet.replace(Table.MARK_OPEN, '«').replace(Table.MARK_CLOSE, '»');
    }

    /** Colour for a diagnostic's severity label ({@code error}, {@code warning}, {@code info}). */
    String severity(String label) {
        return switch (label) {
            case "error" -> red(label);
            case "warning" -> yellow(label);
            default -> dim(label);
        };
    }

    private String wrap(String code, String s) {
        return color && s != null && !s.isEmpty() ? "\u001b[" + code + "m" + s + RESET : s;
    }
}
