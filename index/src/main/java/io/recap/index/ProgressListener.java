package io.recap.index;

/**
 * Receives the progress of an indexing run. Called on the thread that called
 * {@link ArchiveIndexer#index(java.util.List)}, about ten times a second and at every change of phase, so an
 * implementation needs no synchronisation. An exception thrown here aborts the run; the index is left as it was.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores progress. */
    ProgressListener NONE = p -> { };

    /**
     * Called with the run's progress.
     *
     * @param progress how far the run has come
     */
    void progress(IndexProgress progress);
}
