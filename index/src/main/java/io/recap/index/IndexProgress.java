package io.recap.index;

/**
 * How far an indexing run has come, for a progress bar.
 *
 * @param phase      what the run is doing
 * @param filesDone  files read and either indexed, skipped as unchanged, or failed
 * @param filesTotal files found (known once scanning is over; 0 while scanning)
 * @param bytesDone  bytes of the files done
 * @param bytesTotal bytes of all files found (as their file systems or archives state them)
 * @param seconds    time since the run started
 */
public record IndexProgress(Phase phase, long filesDone, long filesTotal, long bytesDone, long bytesTotal,
                            double seconds) {

    /** What an indexing run is doing. */
    public enum Phase {
        /** Walking directories and reading archives' tables of contents. */
        SCANNING,
        /** Reading, parsing and indexing files. */
        INDEXING,
        /** Writing the commit (after a full run, merging the index into one segment first). */
        COMMITTING,
        /** Finished: the commit is durable (or there was nothing to commit). */
        DONE
    }

    /**
     * Files done per second so far.
     *
     * @return the rate (0 at the start)
     */
    public double filesPerSecond() {
        return seconds > 0 ? filesDone / seconds : 0;
    }

    /**
     * Bytes done per second so far.
     *
     * @return the rate (0 at the start)
     */
    public double bytesPerSecond() {
        return seconds > 0 ? bytesDone / seconds : 0;
    }

    /**
     * The fraction of files done.
     *
     * @return from 0 to 1 (0 while the total is unknown)
     */
    public double fraction() {
        return filesTotal > 0 ? Math.min(1.0, (double) filesDone / filesTotal) : 0;
    }
}
