package io.recap.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.recap.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One {@link ReportParser} shared by eight threads gives each of them exactly the reports one thread gets.
 * The threads parse every real report of the shared corpus at the same time, each in its own order; where the
 * corpus is absent they parse the project's {@code examples/} instead, except under CI (environment variable
 * {@code CI} set), where the corpus must be there.
 */
class SharedParserTest {

    private static final int THREADS = 8;

    /** A report file, read once: its path relative to its folder and its bytes. */
    private record Input(String path, byte[] bytes) {
    }

    @Test
    void eightThreadsSharingOneParserGetTheReportsOneThreadGets() throws Exception {
        List<Input> inputs = inputs();
        Map<String, Report> expected = new LinkedHashMap<>();
        ReportParser alone = ReportParser.builder().build();
        for (Input in : inputs) {
            expected.put(in.path(), alone.parse(in.path(), in.bytes()));
        }

        ReportParser shared = ReportParser.builder().build();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Map<String, Report>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int first = t * inputs.size() / THREADS; // each thread starts elsewhere and goes round
                results.add(pool.submit(() -> {
                    start.await();
                    Map<String, Report> got = new LinkedHashMap<>();
                    for (int i = 0; i < inputs.size(); i++) {
                        Input in = inputs.get((first + i) % inputs.size());
                        got.put(in.path(), shared.parse(in.path(), in.bytes()));
                    }
                    return got;
                }));
            }
            for (int t = 0; t < THREADS; t++) {
                Map<String, Report> got = results.get(t).get();
                List<String> different = new ArrayList<>();
                expected.forEach((path, report) -> {
                    if (!report.equals(got.get(path))) {
                        different.add(path);
                    }
                });
                assertThat(got).as("thread %d", t).hasSameSizeAs(expected);
                assertThat(different).as("reports thread %d got otherwise than one thread alone", t).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The real corpus, or the project's examples where it is absent (never under CI). */
    private static List<Input> inputs() throws IOException {
        Path root = SharedCorpus.root();
        Path corpus = root == null ? null : root.resolve("corpus/real/files");
        Path folder;
        if (corpus != null && Files.isDirectory(corpus)) {
            folder = corpus;
        } else if (System.getenv("CI") != null) {
            fail("CI is set but the shared corpus is missing: ../shared/corpus/real/files");
            return List.of();
        } else {
            folder = examples();
        }
        List<Input> inputs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                inputs.add(new Input(folder.relativize(f).toString(), Files.readAllBytes(f)));
            }
        }
        assertThat(inputs).as("reports in %s", folder).isNotEmpty();
        return inputs;
    }

    private static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples/content"))) {
                return dir.resolve("examples/content");
            }
        }
        throw new IllegalStateException("no examples/content above " + Path.of("").toAbsolutePath());
    }
}
