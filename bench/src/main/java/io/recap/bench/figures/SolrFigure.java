package io.recap.bench.figures;

import io.recap.bench.jmh.QueryMix;
import io.recap.index.ArchiveIndexer;
import io.recap.index.IndexRun;
import io.recap.index.ReportIndex;
import io.recap.index.ReportSearcher;
import io.recap.index.SearchRequest;
import io.recap.solr.SolrArchiveIndexer;
import io.recap.solr.SolrReportIndex;
import io.recap.solr.SolrTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Figure 7 — SolrCloud beside the local index, in one run: the push rate of {@code recap index --solr} into a
 * collection of 2 shards × 2 replicas on a throwaway 2-node SolrCloud ({@code bin/recap-solr-dev}, both nodes in
 * one JVM on this machine) against a full local index run of the same archive, then p50/p99 of the query kinds of
 * figure 4 asked of both, one thread, local and Solr in turn for each query.
 */
public final class SolrFigure {

    /** The kinds of query, as figure 4 names them. */
    private static final String[][] KINDS = {
        {"term", "word query (20 EN/VI words), first page with snippets"},
        {"phrase", "phrase query (8 phrases)"},
        {"service", "`--service X` alone, newest first (10 services)"},
        {"termAndService", "word + `--service X`"},
        {"termFacets", "word + `--facets`"},
        {"serviceFacets", "`--service X --facets`"}};

    private SolrFigure() {
    }

    /** Measures and returns the figure as Markdown. */
    public static String run(Path archive, Path work, String home, int threads, int rounds, String solrHeap)
            throws Exception {
        Files.createDirectories(work);
        Path urlFile = work.resolve("solr-url");
        Files.deleteIfExists(urlFile);
        ProcessBuilder pb = new ProcessBuilder(home + "/bin/recap-solr-dev", "--url-file", urlFile.toString())
                .redirectOutput(work.resolve("solr-dev.out").toFile())
                .redirectError(work.resolve("solr-dev.err").toFile());
        pb.environment().put("RECAP_SOLR_DEV_JAVA_OPTS", "-Xmx" + solrHeap + " -XX:+ExitOnOutOfMemoryError");
        Process solr = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (!Files.exists(urlFile)) {
                if (!solr.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("bin/recap-solr-dev did not start; see " + work.resolve("solr-dev.err"));
                }
                Thread.sleep(200);
            }
            SolrTarget target = SolrTarget.of(Files.readString(urlFile).strip(), "bench");
            return measure(archive, work, target, threads, rounds, solrHeap);
        } finally {
            solr.destroy();
            if (!solr.waitFor(2, TimeUnit.MINUTES)) {
                solr.destroyForcibly();
            }
        }
    }

    private static String measure(Path archive, Path work, SolrTarget target, int threads, int rounds,
                                  String solrHeap) throws Exception {
        String machine = Machine.describe();
        System.err.println("solr figure: local index of " + archive);
        Path local = work.resolve("solr-figure-local-index");
        IndexRun indexed = ArchiveIndexer.builder(local).full(true).threads(threads).build()
                .index(List.of(archive));
        System.err.printf(Locale.ROOT, "solr figure: local %d reports in %.1f s; pushing to %s%n",
                indexed.indexed(), indexed.seconds(), target.describe());
        IndexRun pushed = SolrArchiveIndexer.builder(target).shards(2).replicas(2).threads(threads).full(true)
                .build().index(List.of(archive));
        System.err.printf(Locale.ROOT, "solr figure: pushed %d reports in %.1f s; querying%n", pushed.indexed(),
                pushed.seconds());
        if (pushed.reports() != indexed.reports() || pushed.sessions() != indexed.sessions()) {
            throw new IllegalStateException("the collection holds " + pushed.reports() + " reports, "
                    + pushed.sessions() + " sessions; the local index " + indexed.reports() + ", "
                    + indexed.sessions());
        }
        MarkdownTable push = new MarkdownTable("run", "seconds", "reports/s", "ratio");
        push.row("local: `recap index --full` (" + threads + " threads)", seconds(indexed.seconds()),
                rate(indexed), "1.00");
        push.row("SolrCloud: `recap index --solr … --full`, 2 shards × 2 replicas (" + threads + " threads)",
                seconds(pushed.seconds()), rate(pushed),
                String.format(Locale.ROOT, "%.2f", pushed.seconds() / indexed.seconds()));

        Map<String, List<SearchRequest>> requests = requests();
        Map<String, List<Double>> localMs = new LinkedHashMap<>();
        Map<String, List<Double>> solrMs = new LinkedHashMap<>();
        try (ReportIndex l = ReportIndex.open(local); SolrReportIndex s = SolrReportIndex.open(target)) {
            for (int round = -1; round < rounds; round++) { // round -1 warms both up and is not counted
                boolean localFirst = true;
                for (Map.Entry<String, List<SearchRequest>> kind : requests.entrySet()) {
                    for (SearchRequest r : kind.getValue()) {
                        double a = time(localFirst ? l : s, r);
                        double b = time(localFirst ? s : l, r);
                        if (round >= 0) {
                            localMs.computeIfAbsent(kind.getKey(), k -> new ArrayList<>()).add(localFirst ? a : b);
                            solrMs.computeIfAbsent(kind.getKey(), k -> new ArrayList<>()).add(localFirst ? b : a);
                        }
                        localFirst = !localFirst;
                    }
                }
            }
        }
        String loadAfter = Machine.load();
        MarkdownTable q = new MarkdownTable("query", "local p50 ms", "local p99 ms", "Solr p50 ms", "Solr p99 ms",
                "Solr/local p50", "samples each");
        List<Map<Double, Long>> localKinds = new ArrayList<>();
        List<Map<Double, Long>> solrKinds = new ArrayList<>();
        for (String[] kind : KINDS) {
            List<Double> lv = localMs.get(kind[0]);
            List<Double> sv = solrMs.get(kind[0]);
            q.row(kind[1], ms(Stats.percentile(lv, 50)), ms(Stats.percentile(lv, 99)), ms(Stats.percentile(sv, 50)),
                    ms(Stats.percentile(sv, 99)),
                    String.format(Locale.ROOT, "%.1f×", Stats.percentile(sv, 50) / Stats.percentile(lv, 50)),
                    String.format(Locale.ROOT, "%,d", lv.size()));
            localKinds.add(counts(lv));
            solrKinds.add(counts(sv));
        }
        double l50 = Stats.mixPercentile(localKinds, 50);
        double s50 = Stats.mixPercentile(solrKinds, 50);
        q.row("**mix: the six kinds asked equally often**", "**" + ms(l50) + "**",
                "**" + ms(Stats.mixPercentile(localKinds, 99)) + "**", "**" + ms(s50) + "**",
                "**" + ms(Stats.mixPercentile(solrKinds, 99)) + "**",
                String.format(Locale.ROOT, "**%.1f×**", s50 / l50), "");
        return String.format(Locale.ROOT, "archive %s: %,d reports, %,d sessions; SolrCloud: bin/recap-solr-dev "
                        + "(2 nodes and ZooKeeper in one JVM, -Xmx%s), collection of 2 shards × 2 replicas; %d "
                        + "query round(s) after a warm-up round, local and Solr in turn, one thread%n"
                        + "machine: %s; load after: %s%n%n%s%n%s",
                archive, indexed.reports(), indexed.sessions(), solrHeap, rounds, machine, loadAfter, push, q);
    }

    /** The queries of figure 4's six kinds (first pages of 10). */
    private static Map<String, List<SearchRequest>> requests() {
        Map<String, List<SearchRequest>> out = new LinkedHashMap<>();
        List<SearchRequest> term = new ArrayList<>();
        List<SearchRequest> termAndService = new ArrayList<>();
        List<SearchRequest> termFacets = new ArrayList<>();
        for (int i = 0; i < QueryMix.TERMS.size(); i++) {
            String word = QueryMix.TERMS.get(i);
            term.add(SearchRequest.builder().query(word).build());
            termAndService.add(SearchRequest.builder().query(word)
                    .service(QueryMix.SERVICES.get(i % QueryMix.SERVICES.size())).build());
            termFacets.add(SearchRequest.builder().query(word).facets(true).build());
        }
        List<SearchRequest> phrase = new ArrayList<>();
        for (String p : QueryMix.PHRASES) {
            phrase.add(SearchRequest.builder().query(p).build());
        }
        List<SearchRequest> service = new ArrayList<>();
        List<SearchRequest> serviceFacets = new ArrayList<>();
        for (String s : QueryMix.SERVICES) {
            service.add(SearchRequest.builder().service(s).sort(SearchRequest.Sort.DATE).build());
            serviceFacets.add(SearchRequest.builder().service(s).facets(true).build());
        }
        out.put("term", term);
        out.put("phrase", phrase);
        out.put("service", service);
        out.put("termAndService", termAndService);
        out.put("termFacets", termFacets);
        out.put("serviceFacets", serviceFacets);
        return out;
    }

    private static double time(ReportSearcher searcher, SearchRequest r) throws IOException {
        long t = System.nanoTime();
        searcher.search(r);
        return (System.nanoTime() - t) / 1e6;
    }

    private static Map<Double, Long> counts(List<Double> values) {
        Map<Double, Long> out = new LinkedHashMap<>();
        values.forEach(v -> out.merge(v, 1L, Long::sum));
        return out;
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f", s);
    }

    private static String rate(IndexRun run) {
        return String.format(Locale.ROOT, "%,.0f", run.indexed() / run.seconds());
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
