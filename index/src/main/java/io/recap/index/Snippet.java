package io.recap.index;

import java.util.List;
import java.util.Objects;

/**
 * A passage of a session shown with a hit: its text, and where in it the words the query matched are.
 *
 * @param text  the passage (one line; "…" where it was cut)
 * @param marks the matched words, in order, not overlapping
 */
public record Snippet(String text, List<Mark> marks) {

    /** No passage. */
    public static final Snippet NONE = new Snippet("", List.of());

    /**
     * A matched stretch of the text.
     *
     * @param start its first character (a UTF-16 index into {@link #text()}, as Java and JavaScript count)
     * @param end   the character after its last
     */
    public record Mark(int start, int end) {

        /**
         * Validates.
         *
         * @param start its first character
         * @param end   the character after its last
         */
        public Mark {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("a mark from " + start + " to " + end);
            }
        }
    }

    /**
     * Validates and copies.
     *
     * @param text  the passage
     * @param marks the matched words, in order, not overlapping, within the text
     */
    public Snippet {
        Objects.requireNonNull(text, "text");
        marks = List.copyOf(marks);
        int last = 0;
        for (Mark m : marks) {
            if (m.start() < last || m.end() > text.length()) {
                throw new IllegalArgumentException("marks must be in order, apart and within the text");
            }
            last = m.end();
        }
    }

    /**
     * The text with each matched stretch between {@code open} and {@code close}: {@code marked("«", "»")} for
     * people reading plain text, ANSI escapes for a terminal.
     *
     * @param open  what goes before a match
     * @param close what goes after it
     * @return the marked text
     */
    public String marked(String open, String close) {
        StringBuilder sb = new StringBuilder(text.length() + marks.size() * (open.length() + close.length()));
        int at = 0;
        for (Mark m : marks) {
            sb.append(text, at, m.start()).append(open).append(text, m.start(), m.end()).append(close);
            at = m.end();
        }
        return sb.append(text, at, text.length()).toString();
    }
}
