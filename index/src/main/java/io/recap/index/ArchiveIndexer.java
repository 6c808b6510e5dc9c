package io.recap.index;

import io.recap.index.internal.ContentHash;
import io.recap.index.internal.Documents;
import io.recap.index.internal.FoldingAnalyzer;
import io.recap.index.internal.Schema;
import io.recap.model.Diagnostic;
import io.recap.model.Report;
import io.recap.model.Severity;
import io.recap.parser.ReportParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * (Re)indexes archives of reports into a recap index on disk. Incremental: a report whose path and content
 * hash are unchanged is skipped, a changed one replaced, one whose file is gone removed. The run ends in one
 * commit, so readers see the old index or the new one, never half. A bad file never stops the run.
 *
 * <pre>{@code
 * IndexRun run = ArchiveIndexer.builder(Path.of("index")).build().index(List.of(Path.of("reports")));
 * System.out.println(run.indexed() + " indexed, " + run.unchanged() + " unchanged");
 * }</pre>
 */
public final class ArchiveIndexer {

    private final Path indexDir;
    private final ReportParser parser;
    private final boolean full;

    private ArchiveIndexer(Builder b) {
        this.indexDir = b.indexDir;
        this.parser = b.parser != null ? b.parser : ReportParser.builder().build();
        this.full = b.full;
    }

    /** A builder for an indexer writing to {@code indexDir} (created when missing). */
    public static Builder builder(Path indexDir) {
        return new Builder(indexDir);
    }

    /**
     * Indexes every Markdown report under {@code roots} (files, or directories walked recursively).
     *
     * @throws IndexException when the index is locked by another writer or cannot be written
     * @throws IOException    when a root does not exist
     */
    public IndexRun index(List<Path> roots) throws IOException {
        long started = System.nanoTime();
        List<String> walkProblems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<String> rootPrefixes = new ArrayList<>();
        for (Path root : roots) {
            Path abs = root.toAbsolutePath().normalize();
            rootPrefixes.add(Files.isDirectory(abs) ? abs + java.io.File.separator : abs.toString());
            files.addAll(ReportFiles.walk(abs, walkProblems));
        }
        Files.createDirectories(indexDir);
        List<FileProblem> problems = new ArrayList<>();
        for (String p : walkProblems) {
            int colon = p.indexOf(": ");
            problems.add(new FileProblem(p.substring(0, colon), 0, p.substring(colon + 2), true));
        }
        int indexed = 0;
        int unchanged = 0;
        int removed = 0;
        int failed = walkProblems.size();
        try (Directory dir = FSDirectory.open(indexDir);
             IndexWriter writer = openWriter(dir)) {
            Map<String, String> known = full ? Map.of() : storedHashes(writer);
            if (full) {
                writer.deleteAll();
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Path file : files) {
                String path = file.toString();
                seen.add(path);
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    problems.add(new FileProblem(path, 0, "cannot read: " + e.getMessage(), true));
                    failed++;
                    continue;
                }
                if (ContentHash.sha256(bytes).equals(known.get(path))) {
                    unchanged++;
                    continue;
                }
                Report report = parser.parse(path, bytes);
                for (Diagnostic d : report.diagnostics()) {
                    if (d.severity() == Severity.ERROR) {
                        problems.add(new FileProblem(path, d.line(), d.message(), false));
                    }
                }
                List<Document> docs = Documents.of(report);
                writer.updateDocuments(new Term(Schema.PATH, path), docs);
                indexed++;
            }
            for (String path : known.keySet()) {
                if (!seen.contains(path) && underAny(path, rootPrefixes)) {
                    writer.deleteDocuments(new Term(Schema.PATH, path));
                    removed++;
                }
            }
            writer.setLiveCommitData(Map.of(
                    Schema.VERSION_KEY, Integer.toString(Schema.VERSION),
                    "recap.lastCommit", Instant.now().toString()).entrySet());
            writer.commit();
        }
        long reports;
        long sessions;
        try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(reader);
            reports = s.count(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_EVENT)));
            sessions = s.count(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_SESSION)));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new IndexRun(indexed, unchanged, removed, failed, reports, sessions, seconds, problems);
    }

    private IndexWriter openWriter(Directory dir) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new FoldingAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        try {
            return new IndexWriter(dir, config);
        } catch (LockObtainFailedException e) {
            throw new IndexException(IndexException.Reason.LOCKED, indexDir,
                    "the index at " + indexDir + " is being written by another process; try again when it is done",
                    e);
        }
    }

    /** Path → content hash of every report in the index. */
    private static Map<String, String> storedHashes(IndexWriter writer) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher s = new IndexSearcher(reader);
            TermQuery events = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_EVENT));
            int n = Math.max(1, s.count(events));
            TopDocs top = s.search(events, n);
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = s.storedFields().document(sd.doc, Set.of(Schema.PATH, Schema.HASH));
                out.put(d.get(Schema.PATH), d.get(Schema.HASH));
            }
        }
        return out;
    }

    private static boolean underAny(String path, List<String> prefixes) {
        for (String p : prefixes) {
            if (path.equals(p) || path.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Configures an {@link ArchiveIndexer}. */
    public static final class Builder {
        private final Path indexDir;
        private ReportParser parser;
        private boolean full;

        private Builder(Path indexDir) {
            this.indexDir = Objects.requireNonNull(indexDir, "indexDir");
        }

        /** The parser to read reports with (default: a parser with the built-in catalog). */
        public Builder parser(ReportParser value) {
            this.parser = Objects.requireNonNull(value, "parser");
            return this;
        }

        /** Whether to rebuild the whole index instead of updating it. */
        public Builder full(boolean value) {
            this.full = value;
            return this;
        }

        /** Builds the indexer. */
        public ArchiveIndexer build() {
            return new ArchiveIndexer(this);
        }
    }
}
