package io.recap.index;

/**
 * Bounds on what an indexing run reads, against oversized files and zip bombs. A file or zip entry beyond a
 * bound is refused and reported; the run goes on.
 *
 * @param maxFileBytes        largest report read, from disk or uncompressed from an archive
 * @param maxArchiveBytes     most bytes uncompressed from one zip archive in all; entries after the bound is
 *                            reached are refused
 * @param maxCompressionRatio largest ratio of an entry's uncompressed to compressed size (checked once an
 *                            entry exceeds 64 KiB uncompressed)
 */
public record ArchiveLimits(long maxFileBytes, long maxArchiveBytes, int maxCompressionRatio) {

    /** 16 MiB per file (the parser's own limit), 1 GiB per archive, a ratio of 100. */
    public static final ArchiveLimits DEFAULTS = new ArchiveLimits(16L << 20, 1L << 30, 100);

    /**
     * Validates the bounds.
     *
     * @param maxFileBytes        largest report read, from disk or uncompressed from an archive
     * @param maxArchiveBytes     most bytes uncompressed from one zip archive in all; entries after the bound is
     *                            reached are refused
     * @param maxCompressionRatio largest ratio of an entry's uncompressed to compressed size (checked once an
     *                            entry exceeds 64 KiB uncompressed)
     */
    public ArchiveLimits {
        if (maxFileBytes < 1 || maxArchiveBytes < 1 || maxCompressionRatio < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
