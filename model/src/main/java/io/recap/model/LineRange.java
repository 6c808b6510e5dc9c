package io.recap.model;

/**
 * An inclusive range of 1-based line numbers in the original report file.
 *
 * @param start first line, at least 1
 * @param end   last line, at least {@code start}
 */
public record LineRange(int start, int end) {

    /**
     * Validates that the range is non-empty and 1-based.
     *
     * @param start first line, at least 1
     * @param end   last line, at least {@code start}
     */
    public LineRange {
        if (start < 1 || end < start) {
            throw new IllegalArgumentException("bad line range " + start + ".." + end);
        }
    }

    /**
     * A range of one line.
     *
     * @param line the 1-based line
     * @return the range {@code line..line}
     */
    public static LineRange of(int line) {
        return new LineRange(line, line);
    }

    /**
     * Whether {@code line} lies in this range.
     *
     * @param line a 1-based line number
     * @return whether {@code start <= line <= end}
     */
    public boolean contains(int line) {
        return line >= start && line <= end;
    }

    /**
     * Whether {@code other} lies entirely inside this range.
     *
     * @param other another range
     * @return whether every line of {@code other} lies in this range
     */
    public boolean contains(LineRange other) {
        return other.start >= start && other.end <= end;
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
