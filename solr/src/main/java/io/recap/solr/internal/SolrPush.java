package io.recap.solr.internal;

import io.recap.index.ArchiveLimits;
import io.recap.index.FileProblem;
import io.recap.index.IndexException;
import io.recap.index.IndexProgress;
import io.recap.index.IndexRun;
import io.recap.index.ProgressListener;
import io.recap.index.internal.ContentHash;
import io.recap.index.internal.IndexFiles;
import io.recap.index.internal.Schema;
import io.recap.index.internal.SourceFile;
import io.recap.index.internal.SourceProblem;
import io.recap.index.internal.Sources;
import io.recap.model.Diagnostic;
import io.recap.model.Report;
import io.recap.model.Severity;
import io.recap.parser.ReportParser;
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
 * configset uploaded as a zip through the Configsets API), read what it holds (each report's content hash and
 * parser), scan the roots, hash, parse and turn changed reports into documents on {@code threads} workers that
 * send them in batches, delete the reports whose files are gone, and commit once. A request that fails because a
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

    /** What the collection holds of one report. */
    private record Known(String readKey, int sessions) {
    }

    /** A report's documents, and the ids of its sessions that no longer exist. */
    private record Pending(String key, List<SolrInputDocument> docs, List<String> deletes, Report report) {
    }

    private final Settings settings;
    private final String parser;
    private final long started = System.nanoTime();
    private final AtomicInteger indexed = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private final ConcurrentLinkedQueue<FileProblem> problems = new ConcurrentLinkedQueue<>();
    private final Set<String> present = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Exception> fatal = new AtomicReference<>();
    private volatile boolean aborted;
    private long filesTotal;
    private long bytesTotal;
    private SolrConnection solr;

    private SolrPush(Settings settings) {
        this.settings = settings;
        this.parser = settings.parser().fingerprint();
    }

    /** Pushes the reports under {@code roots}. */
    public static IndexRun run(Settings settings, List<Path> roots) throws IOException {
        return new SolrPush(settings).run(roots);
    }

    /** The value of the routing field of a report's documents: a key of its path. */
    public static String route(String path) {
        return ContentHash.sha256(path.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
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
                push(sources.files(), settings.full() ? Map.of() : known);
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

    /** Each report the collection holds: its read key (hash and parser) and its number of sessions. */
    private Map<String, Known> known() throws IOException {
        Map<String, Known> out = new HashMap<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", Schema.TYPE + ":" + Schema.TYPE_EVENT);
            p.set("fl", String.join(",", Schema.PATH, Schema.HASH, Schema.PARSER, Schema.SESSION_COUNT));
            p.set("sort", Schema.ID + " asc");
            p.set("rows", LIST_ROWS);
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse answer = query("read what the collection holds", p);
            for (SolrDocument d : answer.getResults()) {
                Object sessions = d.getFirstValue(Schema.SESSION_COUNT);
                out.put(String.valueOf(d.getFirstValue(Schema.PATH)), new Known(
                        IndexFiles.readKey(String.valueOf(d.getFirstValue(Schema.HASH)),
                                String.valueOf(d.getFirstValue(Schema.PARSER))),
                        sessions instanceof Number n ? n.intValue() : 0));
            }
            String next = answer.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
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
        filesTotal = files.size();
        long bytes = 0;
        for (SourceFile f : files) {
            bytes += f.size();
        }
        bytesTotal = bytes;
        progress(IndexProgress.Phase.INDEXING);
        AtomicInteger next = new AtomicInteger();
        int threads = Math.max(1, Math.min(settings.threads(), files.size()));
        CountDownLatch done = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    work(files, next, known);
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

    /** A worker: reads, hashes, parses and batches the files it takes from the list; sends full batches. */
    private void work(List<SourceFile> files, AtomicInteger next, Map<String, Known> known) {
        List<Pending> batch = new ArrayList<>();
        int docs = 0;
        try {
            for (int i = next.getAndIncrement(); i < files.size() && !aborted; i = next.getAndIncrement()) {
                SourceFile f = files.get(i);
                Pending p = process(f, known);
                filesDone.incrementAndGet();
                bytesDone.addAndGet(f.size());
                if (p != null) {
                    batch.add(p);
                    docs += p.docs().size() + p.deletes().size();
                    if (docs >= settings.batchDocs()) {
                        sendBatch(batch);
                        batch = new ArrayList<>();
                        docs = 0;
                    }
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

    private Pending process(SourceFile f, Map<String, Known> known) {
        String key = f.key();
        byte[] bytes;
        try {
            bytes = f.read();
        } catch (SourceProblem problem) {
            problems.add(FileProblem.failure(key, problem.code(), problem.getMessage()));
            if (!problem.refused()) {
                present.add(key);
            }
            return null;
        }
        present.add(key);
        Known before = known.get(key);
        if (before != null && before.readKey().equals(IndexFiles.readKey(ContentHash.sha256(bytes), parser))) {
            unchanged.incrementAndGet();
            return null;
        }
        Report report;
        List<SolrInputDocument> docs;
        try {
            report = settings.parser().parse(key, bytes);
            docs = SolrDocuments.of(report, parser);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(FileProblem.failure(key, "file.unindexable", "cannot parse the report: " + e));
            return null;
        }
        String route = route(key);
        for (SolrInputDocument d : docs) {
            d.setField(SolrConfigset.ROUTE_FIELD, route);
        }
        List<String> deletes = new ArrayList<>();
        if (before != null) {
            for (int n = report.sessions().size() + 1; n <= before.sessions(); n++) {
                deletes.add(key + "#" + n);
            }
        }
        return new Pending(key, docs, deletes, report);
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
                    problems.add(FileProblem.failure(p.key(), "file.unindexable", "SolrCloud refused the report: "
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
        indexed.incrementAndGet();
        for (Diagnostic d : p.report().diagnostics()) {
            if (d.severity().ordinal() <= settings.problemSeverity().ordinal()) {
                problems.add(new FileProblem(p.key(), d.line(), d.severity(), d.code(), d.message(), false));
            }
        }
    }

    private void sendOnce(List<Pending> batch) throws IOException, Retry.Refused {
        UpdateRequest update = new UpdateRequest();
        for (Pending p : batch) {
            if (!p.docs().isEmpty()) {
                update.add(p.docs());
            }
            String route = route(p.key());
            for (String id : p.deletes()) {
                update.deleteById(id, route);
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

    /** Deletes the reports whose files are gone (a full run: every report it did not push). */
    private int deleteVanished(Map<String, Known> known, Sources sources) throws IOException {
        if (aborted) {
            return 0;
        }
        UpdateRequest update = new UpdateRequest();
        int removed = 0;
        int ids = 0;
        for (Map.Entry<String, Known> e : known.entrySet()) {
            String key = e.getKey();
            boolean gone = settings.full() ? !present.contains(key)
                    : !present.contains(key) && sources.covers(key) && !sources.keeps(key);
            if (!gone) {
                continue;
            }
            removed++;
            String route = route(key);
            update.deleteById(key, route);
            for (int n = 1; n <= e.getValue().sessions(); n++) {
                update.deleteById(key + "#" + n, route);
            }
            ids += 1 + e.getValue().sessions();
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
