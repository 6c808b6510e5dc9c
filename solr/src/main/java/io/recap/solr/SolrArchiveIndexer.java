package io.recap.solr;

import io.recap.index.ArchiveLimits;
import io.recap.index.IndexException;
import io.recap.index.IndexRun;
import io.recap.index.ProgressListener;
import io.recap.model.Severity;
import io.recap.parser.ReportParser;
import io.recap.solr.internal.SolrPush;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Pushes archives of reports into a SolrCloud collection: the {@link io.recap.index.ArchiveIndexer} of a
 * collection, with the same sources, the same documents and the same {@link IndexRun}.
 *
 * <ul>
 *   <li><b>Creates</b> the collection when it does not exist: uploads {@link SolrConfigset recap's configset} (as
 *       a zip, through the Configsets API) unless the cluster has it, and creates the collection with
 *       {@link Builder#shards} shards of {@link Builder#replicas} replicas, routing a file's documents to one
 *       shard. An existing collection must have been made for this schema version.</li>
 *   <li><b>Read as the local index reads</b>: each file, or event folder with a page per session, becomes the
 *       same documents (a page that recaps several events, one event each).</li>
 *   <li><b>Incremental</b>: each file's content hash and parser fingerprint are kept in the collection; an
 *       unchanged file is not even parsed, a changed one is replaced, one that is gone from under the given
 *       roots is deleted. {@link Builder#full} pushes every file again and deletes every file it did not
 *       push.</li>
 *   <li><b>Parallel</b>: {@link Builder#threads} workers read, hash and parse files and send their documents in
 *       batches of about {@link Builder#batchSize} documents.</li>
 *   <li><b>One commit</b> at the end: searches see the collection as it was until the run has finished.</li>
 *   <li><b>Patient</b>: a request that fails because a node is down, or a shard is electing a new leader, is sent
 *       again with back-off for up to {@link Builder#patience}; then the run stops with an
 *       {@link IndexException}. Its changes are not committed, and the next run, which reads what the collection
 *       holds and sends what differs, converges.</li>
 * </ul>
 *
 * <pre>{@code
 * IndexRun run = SolrArchiveIndexer.builder(SolrTarget.of("http://localhost:8983/solr", "reports"))
 *         .shards(2).replicas(2)
 *         .build()
 *         .index(List.of(Path.of("reports")));
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@link #index} call connects, pushes, commits and disconnects. Two runs
 * pushing the same files into one collection at once do no harm, but count each other's work.
 */
public final class SolrArchiveIndexer {

    private final SolrPush.Settings settings;

    private SolrArchiveIndexer(Builder b) {
        this.settings = new SolrPush.Settings(b.target.urls(), b.target.collection(), b.target.describe(),
                b.parser != null ? b.parser : ReportParser.builder().build(), b.full, b.threads, b.limits,
                b.listener, b.problemSeverity, b.shards, b.replicas, b.batchSize, b.patience);
    }

    /**
     * A builder for pushes into {@code target}.
     *
     * @param target the collection and the URLs of its cluster
     * @return a new builder
     */
    public static Builder builder(SolrTarget target) {
        return new Builder(target);
    }

    /**
     * Pushes every report under {@code roots} and commits.
     *
     * @param roots files, directories and zip archives; a missing one is reported as a problem
     * @return what the run did; {@link IndexRun#reports()} and {@link IndexRun#sessions()} count the whole
     *         collection after the commit
     * @throws IndexException UNREACHABLE when no node answers (or the cluster stays unable to take documents for
     *                        longer than the patience allows), INCOMPATIBLE when the collection was made for
     *                        another schema version, UNREADABLE when Solr refuses a request outright
     * @throws IOException    when the run is interrupted
     */
    public IndexRun index(List<Path> roots) throws IOException {
        Objects.requireNonNull(roots, "roots");
        return SolrPush.run(settings, List.copyOf(roots));
    }

    /** Configures a {@link SolrArchiveIndexer}. */
    public static final class Builder {
        private final SolrTarget target;
        private ReportParser parser;
        private boolean full;
        private int threads = Runtime.getRuntime().availableProcessors();
        private ArchiveLimits limits = ArchiveLimits.DEFAULTS;
        private ProgressListener listener = ProgressListener.NONE;
        private Severity problemSeverity = Severity.ERROR;
        private int shards = 1;
        private int replicas = 1;
        private int batchSize = 500;
        private Duration patience = Duration.ofSeconds(60);

        private Builder(SolrTarget target) {
            this.target = Objects.requireNonNull(target, "target");
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
         * Whether to push every report again and delete every report not pushed (default: false).
         *
         * @param value whether to rebuild
         * @return this builder
         */
        public Builder full(boolean value) {
            this.full = value;
            return this;
        }

        /**
         * Parsing and sending threads (default: the number of available processors).
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
         * {@link Severity#ERROR}).
         *
         * @param value the least severity listed
         * @return this builder
         */
        public Builder problemSeverity(Severity value) {
            this.problemSeverity = Objects.requireNonNull(value, "severity");
            return this;
        }

        /**
         * Shards of the collection, when the run creates it (default: 1).
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder shards(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("shards must be at least 1");
            }
            this.shards = value;
            return this;
        }

        /**
         * Replicas of each shard, when the run creates the collection (default: 1).
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder replicas(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("replicas must be at least 1");
            }
            this.replicas = value;
            return this;
        }

        /**
         * About how many documents one request sends (default: 500).
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder batchSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("the batch size must be at least 1");
            }
            this.batchSize = value;
            return this;
        }

        /**
         * How long a request that fails because of the cluster (a node down, a leader being elected) is sent
         * again before the run gives up (default: 60 seconds).
         *
         * @param value a positive duration
         * @return this builder
         */
        public Builder patience(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("the patience must not be negative");
            }
            this.patience = value;
            return this;
        }

        /**
         * Builds the indexer.
         *
         * @return a new indexer
         */
        public SolrArchiveIndexer build() {
            return new SolrArchiveIndexer(this);
        }
    }
}
