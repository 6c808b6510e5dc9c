package io.recap.bench;

import io.recap.bench.gen.ArchiveGenerator;
import io.recap.bench.gen.ArchiveToucher;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code recap-bench}: the archive generator and the benchmark figures of {@code BENCHMARKS.md}, one command per
 * figure. Every figure is measured against its baseline in the same run and printed as a Markdown table.
 */
public final class BenchMain {

    private static final String USAGE = """
            usage: recap-bench COMMAND [OPTIONS]

              generate --reports N [--seed S] [--threads T] DIR   write a deterministic archive of N reports
              touch [--percent P] [--seed S] DIR                  change P% (default 1) of the archive's files

            Run from bin/recap-bench, which builds bench/target/recap-bench.jar when it is missing.
            """;

    private BenchMain() {
    }

    /** Runs one command; exits 2 on a usage error. */
    public static void main(String[] argv) throws Exception {
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h")) {
            System.out.print(USAGE);
            return;
        }
        List<String> rest = Arrays.asList(argv).subList(1, argv.length);
        try {
            switch (argv[0]) {
                case "generate" -> generate(rest);
                case "touch" -> touch(rest);
                default -> throw new UsageException("unknown command " + argv[0]);
            }
        } catch (UsageException e) {
            System.err.println("recap-bench: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        }
    }

    private static void generate(List<String> rest) throws Exception {
        Args a = new Args(rest, Set.of("reports", "seed", "threads"), Set.of());
        int reports = a.integer("reports", -1);
        if (reports < 0) {
            throw new UsageException("generate needs --reports N");
        }
        long seed = a.longValue("seed", 42);
        Path dir = Path.of(a.single("DIR"));
        long started = System.nanoTime();
        long bytes = new ArchiveGenerator(seed).write(reports, dir,
                a.integer("threads", Runtime.getRuntime().availableProcessors()));
        double s = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "generated %d reports (%.1f MB) with seed %d in %s in %.1f s%n",
                reports, bytes / 1e6, seed, dir, s);
    }

    private static void touch(List<String> rest) throws Exception {
        Args a = new Args(rest, Set.of("percent", "seed"), Set.of());
        Path dir = Path.of(a.single("DIR"));
        int n = new ArchiveToucher().touch(dir, a.decimal("percent", 1), a.longValue("seed", 1)).size();
        System.out.printf(Locale.ROOT, "touched %d files in %s%n", n, dir);
    }
}
