package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.cli.RelevanceJudgments.Query;
import io.recap.cli.RelevanceScore.Hit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import io.recap.model.Session;
import io.recap.parser.ReportParser;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Relevance of {@code recap search} and {@code recap events} on the real corpus ({@code ../shared/corpus/real}),
 * scored against judgments written by reading the reports ({@code relevance/judgments.txt}): precision and
 * recall per query and in total, written to {@code target/relevance.md}. Recall is also given over the expected
 * sessions recap's model of the reports has ("search recall": a session the parser did not make cannot be
 * found by any search). Every query must reach 0.9 in precision and search recall, except those in
 * {@link #ARGUED}, each with its reason; skipped when the corpus is absent, except on CI.
 *
 * <p>To score another recap (an older build, for a before/after comparison), run this test with
 * {@code -Drecap.relevance.launcher=/path/to/bin/recap}: the queries then run as processes of that launcher, and
 * the figures are only reported, not asserted.
 */
class RelevanceTest {

    /** The least precision and recall a query must reach. */
    static final double FLOOR = 0.9;
    /** More hits than any query has: every hit is scored, not only the first page. */
    static final String EVERY_HIT = "100000";

    /** Why some queries miss a talk of QuocAn-star 4.2. */
    static final String AGENDA_ONLY = "recap's model of QuocAn-star 4.2 (the parser, issue 12) makes its sessions "
            + "of the timed 'Event Schedule' alone: each talk's write-up, under 'Session Summaries > 2. Voice "
            + "Agents…', is not part of its session, so a word only the write-up has (Nova Sonic, QuickSight) "
            + "cannot find the talk";
    /** Why FinOps finds a topic beside the session. */
    static final String TOPICS = "saltless-bruh's section page recaps six events; recap's model of its event 6 "
            + "makes sessions of the 'Key Topics Covered' list as well as of 'Sessions Attended', so the topic "
            + "'Advanced Cost Management: FinOps practices…' is found beside the session 'FinOps and Cost "
            + "Optimization' (in English and in Vietnamese)";

    /** Why a topic query's words as typed find sessions that only mention them (issue 13's semantics, kept). */
    static final String AS_TYPED = "the words as typed (issue 13: each word anywhere in the session, English "
            + "forms alike) also find sessions that name them in passing, which a reader of the topic does not "
            + "want; the same hits came before issue 20";
    /** Why a topic query misses sessions a reader counts. */
    static final String UNNAMED = "judged sessions about the topic that write none of its names as a phrase";

    /**
     * Queries that stay below the floor, each with why, and the figures they must still reach. The reasons of the
     * issue-13 queries are in recap's model of the reports (the parser, issue 12), not in the search: raise the
     * floors when it improves. The topic queries of issue 20 were judged more widely (every session about the
     * topic, in both languages) than what a search for a few words can reach; their reasons are in the search.
     */
    static final Map<String, Argued> ARGUED = Map.ofEntries(
            Map.entry("nova-sonic", new Argued(FLOOR, 0.85, true, AGENDA_ONLY)),
            Map.entry("nova-sonic-en", new Argued(FLOOR, 0.8, true, AGENDA_ONLY)),
            Map.entry("nova-sonic-bedrock", new Argued(FLOOR, 0.85, true, AGENDA_ONLY)),
            Map.entry("quicksight-minus-amazon-q", new Argued(FLOOR, 0.85, true, AGENDA_ONLY)),
            Map.entry("quicksight-2026", new Argued(FLOOR, 0.85, true, AGENDA_ONLY)),
            Map.entry("finops", new Argued(0.85, FLOOR, true, TOPICS)),
            Map.entry("topic-observability", new Argued(0.75, 0.8, true, AS_TYPED + ": 'observability' in a list "
                    + "of AgentCore's components and a GenAI game's tools (0.71 before)")),
            Map.entry("topic-kha-nang-quan-sat", new Argued(0.75, 0.8, true, "as topic-observability, whose "
                    + "English sessions it now finds")),
            Map.entry("topic-giam-sat", new Argued(FLOOR, 0.65, true, "'giám sát' is the monitoring topic, which "
                    + "expands to 'monitoring' only: sessions on logging, tracing or alerting alone are judged "
                    + "observability (its expectations) but name no monitoring term")),
            Map.entry("topic-incident-response", new Argued(0.85, 0.75, true, AS_TYPED + ": 'incident' and "
                    + "'response' apart in a data-resiliency talk; " + UNNAMED + ": an observability talk's "
                    + "on-call processes")),
            Map.entry("topic-ung-pho-su-co", new Argued(FLOOR, 0.75, true, UNNAMED + ": an observability talk's "
                    + "on-call processes ('trực ca')")),
            Map.entry("topic-infrastructure", new Argued(0.85, 0.85, true, AS_TYPED + ": 'infrastructure "
                    + "incidents' of a data-resiliency talk; " + UNNAMED + ": a DevSecOps toolchain's IaC tools "
                    + "(written 'IaC & Policy-as-Code')")),
            Map.entry("topic-ha-tang", new Argued(0.85, 0.85, true, "as topic-infrastructure, whose English "
                    + "sessions it now finds; 'xây dựng hạ tầng' in passing in a talk on AI services")),
            Map.entry("topic-ai-agents", new Argued(0.8, FLOOR, true, AS_TYPED + ": a GenAI game whose teams use "
                    + "agents among other tools (0.80 before)")),
            Map.entry("topic-tac-tu-ai", new Argued(0.65, 0.5, true, "the game of topic-ai-agents; " + UNNAMED
                    + ": 'Bedrock Agents', 'multi-step agents' are agents but not the phrase 'AI agents' (typed in "
                    + "English as two words, topic-ai-agents finds them as loose words)")),
            Map.entry("topic-containers", new Argued(0.5, FLOOR, true, AS_TYPED + ": the English stem of "
                    + "'containers' is that of 'containment' (an incident-response step), and a backup vault is "
                    + "'a container for storing backups'")),
            Map.entry("topic-cdn", new Argued(FLOOR, 0.75, true, UNNAMED + ": the Vietnamese lab that configures "
                    + "CloudFront names no CDN term (services tag topics but do not expand queries)")),
            Map.entry("topic-mang-phan-phoi-noi-dung", new Argued(FLOOR, 0.75, true, "as topic-cdn")),
            Map.entry("topic-network-security", new Argued(0.7, FLOOR, true, AS_TYPED + ": 'network' and "
                    + "'security' apart (0.55 before)")),
            Map.entry("topic-security", new Argued(0.75, 0.7, true, AS_TYPED + ": 'security' in passing in "
                    + "AI-DLC talks (a capability in a list, 'manage applications securely'); " + UNNAMED
                    + ": IAM, encryption and compliance sessions that do not write 'security' or 'bảo mật'")),
            Map.entry("topic-bao-mat", new Argued(0.85, 0.7, true, "as topic-security")),
            Map.entry("topic-cost-optimization", new Argued(0.85, 0.35, true, UNNAMED + ": most judged sessions "
                    + "compare the costs of cloud and on-premises in words no name of the topic covers (a cost "
                    + "comparison, CAPEX and OPEX, pay-as-you-go, budget)")),
            Map.entry("topic-toi-uu-chi-phi", new Argued(FLOOR, 0.25, true, "as topic-cost-optimization")),
            Map.entry("speaker-duc-dao", new Argued(0.65, FLOOR, false, "SickDuck696969 4.2 names each speaker's "
                    + "topic only in its speaker list ('Đào Đức – How LLM actually works'): recap's model has its "
                    + "speakers for the whole event only, and no session names him, so every session of the event "
                    + "comes (10 hits in English and Vietnamese), in the event-level tier, the LLM talk among "
                    + "them. And recap's model of quangtin137 4.2 (vi) takes the timed programme, whose titles are "
                    + "English and name nobody, for its sessions instead of the highlights' 'Anh Đức Dao - Tính "
                    + "không xác định…' headings: its 7 sessions come at the event level")));

    /**
     * A query below the floor: its own floors, whether its speaker's own sessions must still rank first, and the
     * reason.
     */
    record Argued(double precision, double recall, boolean ordered, String why) {
    }

    @Test
    void searchFindsWhatACarefulReaderExpects() throws Exception {
        Path corpus = corpus();
        String launcher = System.getProperty("recap.relevance.launcher");
        Path target = Path.of("target").toAbsolutePath();
        Path index = target.resolve(launcher == null ? "relevance-index" : "relevance-index-other");
        Runner recap = launcher == null ? new InProcess(index) : new External(launcher, index);
        Run indexed = recap.run(List.of("index", "--full", "--quiet", corpus.toString()));
        assertThat(indexed.code()).as(indexed.err()).isZero();

        ReportParser parser = ReportParser.builder().build();
        Map<String, List<String>> made = new HashMap<>();
        Function<String, List<String>> sessions = file -> made.computeIfAbsent(file, f -> {
            try {
                // a page that recaps several events holds their sessions in its events
                return parser.parse(corpus.resolve(f)).eventReports().stream()
                        .flatMap(r -> r.sessions().stream()).map(Session::title).toList();
            } catch (IOException e) {
                return List.of();
            }
        });
        List<RelevanceScore> scores = new ArrayList<>();
        for (Query q : RelevanceJudgments.load()) {
            List<String> args = new ArrayList<>(q.args());
            args.addAll(List.of("--format", "json", "--limit", EVERY_HIT, "--quiet"));
            // The judgments list every page that tells a relevant session, each language twin of a report too:
            // they judge what is found, not how a listing folds twins and authors together (issue 18), so the
            // searches list every twin, and events every report.
            args.add(q.events() ? "--reports" : "--all-languages");
            Run r = recap.run(args);
            boolean failed = r.code() != ExitCode.OK && r.code() != ExitCode.NOTHING;
            scores.add(RelevanceScore.of(q, failed ? List.of() : hits(q, r.out(), corpus), sessions,
                    failed ? r.err() : null));
        }
        String report = report(scores, launcher);
        Files.writeString(target.resolve("relevance.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
        if (launcher != null) {
            return;
        }
        for (RelevanceScore s : scores) {
            Argued a = ARGUED.get(s.query().id());
            double p = a == null ? FLOOR : a.precision();
            double rc = a == null ? FLOOR : a.recall();
            assertThat(s.error()).as(s.query().id()).isNull();
            assertThat(s.precision()).as("precision of %s; wrong: %s", s.query().id(), s.wrong())
                    .isGreaterThanOrEqualTo(p);
            assertThat(s.searchRecall()).as("recall of %s over the sessions recap has; missed: %s", s.query().id(),
                    s.missed()).isGreaterThanOrEqualTo(rc);
            if (a == null || a.ordered()) {
                assertThat(s.ordered()).as("%s ranks the sessions named for the speaker first", s.query().id())
                        .isTrue();
            }
        }
    }

    /** The hits of recap's JSON, with paths relative to the corpus. */
    static List<Hit> hits(Query q, String json, Path corpus) {
        JsonNode doc = Json.read(json);
        List<Hit> out = new ArrayList<>();
        for (JsonNode h : doc.get(q.events() ? "events" : "hits")) {
            String path = q.events() ? h.get("path").asString() : h.get("event").get("path").asString();
            String title = q.events() ? null : h.get("session").get("title").asString();
            out.add(new Hit(relative(corpus, path), title));
        }
        return out;
    }

    private static String relative(Path corpus, String path) {
        Path p = Path.of(path);
        return p.startsWith(corpus) ? corpus.relativize(p).toString() : path;
    }

    /** The report: one line per query, then the totals (micro: over all hits; macro: mean of the queries'). */
    static String report(List<RelevanceScore> scores, String launcher) {
        StringBuilder sb = new StringBuilder();
        sb.append("recap: ").append(launcher == null ? "this build (in process)" : launcher).append("\n\n");
        sb.append("| query | command | hits | expected | found | precision | recall | search recall |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        long hits = 0;
        long relevant = 0;
        long expected = 0;
        long found = 0;
        long unparsed = 0;
        double p = 0;
        double r = 0;
        double sr = 0;
        int below = 0;
        int belowSearch = 0;
        for (RelevanceScore s : scores) {
            sb.append(s.line()).append('\n');
            hits += s.hits();
            relevant += s.relevant();
            expected += s.expected();
            found += s.found();
            unparsed += s.unparsed();
            p += s.precision();
            r += s.recall();
            sr += s.searchRecall();
            if (s.precision() < FLOOR || s.recall() < FLOOR || s.error() != null) {
                below++;
            }
            if (s.precision() < FLOOR || s.searchRecall() < FLOOR || s.error() != null) {
                belowSearch++;
            }
        }
        sb.append(String.format(Locale.ROOT, "%n%d queries; micro precision %.3f (%d of %d hits), recall %.3f "
                        + "(%d of %d expected), search recall %.3f (%d of %d that recap's model has); macro "
                        + "precision %.3f, recall %.3f, search recall %.3f; %d below %.1f on precision or recall, "
                        + "%d on precision or search recall%n",
                scores.size(), hits == 0 ? 1.0 : (double) relevant / hits, relevant, hits,
                expected == 0 ? 1.0 : (double) found / expected, found, expected,
                expected - unparsed == 0 ? 1.0 : (double) found / (expected - unparsed), found, expected - unparsed,
                p / scores.size(), r / scores.size(), sr / scores.size(), below, FLOOR, belowSearch));
        for (RelevanceScore s : scores) {
            if (!s.wrong().isEmpty() || !s.missed().isEmpty()) {
                sb.append("\n").append(s.query().id()).append('\n');
                s.wrong().forEach(w -> sb.append("  not relevant: ").append(w).append('\n'));
                s.missed().forEach(m -> sb.append("  missed: ").append(m).append('\n'));
            }
        }
        return sb.toString();
    }

    static Path corpus() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(module.resolve("../../shared/corpus/real/files"),
                module.resolve("../shared/corpus/real/files"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.toRealPath();
            }
        }
        if (System.getenv("CI") != null) {
            throw new AssertionError("the real corpus ../shared/corpus/real is missing on CI");
        }
        Assumptions.abort("the real corpus ../shared/corpus/real is absent");
        return null;
    }

    /** What a recap command printed and returned. */
    record Run(int code, String out, String err) {
    }

    /** Runs recap commands. */
    interface Runner {
        Run run(List<String> args) throws IOException, InterruptedException;
    }

    /** This build, in this JVM. */
    record InProcess(Path index) implements Runner {
        @Override
        public Run run(List<String> args) {
            Cli cli = new Cli();
            cli.env.put("RECAP_INDEX", index.toString());
            int code = cli.run(args.toArray(String[]::new));
            return new Run(code, cli.out, cli.err);
        }
    }

    /** Another recap, as processes of its launcher. */
    record External(String launcher, Path index) implements Runner {
        @Override
        public Run run(List<String> args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(launcher));
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().put("RECAP_INDEX", index.toString());
            Path out = Files.createTempFile("recap-out", ".json");
            Path err = Files.createTempFile("recap-err", ".txt");
            try {
                Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(10, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new IOException("recap " + args + " did not finish");
                }
                return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        }
    }
}
