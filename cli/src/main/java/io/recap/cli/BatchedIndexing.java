package io.recap.cli;

import io.recap.index.ArchiveIndexer;
import io.recap.index.FileProblem;
import io.recap.index.IndexRun;
import io.recap.index.ReportFiles;
import io.recap.parser.ReportParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Indexes with a progress bar on top of {@link ArchiveIndexer}, whose current API has no progress callback:
 * the files are indexed in batches (each an {@code ArchiveIndexer} run over those files), then one last run
 * over the roots removes the reports whose files are gone. The counts add up to what one run reports.
 *
 * <p>The price is one commit per batch instead of one per run, so it is used only when a bar is shown (on a
 * terminal); scripts and pipes get the single-commit run. It goes away when the index library reports
 * progress itself.
 */
final class BatchedIndexing {

    /** Most batches per run: the bar moves at least every 2 %. */
    private static final int BATCHES = 50;

    private BatchedIndexing() {
    }

    /** Indexes the reports under {@code roots} into {@code dir}, stepping {@code progress} per file. */
    static IndexRun run(Path dir, ReportParser parser, boolean full, List<Path> roots, Progress progress)
            throws IOException {
        long started = System.nanoTime();
        List<Path> files = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        List<Path> absolute = new ArrayList<>();
        for (Path root : roots) {
            Path abs = root.toAbsolutePath().normalize();
            absolute.add(abs);
            files.addAll(ReportFiles.walk(abs, ignored));
        }
        progress.total(files.size());
        int batch = Math.max(1, (files.size() + BATCHES - 1) / BATCHES);
        int indexed = 0;
        int unchanged = 0;
        Set<FileProblem> problems = new LinkedHashSet<>();
        boolean first = true;
        for (int i = 0; i < files.size(); i += batch) {
            List<Path> part = files.subList(i, Math.min(files.size(), i + batch));
            IndexRun run = indexer(dir, parser, full && first).index(part);
            first = false;
            indexed += run.indexed();
            unchanged += run.unchanged();
            problems.addAll(run.problems());
            part.forEach(f -> progress.step());
        }
        IndexRun last = indexer(dir, parser, full && first).index(absolute);
        indexed += last.indexed();
        if (first) {
            unchanged += last.unchanged();
        }
        problems.addAll(last.problems());
        double seconds = (System.nanoTime() - started) / 1e9;
        return new IndexRun(indexed, unchanged, last.removed(), last.failed(), last.reports(), last.sessions(),
                seconds, List.copyOf(problems));
    }

    private static ArchiveIndexer indexer(Path dir, ReportParser parser, boolean full) {
        return ArchiveIndexer.builder(dir).parser(parser).full(full).build();
    }
}
