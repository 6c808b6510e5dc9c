package io.recap.cli;

import io.recap.index.IndexProgress;
import io.recap.index.ProgressListener;

/**
 * Shows an indexing run's progress, as {@link io.recap.index.ArchiveIndexer} reports it, on a {@link Progress}
 * bar: {@code scanning …} while files are being found, {@code indexing [===>  ] 12/25 files} while they are
 * parsed and indexed, {@code committing} while the index is written, and the {@code indexing} frame again at
 * the end, so that the line left on the screen says what was done.
 */
final class IndexProgressBar implements ProgressListener {

    private final Progress bar;

    IndexProgressBar(Progress bar) {
        this.bar = bar;
    }

    @Override
    public void progress(IndexProgress p) {
        switch (p.phase()) {
            case SCANNING -> bar.update("scanning", p.filesDone(), -1);
            case INDEXING -> bar.update("indexing", p.filesDone(), p.filesTotal());
            case COMMITTING -> bar.update("committing", p.filesDone(), p.filesTotal());
            case DONE -> bar.update("indexing", p.filesDone(), p.filesTotal());
            default -> throw new IllegalStateException(p.phase().name());
        }
    }
}
