package io.recap.index;

import java.io.IOException;
import java.nio.file.Path;

/** An index that cannot be used: missing, written by another schema version, locked by another writer. */
public final class IndexException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why the index cannot be used. */
    public enum Reason {
        /** No index exists at the location. */
        MISSING,
        /** The index was written by a recap with another schema version. */
        INCOMPATIBLE,
        /** Another process is writing the index. */
        LOCKED,
        /** The index files cannot be read. */
        UNREADABLE
    }

    private final Reason reason;
    private final Path location;

    /** An exception for the index at {@code location}. */
    public IndexException(Reason reason, Path location, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.location = location;
    }

    /** Why the index cannot be used. */
    public Reason reason() {
        return reason;
    }

    /** The index directory. */
    public Path location() {
        return location;
    }
}
