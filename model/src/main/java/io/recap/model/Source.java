package io.recap.model;

import java.util.Objects;

/**
 * Where a report came from.
 *
 * @param path   the path as given to the parser (a file path, or {@code archive.zip!/entry.md})
 * @param sha256 lower-case hex SHA-256 of the file's bytes as read
 * @param bytes  size of the file in bytes
 */
public record Source(String path, String sha256, long bytes) {

    /**
     * Validates the fields.
     *
     * @param path   the path as given to the parser (a file path, or {@code archive.zip!/entry.md})
     * @param sha256 lower-case hex SHA-256 of the file's bytes as read
     * @param bytes  size of the file in bytes
     */
    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        if (bytes < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }
}
