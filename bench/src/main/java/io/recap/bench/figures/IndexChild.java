package io.recap.bench.figures;

import io.recap.bench.baseline.PlainLuceneIndexer;
import io.recap.index.ArchiveIndexer;
import io.recap.index.IndexRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The process the index figures run once per measurement, with the JVM's default heap, so that its peak RSS is
 * its own. Prints one {@code RESULT key=value …} line: the run's duration measured inside the process, its
 * counts, and {@code rss_kib} (VmHWM at the end).
 *
 * <pre>
 * IndexChild read ARCHIVE                            read every *.md file (the floor; warms the page cache)
 * IndexChild lucene ARCHIVE INDEX THREADS            plain Lucene baseline, THREADS adding to one writer
 * IndexChild recap ARCHIVE INDEX THREADS full|incremental   recap's ArchiveIndexer with threads(THREADS)
 * </pre>
 */
public final class IndexChild {

    private IndexChild() {
    }

    /** Runs one measurement. */
    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path archive = Path.of(args[1]);
        long started = System.nanoTime();
        String counts;
        switch (mode) {
            case "read" -> {
                long bytes = 0;
                int files = 0;
                try (Stream<Path> walk = Files.walk(archive)) {
                    for (Path p : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                        bytes += Files.readAllBytes(p).length;
                        files++;
                    }
                }
                counts = "docs=" + files + " bytes=" + bytes;
            }
            case "lucene" -> counts = "docs=" + PlainLuceneIndexer.index(archive, Path.of(args[2]),
                    Integer.parseInt(args[3]));
            case "recap" -> {
                // The same number of threads as the baseline: workers that hash, parse and add documents.
                IndexRun run = ArchiveIndexer.builder(Path.of(args[2])).threads(Integer.parseInt(args[3]))
                        .full("full".equals(args[4])).build().index(List.of(archive));
                counts = "docs=" + run.reports() + " indexed=" + run.indexed() + " unchanged=" + run.unchanged()
                        + " removed=" + run.removed() + " failed=" + run.failed() + " sessions=" + run.sessions();
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "RESULT seconds=%.4f %s rss_kib=%d%n", seconds, counts,
                Machine.peakRssKib());
    }
}
