package io.recap.index;

import io.recap.model.Severity;
import java.util.Objects;

/**
 * A problem with one file of an indexing run: a diagnostic of its report, or a reason it could not be indexed.
 *
 * @param path     the file: an absolute path, or {@code archive.zip!/entry.md} for a zip entry
 * @param line     1-based line, or 0 when it concerns the whole file
 * @param severity how serious it is; failures are {@link Severity#ERROR errors}
 * @param code     a stable, dotted code: a parser diagnostic's code, or one of {@code file.unreadable},
 *                 {@code file.too-large}, {@code file.binary}, {@code file.not-markdown}, {@code file.loop},
 *                 {@code file.missing}, {@code file.unindexable}, {@code zip.unreadable},
 *                 {@code zip.unsafe-entry}, {@code zip.duplicate-entry}, {@code zip.too-large}, {@code zip.ratio};
 *                 or {@code index.rebuilt} (a warning on the index directory: a full run found it damaged and
 *                 rebuilt it)
 * @param message  a sentence for people
 * @param failed   whether the file could not be indexed at all (a diagnostic of an indexed report is not)
 */
public record FileProblem(String path, int line, Severity severity, String code, String message, boolean failed) {

    /**
     * Validates the fields.
     *
     * @param path     the file: an absolute path, or {@code archive.zip!/entry.md} for a zip entry
     * @param line     1-based line, or 0 when it concerns the whole file
     * @param severity how serious it is; failures are {@link Severity#ERROR errors}
     * @param code     a stable, dotted code: a parser diagnostic's code, or one of {@code file.unreadable},
     *                 {@code file.too-large}, {@code file.binary}, {@code file.not-markdown}, {@code file.loop},
     *                 {@code file.missing}, {@code file.unindexable}, {@code zip.unreadable},
     *                 {@code zip.unsafe-entry}, {@code zip.duplicate-entry}, {@code zip.too-large}, {@code zip.ratio};
     *                 or {@code index.rebuilt} (a warning on the index directory: a full run found it damaged and
     *                 rebuilt it)
     * @param message  a sentence for people
     * @param failed   whether the file could not be indexed at all (a diagnostic of an indexed report is not)
     */
    public FileProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("negative line " + line);
        }
    }

    /**
     * A file that could not be indexed at all: an error for the whole file.
     *
     * @param path    the file
     * @param code    a stable, dotted code such as {@code file.unreadable}
     * @param message a sentence for people
     * @return the problem
     */
    public static FileProblem failure(String path, String code, String message) {
        return new FileProblem(path, 0, Severity.ERROR, code, message, true);
    }

    /**
     * Formats as {@code path:line: severity: message}, the form editors understand.
     *
     * @return one line of text
     */
    public String format() {
        return path + ":" + line + ": " + severity.label() + ": " + message;
    }
}
