package io.recap.solr.internal;

import io.recap.index.ArchiveLimits;
import io.recap.index.FileProblem;
import io.recap.index.IndexException;
import io.recap.index.IndexProgress;
import io.recap.index.IndexRun;
import io.recap.index.ProgressListener;
import io.recap.index.internal.BlockReader;
import io.recap.index.internal.ContentHash;
import io.recap.index.internal.IndexFiles;
import io.recap.index.internal.Schema;
import io.recap.index.internal.SourceFile;
import io.recap.index.internal.Sources;
import io.recap.model.Severity;
import io.recap.parser.ReportParser;
import io.recap.parser.Twins;
import io.recap.solr.SolrConfigset;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * One push of report archives into a SolrCloud collection: create the collection when it does not exist (the
 * configset uploaded as a zip through the Configsets API), read what it holds (each file's content hash and
 * parser, and the ids of its documents), scan the roots, and on {@code threads} workers read each file or event
 * folder as the local index does ({@link BlockReader}: the same blocks, keyed and routed by file) and send the
 * changed ones in batches, with the ids their files no longer hold; delete the files that are gone, and commit
 * once. A request that fails because a
 * node is down or a shard is electing a leader is sent again with back-off; one that still fails after the time
 * allowed stops the run with an error, and the next run converges (its changes were never committed, it reads
 * what is, and resends what differs).
 */
public final class SolrPush {

    /** How often the progress listener hears from a run. */
    private static final long PROGRESS_MILLIS = 100;
    /** Reports read per request when listing what the collection holds. */
    private static final int LIST_ROWS = 2_000;

    /** What a push needs to know. */
    public record Settings(List<String> urls, String collection, String where, ReportParser parser, boolean full,
                           int threads, ArchiveLimits limits, ProgressListener listener, Severity problemSeverity,
                           int shards, int replicas, int batchDocs, Duration patience) {
    }

    /**
     * What the collection holds of one file: its read key (hash and parser; {@code null} when the document that
     * carries it is missing) and the ids of its documents.
     */
    private record Known(String readKey, Set<String> ids) {
    }

    /** A document to delete, and the routing key of the shard that holds it. */
    private record Delete(String id, String route) {
    }

    /**
     * A file's block as Solr documents, the ids the collection holds of it (or of the session pages it replaces)
     * that it no longer has, and what the block tells once it is sent.
     */
    private record Pending(BlockReader.Block block, List<SolrInputDocument> docs, List<Delete> deletes) {
    }

    private final Settings settings;
    /** What the push makes of each file or event folder: what the local index makes of it. */
    private final BlockReader reader;
    private final long started = System.nanoTime();
    private final AtomicInteger indexed = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private final ConcurrentLinkedQueue<FileProblem> problems = new ConcurrentLinkedQueue<>();
    private final Set<String> present = ConcurrentHashMap.newKeySet();
    /** The files whose blocks were sent (or, session pages, deleted as read alone): a full push keeps only them. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** Sessions of each event page sent, to compare language twins (see {@link Twins}). */
    private final Map<String, Integer> sessionsByKey = new ConcurrentHashMap<>();
    private final AtomicReference<Exception> fatal = new AtomicReference<>();
    private volatile boolean aborted;
    private long filesTotal;
    private long bytesTotal;
    private SolrConnection solr;

    private SolrPush(Settings settings) {
        this.settings = settings;
        this.reader = new BlockReader(settings.parser(), settings.problemSeverity());
    }

    /** Pushes the reports under {@code roots}. */
    public static IndexRun run(Settings settings, List<Path> roots) throws IOException {
        return new SolrPush(settings).run(roots);
    }

    /**
     * The value of the routing field of a file's documents: a key of the file ({@link Schema#FILE}), so that the
     * documents of a file — its report, or the events a page recaps, and their sessions — live on one shard.
     */
    public static String route(String file) {
        return ContentHash.sha256(file.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private IndexRun run(List<Path> roots) throws IOException {
        progress(IndexProgress.Phase.SCANNING);
        try (SolrConnection connection = SolrConnection.connect(settings.urls(), settings.collection(),
                settings.where())) {
            solr = connection;
            boolean existed = solr.exists();
            if (existed) {
                solr.check();
            } else {
                create();
            }
            Map<String, Known> known = known();
            int removed;
            try (Sources sources = Sources.scan(roots, settings.limits())) {
                problems.addAll(sources.problems());
                push(sources.files(), known);
                Twins.disagreements(sessionsByKey).forEach((key, d) -> {
                    if (d.severity().ordinal() <= settings.problemSeverity().ordinal()) {
                        problems.add(new FileProblem(key, d.line(), d.severity(), d.code(), d.message(), false));
                    }
                });
                removed = deleteVanished(known, sources);
            }
            if (!existed || settings.full() || indexed.get() > 0 || removed > 0) {
                commit();
            }
            long reports = count(Schema.TYPE_EVENT);
            long sessions = count(Schema.TYPE_SESSION);
            progress(IndexProgress.Phase.DONE);
            return result(removed, reports, sessions);
        }
    }

    /** Writes the run's document (when it was committed) and commits: what the run did becomes visible. */
    private void commit() throws IOException {
        progress(IndexProgress.Phase.COMMITTING);
        SolrInputDocument run = new SolrInputDocument();
        run.addField(Schema.ID, RUN_ID);
        run.addField(Schema.TYPE, "run");
        run.addField(Schema.PATH, RUN_ID);
        run.addField(Schema.FILE, RUN_ID);
        run.addField(SolrConfigset.ROUTE_FIELD, route(RUN_ID));
        run.addField("committed", Date.from(Instant.now()));
        send("write the run's time", () -> new UpdateRequest().add(run).process(solr.client(), solr.collection()));
        send("commit", () -> solr.client().commit(solr.collection(), true, true));
    }

    /** The id of the document each push writes last: its type is "run", its field "committed" says when. */
    public static final String RUN_ID = "recap:run";

    /** Creates the collection, uploading the configset first when the cluster does not have it. */
    private void create() throws IOException {
        try {
            List<String> configsets = new ConfigSetAdminRequest.List().process(solr.client()).getConfigSets();
            if (configsets == null || !configsets.contains(SolrConfigset.NAME)) {
                ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
                upload.setConfigSetName(SolrConfigset.NAME);
                upload.setUploadStream(new ContentStreamBase.ByteArrayStream(SolrConfigset.zip(),
                        SolrConfigset.NAME + ".zip", "application/zip"));
                upload.process(solr.client());
            }
            CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(settings.collection(),
                    SolrConfigset.NAME, settings.shards(), settings.replicas());
            create.setRouterField(SolrConfigset.ROUTE_FIELD);
            create.setWaitForFinalState(true);
            create.process(solr.client());
        } catch (Exception e) {
            throw solr.failure(e, "create the collection (" + settings.shards() + " shards × " + settings.replicas()
                    + " replicas)");
        }
    }

    /**
     * Each file the collection holds: its read key (hash and parser, on the first event document of its block) and
     * the ids of its documents, from its event documents (an event {@code id} has the sessions {@code id#1} to
     * {@code id#n}, n its session count, as {@link io.recap.index.internal.Documents} numbers them).
     */
    private Map<String, Known> known() throws IOException {
        Map<String, String> readKeys = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", Schema.TYPE + ":" + Schema.TYPE_EVENT);
            p.set("fl", String.join(",", Schema.ID, Schema.FILE, Schema.HASH, Schema.PARSER, Schema.SESSION_COUNT));
            p.set("sort", Schema.ID + " asc");
            p.set("rows", LIST_ROWS);
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse answer = query("read what the collection holds", p);
            for (SolrDocument d : answer.getResults()) {
                String id = String.valueOf(d.getFirstValue(Schema.ID));
                String file = String.valueOf(d.getFirstValue(Schema.FILE));
                Object hash = d.getFirstValue(Schema.HASH);
                if (hash != null) {
                    readKeys.put(file, IndexFiles.readKey(hash.toString(),
                            String.valueOf(d.getFirstValue(Schema.PARSER))));
                }
                Set<String> of = ids.computeIfAbsent(file, k -> new HashSet<>());
                of.add(id);
                int sessions = d.getFirstValue(Schema.SESSION_COUNT) instanceof Number n ? n.intValue() : 0;
                for (int i = 1; i <= sessions; i++) {
                    of.add(id + "#" + i);
                }
            }
            String next = answer.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                Map<String, Known> out = new HashMap<>();
                ids.forEach((file, of) -> out.put(file, new Known(readKeys.get(file), Set.copyOf(of))));
                return out;
            }
            cursor = next;
        }
    }

    private QueryResponse query(String doing, ModifiableSolrParams p) throws IOException {
        return send(doing, () -> solr.client().query(solr.collection(), p, org.apache.solr.client.solrj.SolrRequest.METHOD.POST));
    }

    private long count(String type) throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", Schema.TYPE + ":" + type);
        p.set("rows", 0);
        return query("count what it holds", p).getResults().getNumFound();
    }

    private void push(List<SourceFile> files, Map<String, Known> known) throws IOException {
        List<BlockReader.Unit> units = BlockReader.units(files);
        filesTotal = files.size();
        long bytes = 0;
        for (SourceFile f : files) {
            bytes += f.size();
        }
        bytesTotal = bytes;
        progress(IndexProgress.Phase.INDEXING);
        AtomicInteger next = new AtomicInteger();
        int threads = Math.max(1, Math.min(settings.threads(), units.size()));
        CountDownLatch done = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    work(units, next, known);
                } finally {
                    done.countDown();
                }
            }, "recap-solr-push-" + (i + 1));
            t.setDaemon(true);
            workers.add(t);
        }
        workers.forEach(Thread::start);
        try {
            while (!done.await(PROGRESS_MILLIS, TimeUnit.MILLISECONDS)) {
                progress(IndexProgress.Phase.INDEXING);
            }
        } catch (InterruptedException e) {
            aborted = true;
            for (Thread t : workers) {
                t.interrupt();
            }
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the push was interrupted; nothing of it was committed");
        }
        Exception e = fatal.get();
        if (e instanceof IOException io) {
            throw io;
        } else if (e instanceof RuntimeException re) {
            throw re;
        } else if (e != null) {
            throw new IOException(e);
        }
        progress(IndexProgress.Phase.INDEXING);
    }

    /** A worker: reads, hashes, parses and batches the units it takes from the list; sends full batches. */
    private void work(List<BlockReader.Unit> units, AtomicInteger next, Map<String, Known> known) {
        List<Pending> batch = new ArrayList<>();
        int docs = 0;
        try {
            for (int i = next.getAndIncrement(); i < units.size() && !aborted; i = next.getAndIncrement()) {
                BlockReader.Read unit = units.get(i).read();
                for (Pending p : process(unit, known)) {
                    batch.add(p);
                    docs += p.docs().size() + p.deletes().size();
                }
                for (BlockReader.Read f : unit.allFiles()) {
                    filesDone.incrementAndGet();
                    bytesDone.addAndGet(f.file().size());
                }
                if (docs >= settings.batchDocs()) {
                    sendBatch(batch);
                    batch = new ArrayList<>();
                    docs = 0;
                }
            }
            if (!aborted) {
                sendBatch(batch);
            }
        } catch (IOException | RuntimeException e) {
            fatal.compareAndSet(null, e);
            aborted = true;
        }
    }

    /**
     * A unit's blocks as Solr documents, routed by file, with the ids the collection holds of their files that
     * they no longer have (sessions gone, events a page no longer recaps) and the blocks of the session pages an
     * event folder's block replaces; a full push reads every file again, so nothing is unchanged.
     */
    private List<Pending> process(BlockReader.Read unit, Map<String, Known> known) {
        BlockReader.Outcome read = reader.read(unit, file -> {
            Known k = settings.full() ? null : known.get(file);
            return k == null ? null : k.readKey();
        });
        problems.addAll(read.problems());
        present.addAll(read.present());
        unchanged.addAndGet(read.unchanged());
        List<Pending> out = new ArrayList<>(read.blocks().size());
        for (BlockReader.Block block : read.blocks()) {
            String route = route(block.file());
            List<SolrInputDocument> docs = SolrDocuments.of(block.docs());
            Set<String> ids = new HashSet<>();
            for (SolrInputDocument d : docs) {
                d.setField(SolrConfigset.ROUTE_FIELD, route);
                if (!ids.add(String.valueOf(d.getFieldValue(Schema.ID)))) {
                    // Solr keeps one document per id: a block that repeats one would lose a document silently
                    problems.add(FileProblem.failure(block.file(), "file.unindexable", "cannot index the report: "
                            + "two of its documents have the id " + d.getFieldValue(Schema.ID)));
                    docs = null;
                    break;
                }
            }
            if (docs == null) {
                continue;
            }
            List<Delete> deletes = new ArrayList<>();
            Known before = known.get(block.file());
            if (before != null) {
                for (String id : before.ids()) {
                    if (!ids.contains(id)) {
                        deletes.add(new Delete(id, route));
                    }
                }
            }
            for (String page : block.replaces()) {
                Known alone = known.get(page);
                if (alone != null) {
                    String pageRoute = route(page);
                    alone.ids().forEach(id -> deletes.add(new Delete(id, pageRoute)));
                }
            }
            out.add(new Pending(block, docs, deletes));
        }
        return out;
    }

    /** Sends a batch; when Solr refuses it, sends its reports one by one and lists those it refuses. */
    private void sendBatch(List<Pending> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        try {
            sendOnce(batch);
        } catch (Retry.Refused refused) {
            for (Pending p : batch) {
                try {
                    sendOnce(List.of(p));
                } catch (Retry.Refused alone) {
                    problems.add(FileProblem.failure(p.block().file(), "file.unindexable", "SolrCloud refused the report: "
                            + alone.getMessage()));
                    continue;
                }
                done(p);
            }
            return;
        }
        batch.forEach(this::done);
    }

    private void done(Pending p) {
        BlockReader.Block block = p.block();
        indexed.addAndGet(block.files());
        problems.addAll(block.notes());
        written.add(block.file());
        written.addAll(block.replaces());
        if (block.sessions() >= 0) {
            sessionsByKey.put(block.file(), block.sessions());
        }
    }

    private void sendOnce(List<Pending> batch) throws IOException, Retry.Refused {
        UpdateRequest update = new UpdateRequest();
        for (Pending p : batch) {
            if (!p.docs().isEmpty()) {
                update.add(p.docs());
            }
            for (Delete d : p.deletes()) {
                update.deleteById(d.id(), d.route());
            }
        }
        if ((update.getDocuments() == null || update.getDocuments().isEmpty())
                && (update.getDeleteByIdMap() == null || update.getDeleteByIdMap().isEmpty())) {
            return;
        }
        try {
            Retry.run(() -> update.process(solr.client(), solr.collection()), settings.patience());
        } catch (Retry.GaveUp e) {
            throw gaveUp("send documents", e);
        }
    }

    /**
     * Deletes the documents of the files that are gone. A full push deletes those of every file it did not send,
     * as a full local run starts an empty index (a file there but refused or unreadable included); it counts as
     * removed the files that are gone.
     */
    private int deleteVanished(Map<String, Known> known, Sources sources) throws IOException {
        if (aborted) {
            return 0;
        }
        UpdateRequest update = new UpdateRequest();
        int removed = 0;
        int ids = 0;
        for (Map.Entry<String, Known> e : known.entrySet()) {
            String key = e.getKey();
            boolean gone = !present.contains(key) && (settings.full() || sources.covers(key) && !sources.keeps(key));
            if (gone) {
                removed++;
            }
            if (!gone && !(settings.full() && !written.contains(key))) {
                continue;
            }
            String route = route(key);
            for (String id : e.getValue().ids()) {
                update.deleteById(id, route);
            }
            ids += e.getValue().ids().size();
            if (ids >= settings.batchDocs()) {
                UpdateRequest full = update;
                send("delete reports whose files are gone", () -> full.process(solr.client(), solr.collection()));
                update = new UpdateRequest();
                ids = 0;
            }
        }
        if (ids > 0) {
            UpdateRequest last = update;
            send("delete reports whose files are gone", () -> last.process(solr.client(), solr.collection()));
        }
        return removed;
    }

    private <T> T send(String doing, Retry.Call<T> call) throws IOException {
        try {
            return Retry.run(call, settings.patience());
        } catch (Retry.GaveUp e) {
            throw gaveUp(doing, e);
        } catch (Retry.Refused e) {
            throw solr.failure((Exception) e.getCause(), doing);
        }
    }

    private IndexException gaveUp(String doing, Retry.GaveUp e) {
        IndexException.Reason reason = SolrConnection.unreachable(e.getCause()) ? IndexException.Reason.UNREACHABLE
                : IndexException.Reason.UNREADABLE;
        return new IndexException(reason, null, "SolrCloud did not let recap " + doing + " for "
                + settings.patience().toSeconds() + " s (" + e.attempts() + " tries; last: " + e.getMessage()
                + "): " + settings.where() + "; this run's changes were not committed: run it again once the "
                + "cluster is back, and it will finish the work", e);
    }

    private IndexRun result(int removed, long reports, long sessions) {
        List<FileProblem> all = new ArrayList<>(problems);
        all.sort(Comparator.comparing(FileProblem::path).thenComparingInt(FileProblem::line));
        Set<String> failedFiles = new HashSet<>();
        for (FileProblem p : all) {
            if (p.failed()) {
                failedFiles.add(p.path());
            }
        }
        return new IndexRun(indexed.get(), unchanged.get(), removed, failedFiles.size(), reports, sessions,
                seconds(), all);
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private void progress(IndexProgress.Phase phase) {
        settings.listener().progress(new IndexProgress(phase, filesDone.get(), filesTotal, bytesDone.get(),
                bytesTotal, seconds()));
    }
}
