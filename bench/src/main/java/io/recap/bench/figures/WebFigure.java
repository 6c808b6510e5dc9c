package io.recap.bench.figures;

import io.recap.index.IndexStats;
import io.recap.index.ReportIndex;
import io.recap.index.SearchRequest;
import io.recap.web.WebServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Figure 8 — the web page ({@code recap serve}, issue 16), in two parts.
 *
 * <p><b>Search, server-side</b>: the requests the page sends as a person types or clicks a facet
 * ({@code /api/search} with a word, a service, or both; the page always asks for the facet counts), answered by a
 * {@link WebServer} in this JVM over the index given, through a real HTTP connection on loopback. Per request: the
 * server's own time (its {@code Server-Timing} header: from the request's arrival at the handler to the JSON
 * written, including the check for a newer commit) and the round trip the client sees; the baseline, measured
 * right before each request in the same round, is the library call the server makes ({@code ReportIndex.search}
 * of the same request, facets included) without HTTP or JSON. Rounds go through the whole mix in order; the first
 * round is a warm-up.
 *
 * <p><b>First response</b>: {@code bin/recap serve --port 0} over an index of the example archive, from starting the
 * process to the first answer of {@code /} and of {@code /api/search}; the baseline, in the same interleaved
 * rounds, is {@code bin/recap stats} over the same index (a process that starts, opens the index and exits).
 */
public final class WebFigure {

    /** Words, as in figure 4 (English and Vietnamese, with and without diacritics). */
    static final List<String> WORDS = List.of("pipeline", "dashboard", "migration", "guardrail", "latency",
            "kubernetes", "observability", "serverless", "tư duy", "bảo mật", "dam may", "triển khai", "chatbot",
            "encryption", "incident", "cache");
    /** Services, as a facet click sends them. */
    static final List<String> SERVICES = List.of("codedeploy", "ecr", "bedrock", "lambda", "s3", "guardduty",
            "codepipeline", "eks", "dynamodb", "cloudwatch");

    private WebFigure() {
    }

    /** One request of the mix: its query string and the same request for the library. */
    record Ask(String kind, String query, SearchRequest request) {
    }

    static List<Ask> mix() {
        List<Ask> out = new ArrayList<>();
        for (int i = 0; i < Math.max(WORDS.size(), SERVICES.size()); i++) {
            String word = WORDS.get(i % WORDS.size());
            String service = SERVICES.get(i % SERVICES.size());
            SearchRequest.Builder base = SearchRequest.builder().facets(true).exactTotal(true);
            out.add(new Ask("word", "q=" + enc(word), base.query(word).build()));
            out.add(new Ask("service", "service=" + service,
                    SearchRequest.builder().facets(true).exactTotal(true).service(service).build()));
            out.add(new Ask("word + service", "q=" + enc(word) + "&service=" + service,
                    SearchRequest.builder().facets(true).exactTotal(true).query(word).service(service).build()));
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Measures and returns the figure as Markdown.
     *
     * @param index    the index to search (figure 2's at 100k, say)
     * @param rounds   rounds through the mix after one warm-up round
     * @param recap    the launcher for the first-response part, or {@code null} to skip it
     * @param examples the example archive (indexed into {@code work} for the first-response part)
     * @param starts   processes started per command in the first-response part
     */
    public static String run(Path index, int rounds, String recap, Path examples, Path work, int starts)
            throws Exception {
        String machine = Machine.describe();
        StringBuilder out = new StringBuilder();
        out.append(search(index, rounds));
        if (recap != null) {
            out.append('\n').append(firstResponse(recap, examples, work, starts));
        }
        return "machine: " + machine + "; load after: " + Machine.load() + "\n\n" + out;
    }

    private static String search(Path location, int rounds) throws Exception {
        List<Ask> mix = mix();
        List<String> kinds = List.of("word", "service", "word + service");
        List<List<Double>> direct = new ArrayList<>();
        List<List<Double>> server = new ArrayList<>();
        List<List<Double>> trip = new ArrayList<>();
        for (int k = 0; k <= kinds.size(); k++) {
            direct.add(new ArrayList<>());
            server.add(new ArrayList<>());
            trip.add(new ArrayList<>());
        }
        IndexStats held;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (ReportIndex index = ReportIndex.open(location);
             WebServer web = WebServer.builder(index).port(0).log(line -> { }).start()) {
            held = index.stats();
            for (int round = 0; round <= rounds; round++) {
                System.err.printf(Locale.ROOT, "web: round %d of %d%s%n", round, rounds, round == 0 ? " (warm-up)" : "");
                for (Ask ask : mix) {
                    long t0 = System.nanoTime();
                    index.search(ask.request());
                    double libraryMs = (System.nanoTime() - t0) / 1e6;
                    long t1 = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(web.url().resolve("/api/search?"
                            + ask.query())).build(), HttpResponse.BodyHandlers.ofByteArray());
                    double tripMs = (System.nanoTime() - t1) / 1e6;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("/api/search?" + ask.query() + " answered " + r.statusCode()
                                + ": " + new String(r.body(), StandardCharsets.UTF_8));
                    }
                    String timing = r.headers().firstValue("Server-Timing").orElseThrow();
                    double serverMs = Double.parseDouble(timing.substring(timing.indexOf("dur=") + 4));
                    if (round > 0) {
                        int k = kinds.indexOf(ask.kind());
                        for (int slot : new int[] {k, kinds.size()}) {
                            direct.get(slot).add(libraryMs);
                            server.get(slot).add(serverMs);
                            trip.get(slot).add(tripMs);
                        }
                    }
                }
            }
        }
        MarkdownTable t = new MarkdownTable("requests", "library call p50 / p99 ms (baseline)",
                "server-side p50 / p99 ms", "round trip p50 / p99 ms", "server / library (p50)", "requests");
        for (int k = 0; k <= kinds.size(); k++) {
            String name = k < kinds.size() ? "`/api/search` " + kinds.get(k) + ", with facets"
                    : "**all three kinds, equally often**";
            t.row(name, pair(direct.get(k)), pair(server.get(k)), pair(trip.get(k)),
                    String.format(Locale.ROOT, "%.2f×", Stats.median(server.get(k)) / Stats.median(direct.get(k))),
                    String.format(Locale.ROOT, "%,d", direct.get(k).size()));
        }
        return String.format(Locale.ROOT, "index %s: %,d reports, %,d sessions; one client thread, %d rounds of %d "
                        + "requests after a warm-up round%n%n%s", location, held.reports(), held.sessions(), rounds,
                mix.size(), t);
    }

    private static String pair(List<Double> ms) {
        return String.format(Locale.ROOT, "%.2f / %.2f", Stats.percentile(ms, 50), Stats.percentile(ms, 99));
    }

    private static String firstResponse(String recap, Path examples, Path work, int starts) throws Exception {
        Path index = work.resolve("web-examples-index");
        // --full: a folder left by an earlier run may hold an index of another schema version
        run(List.of(recap, "index", examples.toString(), "--index", index.toString(), "--full", "--quiet"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Double> page = new ArrayList<>();
        List<Double> search = new ArrayList<>();
        List<Double> stats = new ArrayList<>();
        for (int i = 0; i <= starts; i++) {
            long t0 = System.nanoTime();
            run(List.of(recap, "stats", "--index", index.toString()));
            double statsMs = (System.nanoTime() - t0) / 1e6;

            long t1 = System.nanoTime();
            Process p = new ProcessBuilder(recap, "serve", "--index", index.toString(), "--port", "0", "--quiet")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                String url = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                if (url == null) {
                    throw new IllegalStateException("recap serve printed no address");
                }
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
                double pageMs = (System.nanoTime() - t1) / 1e6;
                http.send(HttpRequest.newBuilder(URI.create(url + "api/search")).build(),
                        HttpResponse.BodyHandlers.discarding());
                double searchMs = (System.nanoTime() - t1) / 1e6;
                if (i > 0) {
                    page.add(pageMs);
                    search.add(searchMs);
                    stats.add(statsMs);
                }
            } finally {
                p.destroy();
                p.waitFor(20, TimeUnit.SECONDS);
            }
            System.err.printf(Locale.ROOT, "web: start %d of %d%n", i, starts);
        }
        MarkdownTable t = new MarkdownTable("from starting the process to", "median ms", "min–max ms",
                "/ baseline");
        double base = Stats.median(stats);
        t.row("`recap stats` exits (baseline)", ms(base), range(stats), "1.00×");
        t.row("`recap serve`: first answer of `/` (the page)", ms(Stats.median(page)), range(page),
                String.format(Locale.ROOT, "%.2f×", Stats.median(page) / base));
        t.row("`recap serve`: then the first `/api/search`", ms(Stats.median(search)), range(search),
                String.format(Locale.ROOT, "%.2f×", Stats.median(search) / base));
        return String.format(Locale.ROOT, "first response: `%s serve` over the example archive (%s), %d starts "
                + "after one warm-up, interleaved with `%s stats`%n%n%s", recap, examples, starts, recap, t);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String range(List<Double> v) {
        return String.format(Locale.ROOT, "%.0f–%.0f", Stats.percentile(v, 0), Stats.percentile(v, 100));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }
}
