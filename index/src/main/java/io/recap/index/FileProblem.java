package io.recap.index;

import java.util.Objects;

/**
 * A problem with one file of an indexing run: an error diagnostic of its report, or a failure to read it.
 *
 * @param path    the file
 * @param line    1-based line, or 0 when it concerns the whole file
 * @param message what is wrong
 * @param failed  whether the file could not be indexed at all
 */
public record FileProblem(String path, int line, String message, boolean failed) {

    /** Validates the fields. */
    public FileProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
