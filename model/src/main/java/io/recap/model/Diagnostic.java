package io.recap.model;

import java.util.Objects;

/**
 * Something the parser could not understand, refused, or guessed, anchored at a place in the report file.
 *
 * @param severity how serious it is
 * @param code     a stable, dotted, lower-case code such as {@code front-matter.unterminated}
 * @param message  a sentence for people
 * @param line     1-based line in the original file, or 0 when it concerns the whole file
 * @param column   1-based column (in characters) in that line, or 0 when unknown
 */
public record Diagnostic(Severity severity, String code, String message, int line, int column) {

    /**
     * Validates the fields.
     *
     * @param severity how serious it is
     * @param code     a stable, dotted, lower-case code such as {@code front-matter.unterminated}
     * @param message  a sentence for people
     * @param line     1-based line in the original file, or 0 when it concerns the whole file
     * @param column   1-based column (in characters) in that line, or 0 when unknown
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    /**
     * An error at a line, column unknown.
     *
     * @param code    a stable, dotted, lower-case code
     * @param message a sentence for people
     * @param line    1-based line, or 0 for the whole file
     * @return the diagnostic
     */
    public static Diagnostic error(String code, String message, int line) {
        return new Diagnostic(Severity.ERROR, code, message, line, 0);
    }

    /**
     * A warning at a line, column unknown.
     *
     * @param code    a stable, dotted, lower-case code
     * @param message a sentence for people
     * @param line    1-based line, or 0 for the whole file
     * @return the diagnostic
     */
    public static Diagnostic warning(String code, String message, int line) {
        return new Diagnostic(Severity.WARNING, code, message, line, 0);
    }

    /**
     * An informational note at a line, column unknown.
     *
     * @param code    a stable, dotted, lower-case code
     * @param message a sentence for people
     * @param line    1-based line, or 0 for the whole file
     * @return the diagnostic
     */
    public static Diagnostic info(String code, String message, int line) {
        return new Diagnostic(Severity.INFO, code, message, line, 0);
    }

    /**
     * The same diagnostic at another column.
     *
     * @param newColumn 1-based column, or 0 when unknown
     * @return a copy of this diagnostic with that column
     */
    public Diagnostic atColumn(int newColumn) {
        return new Diagnostic(severity, code, message, line, newColumn);
    }

    /**
     * Formats as {@code path:line:col: severity: message}, the form compilers and editors understand.
     *
     * @param path the report's path as it should be shown
     * @return one line of text
     */
    public String format(String path) {
        return path + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }
}
