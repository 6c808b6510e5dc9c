package io.recap.index;

import io.recap.index.internal.IndexingRun;
import io.recap.model.Severity;
import io.recap.parser.ReportParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * (Re)indexes archives of reports into a recap index on disk.
 *
 * <ul>
 *   <li><b>Sources</b>: Markdown files ({@code *.md}, {@code *.markdown}), directories walked recursively
 *       (following symbolic links, reporting loops, skipping hidden entries and other files) and {@code .zip}
 *       archives, read in place; entries whose names would leave the archive are refused and reported, and
 *       {@link ArchiveLimits} bound what is decompressed. A report's id in the index is its absolute real path,
 *       or {@code /abs/archive.zip!/entry.md} for an archive entry.</li>
 *   <li><b>Incremental</b> by default: a report whose path and content hash are unchanged is not even parsed;
 *       a changed one is replaced; one whose file is gone from under the given roots (or was refused this time)
 *       is removed. A file that exists but cannot be read keeps its indexed version. A report read by a parser
 *       with another {@link ReportParser#fingerprint() fingerprint} (another recap version or catalog) is read
 *       again. {@link Builder#full} rebuilds the index from the given roots alone.</li>
 *   <li><b>Parallel</b>: one thread reads files into a bounded queue, {@link Builder#threads} workers hash,
 *       parse and add them to the single index writer.</li>
 *   <li><b>Atomic</b>: one commit at the end. Readers see the old index or the new one, never half; a run that
 *       fails, is interrupted or is killed leaves the index as it was.</li>
 *   <li><b>Robust</b>: a bad file never stops the run; {@link IndexRun#problems()} lists every file's
 *       problems.</li>
 *   <li><b>Exclusive</b>: one writer at a time; another process writing the same index makes
 *       {@link #index} throw an {@link IndexException} with reason {@link IndexException.Reason#LOCKED}.
 *       Searches ({@link ReportIndex}) keep working during a run and see the last commit.</li>
 * </ul>
 *
 * <pre>{@code
 * IndexRun run = ArchiveIndexer.builder(Path.of("index"))
 *         .progress(p -> System.err.printf("%d/%d files%n", p.filesDone(), p.filesTotal()))
 *         .build()
 *         .index(List.of(Path.of("reports"), Path.of("old-season.zip")));
 * System.out.println(run.indexed() + " indexed, " + run.unchanged() + " unchanged, " + run.removed() + " removed");
 * }</pre>
 *
 * <p>Immutable and thread-safe; it holds nothing open between runs (each {@link #index} opens the index, commits
 * and closes it), so there is nothing to close. One run at a time writes an index: a run that finds another
 * writing it is refused ({@link IndexException.Reason#LOCKED}). Then search the index with {@link ReportIndex}.
 */
public final class ArchiveIndexer {

    private final IndexingRun.Settings settings;

    private ArchiveIndexer(Builder b) {
        this.settings = new IndexingRun.Settings(b.location,
                b.parser != null ? b.parser : ReportParser.builder().build(), b.full, b.threads, b.limits,
                b.listener, b.problemSeverity);
    }

    /**
     * A builder for an indexer writing to the index at {@code location} (created when missing).
     *
     * @param location the index directory
     * @return a new builder
     */
    public static Builder builder(Path location) {
        return new Builder(location);
    }

    /**
     * Indexes every report under {@code roots} and commits.
     *
     * @param roots files, directories and zip archives; a missing one is reported as a problem
     * @return what the run did
     * @throws IndexException  when the index is locked by another writer, has another schema version (an
     *                         incremental run; rebuild with {@link Builder#full}), or cannot be opened
     * @throws IOException     when the index cannot be written (disk full…); nothing of the run is committed
     */
    public IndexRun index(List<Path> roots) throws IOException {
        Objects.requireNonNull(roots, "roots");
        return IndexingRun.run(settings, List.copyOf(roots));
    }

    /** Configures an {@link ArchiveIndexer}. */
    public static final class Builder {
        private final Path location;
        private ReportParser parser;
        private boolean full;
        private int threads = Runtime.getRuntime().availableProcessors();
        private ArchiveLimits limits = ArchiveLimits.DEFAULTS;
        private ProgressListener listener = ProgressListener.NONE;
        private Severity problemSeverity = Severity.ERROR;

        private Builder(Path location) {
            this.location = Objects.requireNonNull(location, "location").toAbsolutePath().normalize();
        }

        /**
         * The parser to read reports with (default: a parser with the built-in catalog).
         *
         * @param value the parser
         * @return this builder
         */
        public Builder parser(ReportParser value) {
            this.parser = Objects.requireNonNull(value, "parser");
            return this;
        }

        /**
         * Whether to rebuild the whole index from the given roots instead of updating it (default: false). A full
         * run also merges the index into one segment, which searches fastest.
         *
         * @param value whether to rebuild
         * @return this builder
         */
        public Builder full(boolean value) {
            this.full = value;
            return this;
        }

        /**
         * Parsing threads (default: the number of available processors).
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = value;
            return this;
        }

        /**
         * Bounds on what is read (default: {@link ArchiveLimits#DEFAULTS}).
         *
         * @param value the bounds
         * @return this builder
         */
        public Builder limits(ArchiveLimits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /**
         * Receives progress on the calling thread (default: none).
         *
         * @param value the listener
         * @return this builder
         */
        public Builder progress(ProgressListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * The least serious diagnostic of a report that {@link IndexRun#problems()} lists (default:
         * {@link Severity#ERROR}; failures to read or index a file are always listed).
         *
         * @param value the least severity listed
         * @return this builder
         */
        public Builder problemSeverity(Severity value) {
            this.problemSeverity = Objects.requireNonNull(value, "severity");
            return this;
        }

        /**
         * Builds the indexer.
         *
         * @return a new indexer
         */
        public ArchiveIndexer build() {
            return new ArchiveIndexer(this);
        }
    }
}
