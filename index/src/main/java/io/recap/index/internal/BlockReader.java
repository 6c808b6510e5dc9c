package io.recap.index.internal;

import io.recap.index.FileProblem;
import io.recap.model.Diagnostic;
import io.recap.model.Report;
import io.recap.model.Severity;
import io.recap.parser.ReportParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;

/**
 * What an indexing run makes of the files it scanned, whatever it writes into (the local index, a SolrCloud
 * collection): each file, or an event folder read as one unit (an event page with the session pages of its
 * folder, see {@link SessionPages}), becomes the block of documents of one file key ({@link Documents}), or is
 * unchanged since the run that wrote it, or a problem. The writer only writes: one place decides what is read,
 * how, and what it replaces. Thread-safe.
 */
public final class BlockReader {

    /** A file to read alone, or an event page with its session pages ({@code pages}, empty for a file alone). */
    public record Unit(SourceFile file, List<SourceFile> pages) {

        /** The unit's files, read (or failed to read). */
        public Read read() {
            List<Read> read = new ArrayList<>(pages.size());
            for (SourceFile page : pages) {
                read.add(Read.of(page, List.of()));
            }
            return Read.of(file, read);
        }

        /** How many files the unit holds. */
        public int files() {
            return 1 + pages.size();
        }
    }

    /** A unit's files as read: the bytes of each, or the problem that kept them from being read. */
    public record Read(SourceFile file, byte[] bytes, SourceProblem problem, List<Read> pages) {

        /** {@code file} read, with its session pages already read. */
        public static Read of(SourceFile file, List<Read> pages) {
            try {
                return new Read(file, file.read(), null, pages);
            } catch (SourceProblem p) {
                return new Read(file, null, p, pages);
            }
        }

        /** This file and its session pages. */
        public List<Read> allFiles() {
            if (pages.isEmpty()) {
                return List.of(this);
            }
            List<Read> all = new ArrayList<>(1 + pages.size());
            all.add(this);
            all.addAll(pages);
            return all;
        }
    }

    /**
     * The documents that replace what an index holds of one file.
     *
     * @param file     the file key: every document's {@link Schema#FILE}, what the block replaces
     * @param docs     the documents, the one with the file's hash first ({@link Documents#of})
     * @param files    how many files the block was read from (an event page and its session pages)
     * @param sessions the sessions of the event it holds, for comparing language twins, or -1 when it holds none
     *                 to compare (an index page)
     * @param replaces the keys of other files whose blocks it replaces (session pages an earlier run read alone):
     *                 delete them when writing it into an index that may hold them
     * @param notes    the parser's diagnostics worth reporting, once the block is written
     */
    public record Block(String file, List<Document> docs, int files, int sessions, List<String> replaces,
                        List<FileProblem> notes) {
    }

    /**
     * What reading a unit gave.
     *
     * @param blocks    the blocks to write
     * @param unchanged how many files are unchanged since the index read them with the same parser
     * @param present   the keys of files that are there (whose documents must not be deleted as vanished)
     * @param problems  the files that could not be read or indexed, to report whether or not anything is written
     */
    public record Outcome(List<Block> blocks, int unchanged, List<String> present, List<FileProblem> problems) {
    }

    private final ReportParser parser;
    private final String fingerprint;
    private final Severity problemSeverity;

    /** Reads with {@code parser}, reporting the parser's diagnostics down to {@code problemSeverity}. */
    public BlockReader(ReportParser parser, Severity problemSeverity) {
        this.parser = parser;
        this.fingerprint = Documents.fingerprint(parser.fingerprint());
        this.problemSeverity = problemSeverity;
    }

    /**
     * The fingerprint of the parser and of the topic glossary that tags sessions ({@link Documents#fingerprint}),
     * kept with each file's hash ({@link IndexFiles#readKey}): either changing makes unchanged files be read again.
     */
    public String parser() {
        return fingerprint;
    }

    /**
     * The files of a scan as units, in the scan's order: each event page with the session pages of its folder,
     * every other file alone (session pages are read with their event page, not on their own).
     */
    public static List<Unit> units(List<SourceFile> files) {
        Map<String, List<SourceFile>> pagesOf = SessionPages.units(files);
        Set<String> members = new HashSet<>();
        pagesOf.values().forEach(children -> children.forEach(f -> members.add(f.key())));
        List<Unit> out = new ArrayList<>(files.size() - members.size());
        for (SourceFile f : files) {
            if (!members.contains(f.key())) {
                out.add(new Unit(f, List.copyOf(pagesOf.getOrDefault(f.key(), List.of()))));
            }
        }
        return out;
    }

    /**
     * Reads a unit. {@code known} gives the {@link IndexFiles#readKey} the index holds for a file key, or
     * {@code null} (a file the index does not hold, or a full run that reads everything again).
     */
    public Outcome read(Read unit, Function<String, String> known) {
        Reading out = new Reading();
        if (unit.pages().isEmpty()) {
            file(unit, known, out);
        } else {
            unit(unit, known, out);
        }
        return new Outcome(out.blocks, out.unchanged, out.present, out.problems);
    }

    /** What reading a unit has given so far. */
    private static final class Reading {
        final List<Block> blocks = new ArrayList<>(1);
        final List<String> present = new ArrayList<>(1);
        final List<FileProblem> problems = new ArrayList<>(0);
        int unchanged;
    }

    /**
     * An event page with its session pages: one block under the page's key, unchanged while none of the files
     * changed; when the page turns out not to recap one event (a section index page), each file is read alone.
     */
    private void unit(Read unit, Function<String, String> known, Reading out) {
        String key = unit.file().key();
        if (unit.problem() != null) {
            each(unit, known, out);
            return;
        }
        StringBuilder unitHash = new StringBuilder(ContentHash.sha256(unit.bytes()));
        for (Read page : unit.pages()) {
            unitHash.append('\n').append(page.file().key()).append('\n')
                    .append(page.bytes() == null ? "unreadable" : ContentHash.sha256(page.bytes()));
        }
        String hash = ContentHash.sha256(unitHash.toString().getBytes(StandardCharsets.UTF_8));
        String read = known.apply(key);
        if (read != null && read.equals(IndexFiles.readKey(hash, fingerprint))) {
            unit.allFiles().forEach(page -> out.present.add(page.file().key()));
            out.unchanged += unit.allFiles().size();
            return;
        }
        Report event;
        try {
            event = parser.parse(key, unit.bytes());
        } catch (RuntimeException | StackOverflowError e) {
            unit.allFiles().forEach(page -> out.present.add(page.file().key()));
            out.problems.add(FileProblem.failure(key, "file.unindexable", "cannot parse the report: " + e));
            return;
        }
        if (event.indexPage() || !event.events().isEmpty() || isBinary(event)) {
            each(unit, known, out);
            return;
        }
        List<Report> sessionPages = new ArrayList<>();
        List<FileProblem> notes = new ArrayList<>();
        List<String> replaces = new ArrayList<>();
        for (Read page : unit.pages()) {
            String pageKey = page.file().key();
            out.present.add(pageKey);
            replaces.add(pageKey);
            if (page.problem() != null) {
                out.problems.add(FileProblem.failure(pageKey, page.problem().code(), page.problem().getMessage()));
                continue;
            }
            try {
                Report r = parser.parse(pageKey, page.bytes());
                if (!isBinary(r)) {
                    sessionPages.add(r);
                    notes.addAll(notes(pageKey, r));
                }
            } catch (RuntimeException | StackOverflowError e) {
                out.problems.add(FileProblem.failure(pageKey, "file.unindexable", "cannot parse the report: " + e));
            }
        }
        out.present.add(key);
        Report merged = SessionPages.merge(event, sessionPages);
        notes.addAll(notes(key, event));
        out.blocks.add(new Block(key, Documents.of(merged, fingerprint, hash), 1 + sessionPages.size(),
                merged.sessions().size(), List.copyOf(replaces), List.copyOf(notes)));
    }

    /** Each file of a unit read alone. */
    private void each(Read unit, Function<String, String> known, Reading out) {
        for (Read page : unit.allFiles()) {
            file(page, known, out);
        }
    }

    /** One file alone (its session pages, if any, are read by {@link #each}). */
    private void file(Read item, Function<String, String> known, Reading out) {
        String key = item.file().key();
        if (item.problem() != null) {
            out.problems.add(FileProblem.failure(key, item.problem().code(), item.problem().getMessage()));
            if (!item.problem().refused()) {
                out.present.add(key);
            }
            return;
        }
        // unchanged: the same bytes, read by the same parser (another catalog or recap version reads them again)
        String read = known.apply(key);
        if (read != null && read.equals(IndexFiles.readKey(ContentHash.sha256(item.bytes()), fingerprint))) {
            out.present.add(key);
            out.unchanged++;
            return;
        }
        Report report;
        List<Document> docs;
        try {
            report = parser.parse(key, item.bytes());
            if (isBinary(report)) {
                // not a report at all: not indexed, not counted, and an old version of it goes
                out.problems.add(FileProblem.failure(key, "file.binary", "a binary file, not a Markdown report; "
                        + "not indexed"));
                return;
            }
            docs = Documents.of(report, fingerprint);
        } catch (RuntimeException | StackOverflowError e) {
            out.present.add(key);
            out.problems.add(FileProblem.failure(key, "file.unindexable", "cannot parse the report: " + e));
            return;
        }
        out.present.add(key);
        out.blocks.add(new Block(key, docs, 1, report.indexPage() ? -1 : report.sessions().size(), List.of(),
                notes(key, report)));
    }

    private List<FileProblem> notes(String key, Report report) {
        List<FileProblem> out = new ArrayList<>();
        for (Diagnostic d : report.diagnostics()) {
            if (d.severity().ordinal() <= problemSeverity.ordinal()) {
                out.add(new FileProblem(key, d.line(), d.severity(), d.code(), d.message(), false));
            }
        }
        return out;
    }

    private static boolean isBinary(Report report) {
        for (Diagnostic d : report.diagnostics()) {
            if (d.code().equals("text.binary")) {
                return true;
            }
        }
        return false;
    }
}
