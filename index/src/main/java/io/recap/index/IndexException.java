package io.recap.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An index that cannot be used: missing, written by another schema version, locked by another writer, damaged,
 * unreadable, or (a SolrCloud collection) on a server that cannot be reached. Its message says what happened and
 * what to do.
 */
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
        /** The index files cannot be read or written (permissions, not a directory, an I/O error). */
        UNREADABLE,
        /**
         * The index files are damaged: truncated, overwritten, emptied or missing. A full run
         * ({@link ArchiveIndexer.Builder#full}) rebuilds the index from its sources.
         */
        DAMAGED,
        /** The server that holds the index (a SolrCloud) cannot be reached. */
        UNREACHABLE
    }

    /** Why the index cannot be used. */
    private final Reason reason;
    /** The index directory. */
    private final transient Path location;

    /**
     * An exception for the index at {@code location}.
     *
     * @param reason   why the index cannot be used
     * @param location the index directory, or {@code null} for an index that is no directory (a SolrCloud
     *                 collection, named in the message)
     * @param message  a sentence for people that says what to do
     * @param cause    the underlying exception, or {@code null}
     */
    public IndexException(Reason reason, Path location, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.location = location;
    }

    /**
     * Why the index cannot be used.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The index directory.
     *
     * @return the location, as given when the exception was made ({@code null} for an index that is no
     *         directory, and after deserialisation)
     */
    public Path location() {
        return location;
    }
}
