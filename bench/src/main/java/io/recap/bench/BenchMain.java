package io.recap.bench;

import io.recap.bench.figures.EndToEndFigure;
import io.recap.bench.figures.IncrementalFigure;
import io.recap.bench.figures.IndexFigure;
import io.recap.bench.figures.JmhSettings;
import io.recap.bench.figures.ParseFigure;
import io.recap.bench.figures.QueryFigure;
import io.recap.bench.figures.SolrFigure;
import io.recap.bench.figures.StartupFigure;
import io.recap.bench.figures.WebFigure;
import io.recap.bench.gen.ArchiveGenerator;
import io.recap.bench.gen.ArchiveToucher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code recap-bench}: the archive generator and the benchmark figures of {@code BENCHMARKS.md}, one command per
 * figure. Every figure is measured against its baseline in the same run and printed as Markdown on stdout;
 * progress goes to stderr.
 */
public final class BenchMain {

    private static final String USAGE = """
            usage: recap-bench COMMAND [OPTIONS]

              generate --reports N [--seed S] [--threads T] DIR
                  write a deterministic archive of N reports (same seed, same bytes)
              touch [--percent P] [--seed S] DIR
                  append a line to P% (default 1) of the archive's files, chosen by the seed
              parse [--reports N] [--seed S] [--dir DIR] [--paired P] [JMH options]
                  1. ReportParser vs commonmark's bare parse, and the share of service detection: JMH rounds,
                  then a paired run that parses at least P reports (30,000; 0 skips it) with all three in turn
              index ARCHIVE [--work W] [--threads T] [--runs R] [--heap SIZE] [--jfr FILE]
                  2. full recap index run vs plain Lucene, peak RSS (fresh JVM per run)
              incremental ARCHIVE [--work W] [--threads T] [--runs R] [--percent P] [--heap SIZE] [--jfr FILE]
                  3. re-index after P% (default 1) changed vs a full run (changes the archive!)
              query [--work W] [JMH options]
                  4. p50/p99 of searches over the indexes 'index' left in W (JMH)
              e2e ARCHIVE [--index DIR] [--runs R] [--recap CMD]
                  5. recap search --service CodeDeploy --format paths vs rg -l -i and grep -rli (whole processes)
              startup [--runs R] [--recap CMD] [--jar JAR]
                  6. recap --version vs java -version (whole processes)
              solr ARCHIVE [--work W] [--threads T] [--rounds R] [--solr-heap SIZE]
                  7. push to a throwaway 2-node SolrCloud (bin/recap-solr-dev; 2 shards x 2 replicas) vs a full
                  local index run, then p50/p99 of figure 4's query kinds on both (R rounds, default 20;
                  SolrCloud heap default 2g)
              web --index DIR [--rounds R] [--starts N] [--recap CMD] [--examples DIR] [--work W]
                  8. recap serve: /api/search server-side and round trip vs the library call (p50/p99, in
                  process, over DIR), and the first response of bin/recap serve on the examples vs recap stats
              jmh [JMH ARGS]
                  JMH's own command line over the benchmarks, e.g. to profile one of them:
                  jmh ParseBenchmark.recap -f 1 -wi 2 -i 3 -jvmArgsAppend -XX:StartFlightRecording=filename=p.jfr
              smoke WORK
                  generator + one tiny iteration of figures 1 (JMH and paired), 2 and 4 (for CI; asserts
                  nothing about time)

            JMH options: --rounds R (5) --forks F (0: rounds share this JVM after a warm-up round) --warmups W (1)
                         --iterations I (2) --seconds S (2) --smoke --jfr FILE (with --forks 1)
            Defaults: --work /tmp/recap-bench-work, --threads 2, --recap $RECAP_HOME/bin/recap.
            --heap SIZE runs the index children with -XmxSIZE (default: the JVM's default heap).
            """;
    private static final Set<String> JMH_OPTIONS = Set.of("rounds", "forks", "warmups", "iterations", "seconds",
            "jfr");

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
                case "parse" -> parse(rest);
                case "index" -> index(rest);
                case "incremental" -> incremental(rest);
                case "query" -> query(rest);
                case "e2e" -> endToEnd(rest);
                case "startup" -> startup(rest);
                case "solr" -> solr(rest);
                case "web" -> web(rest);
                case "smoke" -> smoke(rest);
                case "jmh" -> org.openjdk.jmh.Main.main(rest.toArray(new String[0]));
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

    private static void parse(List<String> rest) throws Exception {
        Args a = new Args(rest, union(JMH_OPTIONS, Set.of("reports", "seed", "dir", "paired")), Set.of("smoke"));
        System.out.print(ParseFigure.run(a.integer("reports", 1_000), a.longValue("seed", 42), a.get("dir", ""),
                jmh(a), a.integer("paired", 30_000)));
    }

    private static void index(List<String> rest) throws Exception {
        Args a = new Args(rest, Set.of("work", "threads", "runs", "jfr", "heap"), Set.of());
        System.out.print(IndexFigure.run(Path.of(a.single("ARCHIVE")), work(a), a.integer("threads", 2),
                a.integer("runs", 3), jfr(a)));
    }

    private static void incremental(List<String> rest) throws Exception {
        Args a = new Args(rest, Set.of("work", "threads", "runs", "percent", "jfr", "heap"), Set.of());
        System.out.print(IncrementalFigure.run(Path.of(a.single("ARCHIVE")), work(a), a.integer("threads", 2),
                a.integer("runs", 1), a.decimal("percent", 1), jfr(a)));
    }

    private static void query(List<String> rest) throws Exception {
        Args a = new Args(rest, union(JMH_OPTIONS, Set.of("work")), Set.of("smoke"));
        System.out.print(QueryFigure.run(work(a), jmh(a)));
    }

    private static void endToEnd(List<String> rest) throws Exception {
        Args a = new Args(rest, Set.of("index", "runs", "recap"), Set.of());
        Path archive = Path.of(a.single("ARCHIVE"));
        Path index = Path.of(a.get("index", "/tmp/recap-bench-work/cli-index-" + archive.getFileName()));
        System.out.print(EndToEndFigure.run(archive, index, recap(a), a.integer("runs", 10)));
    }

    private static void startup(List<String> rest) throws Exception {
        Args a = new Args(rest, Set.of("runs", "recap", "jar"), Set.of());
        String jar = a.get("jar", home() + "/cli/target/recap.jar");
        System.out.print(StartupFigure.run(recap(a), jar, a.integer("runs", 20)));
    }

    private static void solr(List<String> rest) throws Exception {
        Args a = new Args(rest, Set.of("work", "threads", "rounds", "solr-heap"), Set.of());
        System.out.print(SolrFigure.run(Path.of(a.single("ARCHIVE")), work(a), home(), a.integer("threads", 2),
                a.integer("rounds", 20), a.get("solr-heap", "2g")));
    }

    private static void web(List<String> rest) throws Exception {
        Args a = new Args(rest, Set.of("index", "rounds", "starts", "recap", "examples", "work"), Set.of());
        String index = a.get("index", null);
        if (index == null) {
            throw new UsageException("web needs --index DIR (an index to search, such as figure 2's recap-index)");
        }
        int starts = a.integer("starts", 10);
        System.out.print(WebFigure.run(Path.of(index), a.integer("rounds", 20), starts == 0 ? null : recap(a),
                Path.of(a.get("examples", home() + "/examples")), work(a), starts));
    }

    private static void smoke(List<String> rest) throws Exception {
        Args a = new Args(rest, Set.of(), Set.of());
        Path work = Path.of(a.single("WORK"));
        Path archive = work.resolve("archive");
        long bytes = new ArchiveGenerator(1).write(40, archive, 2);
        System.out.printf(Locale.ROOT, "smoke: generated 40 reports (%d bytes)%n", bytes);
        System.out.println(ParseFigure.run(40, 1, archive.toString(), JmhSettings.quick(), 40));
        System.out.println(IndexFigure.run(archive, work, 2, 1, List.of()));
        System.out.println(QueryFigure.run(work, JmhSettings.quick()));
        System.out.println(WebFigure.run(work.resolve("recap-index"), 1, null, null, work, 0));
        System.out.println("bench smoke: 5 passed, 0 failed (generate, parse, index, query, web ran; no timing is "
                + "asserted)");
    }

    private static JmhSettings jmh(Args a) {
        if (a.flag("smoke")) {
            return JmhSettings.quick();
        }
        return new JmhSettings(a.integer("rounds", 5), a.integer("forks", 0), a.integer("warmups", 1),
                a.integer("iterations", 2), a.integer("seconds", 2), false, a.get("jfr", null));
    }

    /** JVM options of the index children: {@code --heap} (-Xmx) and {@code --jfr} (a JFR recording). */
    private static List<String> jfr(Args a) {
        List<String> out = new ArrayList<>();
        String heap = a.get("heap", null);
        if (heap != null) {
            out.add("-Xmx" + heap);
        }
        String file = a.get("jfr", null);
        if (file != null) {
            out.add("-XX:StartFlightRecording=filename=" + file + ",settings=profile");
        }
        return out;
    }

    private static Path work(Args a) {
        return Path.of(a.get("work", "/tmp/recap-bench-work"));
    }

    private static String home() {
        String h = System.getenv("RECAP_HOME");
        return h == null ? "." : h;
    }

    private static String recap(Args a) {
        String r = a.get("recap", home() + "/bin/recap");
        if (!r.contains("/") || Files.isExecutable(Path.of(r))) {
            return r;
        }
        throw new UsageException("no recap launcher at " + r + "; give --recap CMD or set RECAP_HOME");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
