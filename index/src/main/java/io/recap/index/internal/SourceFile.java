package io.recap.index.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One report to read: a Markdown file on disk or an entry of a zip archive, under a stable key (its absolute
 * path, or {@code archive.zip!/entry.md}) that becomes the report's path and id in the index.
 */
public abstract class SourceFile {

    private final String key;
    private final String display;
    private final long size;
    private int root;

    SourceFile(String key, String display, long size) {
        this.key = key;
        this.display = display;
        this.size = size;
    }

    /** The path as people gave it: the root as typed, then the path below it ({@code reports/a/x.md}). */
    public final String display() {
        return display;
    }

    /** The position of the root it was found under, among the roots of the scan. */
    public final int root() {
        return root;
    }

    final void root(int value) {
        this.root = value;
    }

    /** The key: the report's path in the index. */
    public final String key() {
        return key;
    }

    /** The size its file system or archive states, in bytes. */
    public final long size() {
        return size;
    }

    /**
     * Reads the content within the limits.
     *
     * @throws SourceProblem when it cannot be read or is refused
     */
    public abstract byte[] read() throws SourceProblem;

    /** A file on disk. */
    static SourceFile onDisk(String key, String display, Path file, long size, long maxBytes) {
        return new DiskFile(key, display, file, size, maxBytes);
    }

    private static final class DiskFile extends SourceFile {
        private final Path file;
        private final long maxBytes;

        DiskFile(String key, String display, Path file, long size, long maxBytes) {
            super(key, display, size);
            this.file = file;
            this.maxBytes = maxBytes;
        }

        @Override
        public byte[] read() throws SourceProblem {
            if (size() > maxBytes) {
                throw tooLarge(size());
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            } catch (IOException e) {
                throw SourceProblem.unreadable("file.unreadable", "cannot read the file: " + Sources.describe(e));
            }
            if (bytes.length > maxBytes) {
                throw tooLarge(bytes.length);
            }
            return bytes;
        }

        private SourceProblem tooLarge(long bytes) {
            return SourceProblem.refused("file.too-large", "the file has " + bytes + " bytes, more than the limit of "
                    + maxBytes + "; skipped");
        }
    }
}
