package io.recap.bench.jmh;

import io.recap.bench.gen.ArchiveGenerator;
import io.recap.bench.gen.ReportFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a benchmark works on, held in memory so that disk reads do not blur the figure: either a generated
 * archive (seed, number of reports) or the {@code *.md} files under a directory.
 */
final class ArchiveInMemory {

    final String[] paths;
    final byte[][] contents;
    final long totalBytes;

    private ArchiveInMemory(List<String> paths, List<byte[]> contents) {
        this.paths = paths.toArray(new String[0]);
        this.contents = contents.toArray(new byte[0][]);
        long total = 0;
        for (byte[] b : this.contents) {
            total += b.length;
        }
        this.totalBytes = total;
    }

    /** A generated archive, or the files under {@code dir} when it is not blank. */
    static ArchiveInMemory load(String dir, int reports, long seed) throws IOException {
        List<String> paths = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        if (dir != null && !dir.isBlank()) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                for (Path p : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    paths.add(p.toString());
                    contents.add(Files.readAllBytes(p));
                }
            }
        } else {
            ArchiveGenerator g = new ArchiveGenerator(seed);
            for (ReportFile f : g.layout(reports)) {
                paths.add(f.path());
                contents.add(g.content(f));
            }
        }
        if (paths.isEmpty()) {
            throw new IOException("no reports to benchmark");
        }
        return new ArchiveInMemory(paths, contents);
    }

    int size() {
        return paths.length;
    }
}
