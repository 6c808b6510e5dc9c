package io.recap.index.internal;

import io.recap.index.ArchiveLimits;
import io.recap.index.FileProblem;
import io.recap.index.IndexException;
import io.recap.index.IndexProgress;
import io.recap.index.IndexRun;
import io.recap.index.ProgressListener;
import io.recap.model.Severity;
import io.recap.parser.ReportParser;
import io.recap.parser.Twins;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * One indexing run: scan the roots, read files on one thread into a queue bounded in files and bytes, hash and
 * parse them on
 * {@code threads} workers that add their documents to the one {@link IndexWriter} (which analyses documents on
 * the calling thread, so analysis scales with the workers too), delete the reports whose files are gone, and
 * commit once. Any failure before the commit rolls the writer back: the index stays exactly as it was.
 */
public final class IndexingRun {

    /** How often the progress listener hears from a run. */
    private static final long PROGRESS_MILLIS = 100;
    /** Queued files per worker: enough to keep workers busy while the reader waits on the disk. */
    private static final int QUEUE_PER_THREAD = 8;
    /** Most bytes of read files waiting in the queue, so that large files cannot fill the heap. */
    private static final int QUEUE_BYTES = 64 << 20;

    /** What a run needs to know. */
    public record Settings(Path location, ReportParser parser, boolean full, int threads, ArchiveLimits limits,
                           ProgressListener listener, Severity problemSeverity) {
    }

    private final Settings settings;
    /** What the run makes of each file or event folder. */
    private final BlockReader reader;
    private final long started = System.nanoTime();
    private final AtomicInteger indexed = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private final ConcurrentLinkedQueue<FileProblem> problems = new ConcurrentLinkedQueue<>();
    private final Set<String> present = ConcurrentHashMap.newKeySet();
    /** Sessions of each event page parsed in this run, to compare language twins (see {@link Twins}). */
    private final Map<String, Integer> sessionsByKey = new ConcurrentHashMap<>();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    private final Semaphore queuedBytes = new Semaphore(QUEUE_BYTES);
    private volatile boolean aborted;
    private long filesTotal;
    private long bytesTotal;

    private IndexingRun(Settings settings) {
        this.settings = settings;
        this.reader = new BlockReader(settings.parser(), settings.problemSeverity());
    }

    /**
     * Runs an indexing run over {@code roots}. A full run rebuilds the index from any state of recap's own
     * index folder: when the old index cannot be opened (damaged, or written by another Lucene), its files are
     * deleted, the run starts afresh and its problems say so ({@code index.rebuilt}).
     */
    public static IndexRun run(Settings settings, List<Path> roots) throws IOException {
        Path location = settings.location();
        IndexFiles.checkWritable(location);
        // Read through file channels, not memory maps: a run reads each segment once (to merge it), and mapping
        // the whole index for the final merge would count gigabytes of page cache in the process's memory.
        try (Directory dir = new NIOFSDirectory(location)) {
            try {
                return new IndexingRun(settings).run(roots, dir);
            } catch (IndexException e) {
                if (!settings.full() || (e.reason() != IndexException.Reason.DAMAGED
                        && e.reason() != IndexException.Reason.INCOMPATIBLE)) {
                    throw e;
                }
                List<String> deleted = IndexDamage.wipe(location, dir);
                IndexingRun again = new IndexingRun(settings);
                again.problems.add(new FileProblem(location.toString(), 0, Severity.WARNING, "index.rebuilt",
                        "the index could not be read (" + e.getMessage().replace("; " + IndexDamage.REPAIR, "")
                                + "); its " + deleted.size() + " files were deleted and the index was rebuilt",
                        false));
                return again.run(roots, dir);
            }
        }
    }

    private IndexRun run(List<Path> roots, Directory dir) throws IOException {
        Path location = settings.location();
        progress(IndexProgress.Phase.SCANNING);
        boolean existed = DirectoryReader.indexExists(dir);
        Set<String> previous = settings.full() && existed ? previousKeys(dir) : Set.of();
        IndexWriterConfig config = new IndexWriterConfig(TextAnalyzer.forIndexing())
                .setOpenMode(settings.full() ? IndexWriterConfig.OpenMode.CREATE
                        : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false)
                .setUseCompoundFile(false)
                .setRAMBufferSizeMB(64);
        IndexWriter writer = IndexFiles.openWriter(location, dir, config);
        try {
            Map<String, String> known = Map.of();
            if (!settings.full() && existed) {
                Map<String, String> userData = new java.util.HashMap<>();
                writer.getLiveCommitData().forEach(e -> userData.put(e.getKey(), e.getValue()));
                IndexFiles.checkVersion(location, userData);
                known = IndexFiles.reportHashes(writer);
            }
            int removed;
            try (Sources sources = Sources.scan(roots, settings.limits())) {
                problems.addAll(sources.problems());
                index(sources.files(), known, writer);
                Twins.disagreements(sessionsByKey).forEach((key, d) -> {
                    if (d.severity().ordinal() <= settings.problemSeverity().ordinal()) {
                        problems.add(new FileProblem(key, d.line(), d.severity(), d.code(), d.message(), false));
                    }
                });
                removed = settings.full() ? removedOf(previous) : deleteVanished(known, sources, writer);
            }
            if (settings.full() || !existed || writer.hasUncommittedChanges()) {
                progress(IndexProgress.Phase.COMMITTING);
                if (settings.full()) {
                    // One segment searches about twice as fast as the dozens a large run leaves, for a few
                    // percent of the run's time; incremental runs leave merging to the merge policy.
                    writer.forceMerge(1);
                }
                writer.setLiveCommitData(IndexFiles.commitData().entrySet());
                writer.commit();
            }
            long[] counts = counts(dir);
            writer.close();
            config.getAnalyzer().close();
            progress(IndexProgress.Phase.DONE);
            return result(removed, counts);
        } catch (Throwable t) {
            rollback(writer, t);
            if (t instanceof InterruptedIOException) {
                Thread.currentThread().interrupt(); // cleared while rolling back, so that no I/O was cut short
            }
            if (t instanceof IOException || t instanceof RuntimeException) {
                // a segment found damaged while reading it (the old hashes, a merge) is the index's damage
                IndexException diagnosed = IndexDamage.diagnose(location, t);
                if (diagnosed.reason() == IndexException.Reason.DAMAGED
                        || diagnosed.reason() == IndexException.Reason.INCOMPATIBLE) {
                    throw diagnosed;
                }
            }
            throw t;
        }
    }

    private static void rollback(IndexWriter writer, Throwable cause) {
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private void index(List<SourceFile> files, Map<String, String> known, IndexWriter writer) throws IOException {
        filesTotal = files.size();
        long bytes = 0;
        for (SourceFile f : files) {
            bytes += f.size();
        }
        bytesTotal = bytes;
        progress(IndexProgress.Phase.INDEXING);
        List<BlockReader.Unit> units = BlockReader.units(files);

        int threads = settings.threads();
        BlockingQueue<BlockReader.Read> queue = new ArrayBlockingQueue<>(threads * QUEUE_PER_THREAD);
        CountDownLatch done = new CountDownLatch(threads);
        List<Thread> all = new ArrayList<>();
        Thread reading = new Thread(() -> read(units, queue, threads), "recap-index-reader");
        all.add(reading);
        for (int i = 0; i < threads; i++) {
            all.add(new Thread(() -> {
                try {
                    work(queue, known, writer);
                } finally {
                    done.countDown();
                }
            }, "recap-index-worker-" + (i + 1)));
        }
        all.forEach(t -> {
            t.setDaemon(true);
            t.start();
        });
        try {
            while (!done.await(PROGRESS_MILLIS, TimeUnit.MILLISECONDS)) {
                progress(IndexProgress.Phase.INDEXING);
            }
            reading.join();
        } catch (InterruptedException e) {
            stop(all);
            throw new InterruptedIOException("indexing was interrupted; the index is unchanged");
        } catch (RuntimeException | Error e) {
            stop(all);
            throw e;
        }
        Throwable t = fatal.get();
        if (t instanceof IOException io) {
            throw io;
        } else if (t instanceof RuntimeException re) {
            throw re;
        } else if (t instanceof Error er) {
            throw er;
        }
        progress(IndexProgress.Phase.INDEXING);
    }

    /**
     * Stops the run's threads: they see {@link #aborted}, skip what is left and end. They are not interrupted,
     * because an interrupt can close a file the index writer is writing.
     */
    private void stop(List<Thread> threads) {
        aborted = true;
        for (Thread t : threads) {
            boolean joined = false;
            while (!joined) {
                try {
                    t.join();
                    joined = true;
                } catch (InterruptedException e) {
                    aborted = true; // keep waiting: the writer must not be rolled back under a running worker
                }
            }
        }
    }

    /**
     * The reader thread: reads files in order into the queue (an event page with the session pages of its folder,
     * see {@link SessionPages}), then tells every worker to stop.
     */
    private void read(List<BlockReader.Unit> units, BlockingQueue<BlockReader.Read> queue, int workers) {
        try {
            for (BlockReader.Unit unit : units) {
                if (aborted) {
                    break;
                }
                if (!enqueue(queue, unit.read())) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            aborted = true;
        } catch (RuntimeException | Error e) {
            fatal.compareAndSet(null, e);
            aborted = true;
        }
        sendEnds(queue, workers);
    }

    /**
     * Puts one end marker per worker. Waits for room while the workers work; once the run is aborted, empties
     * the queue first, since nobody needs what is left in it (and no worker may be left to take it).
     */
    private void sendEnds(BlockingQueue<BlockReader.Read> queue, int workers) {
        boolean interrupted = false;
        boolean drained = false;
        int sent = 0;
        while (sent < workers) {
            if (aborted && !drained) {
                drained = true;
                List<BlockReader.Read> left = new ArrayList<>();
                queue.drainTo(left);
                for (BlockReader.Read i : left) {
                    if (i == END) {
                        sent--;
                    } else {
                        queuedBytes.release(permits(i));
                    }
                }
            }
            try {
                if (queue.offer(END, PROGRESS_MILLIS, TimeUnit.MILLISECONDS)) {
                    sent++;
                }
            } catch (InterruptedException e) {
                interrupted = true;
                aborted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Queues an item, waiting for room; gives up when the run is aborted. */
    private boolean enqueue(BlockingQueue<BlockReader.Read> queue, BlockReader.Read item)
            throws InterruptedException {
        int permits = permits(item);
        while (!queuedBytes.tryAcquire(permits, PROGRESS_MILLIS, TimeUnit.MILLISECONDS)) {
            if (aborted) {
                return false;
            }
        }
        while (!queue.offer(item, PROGRESS_MILLIS, TimeUnit.MILLISECONDS)) {
            if (aborted) {
                queuedBytes.release(permits);
                return false;
            }
        }
        return true;
    }

    /** A worker: hashes, skips unchanged reports, parses and indexes the others. */
    private void work(BlockingQueue<BlockReader.Read> queue, Map<String, String> known, IndexWriter writer) {
        try {
            while (true) {
                BlockReader.Read item = queue.take();
                if (item == END) {
                    return;
                }
                try {
                    if (!aborted) {
                        process(item, known, writer);
                    }
                } finally {
                    queuedBytes.release(permits(item));
                }
                for (BlockReader.Read i : item.allFiles()) {
                    filesDone.incrementAndGet();
                    bytesDone.addAndGet(i.bytes() == null ? i.file().size() : i.bytes().length);
                }
            }
        } catch (InterruptedException e) {
            aborted = true;
        } catch (IOException | RuntimeException | Error e) {
            // The writer failed (disk full, a tragic Lucene error, out of memory): nothing of this run is
            // committed, and the run stops.
            fatal.compareAndSet(null, e);
            aborted = true;
        }
    }

    /**
     * Reads a file or an event folder ({@link BlockReader}) and writes its block: an event folder's block replaces
     * the blocks an earlier run wrote of its session pages read alone.
     */
    private void process(BlockReader.Read item, Map<String, String> known, IndexWriter writer) throws IOException {
        BlockReader.Outcome read = reader.read(item, known::get);
        problems.addAll(read.problems());
        present.addAll(read.present());
        unchanged.addAndGet(read.unchanged());
        for (BlockReader.Block block : read.blocks()) {
            if (!settings.full()) {
                for (String file : block.replaces()) {
                    writer.deleteDocuments(new Term(Schema.FILE, file));
                }
            }
            if (write(block.file(), block.docs(), writer)) {
                indexed.addAndGet(block.files());
                problems.addAll(block.notes());
                if (block.sessions() >= 0) {
                    sessionsByKey.put(block.file(), block.sessions());
                }
            }
        }
    }

    /** Adds or replaces the block of {@code key}; false when Lucene refused a document (reported). */
    private boolean write(String key, List<Document> docs, IndexWriter writer) throws IOException {
        try {
            if (settings.full()) {
                writer.addDocuments(docs);
            } else {
                writer.updateDocuments(new Term(Schema.FILE, key), docs);
            }
            return true;
        } catch (IllegalArgumentException e) {
            // A document Lucene refuses (the writer itself is fine): report it and go on.
            problems.add(FileProblem.failure(key, "file.unindexable", "cannot index the report: "
                    + e.getMessage()));
            return false;
        }
    }

    private int deleteVanished(Map<String, String> known, Sources sources, IndexWriter writer) throws IOException {
        List<Term> gone = new ArrayList<>();
        for (String key : known.keySet()) {
            if (!present.contains(key) && sources.covers(key) && !sources.keeps(key)) {
                gone.add(new Term(Schema.FILE, key));
            }
        }
        if (!gone.isEmpty()) {
            writer.deleteDocuments(gone.toArray(new Term[0]));
        }
        return gone.size();
    }

    private int removedOf(Set<String> previous) {
        int n = 0;
        for (String key : previous) {
            if (!present.contains(key)) {
                n++;
            }
        }
        return n;
    }

    /** The keys of the last commit, for a full run's count of removed reports (best effort). */
    private static Set<String> previousKeys(Directory dir) {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            return new HashSet<>(IndexFiles.reportHashes(reader).keySet());
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }

    private static long[] counts(Directory dir) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(reader);
            return new long[]{
                s.count(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_EVENT))),
                s.count(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_SESSION)))};
        }
    }

    private IndexRun result(int removed, long[] counts) {
        List<FileProblem> all = new ArrayList<>(problems);
        all.sort(Comparator.comparing(FileProblem::path).thenComparingInt(FileProblem::line));
        Set<String> failedFiles = new HashSet<>();
        for (FileProblem p : all) {
            if (p.failed()) {
                failedFiles.add(p.path());
            }
        }
        return new IndexRun(indexed.get(), unchanged.get(), removed, failedFiles.size(), counts[0], counts[1],
                seconds(), all);
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private void progress(IndexProgress.Phase phase) {
        settings.listener().progress(new IndexProgress(phase, filesDone.get(), filesTotal, bytesDone.get(),
                bytesTotal, seconds()));
    }

    /** Tells a worker to stop. */
    private static final BlockReader.Read END = new BlockReader.Read(null, null, null, List.of());

    /** The share of {@link #QUEUE_BYTES} a unit takes while queued, with its session pages. */
    private static int permits(BlockReader.Read item) {
        long n = 0;
        for (BlockReader.Read i : item.allFiles()) {
            n += i.bytes() == null ? 0 : i.bytes().length;
        }
        return (int) Math.min(n, QUEUE_BYTES);
    }
}
