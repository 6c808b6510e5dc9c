package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.solr.SolrConfigset;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code bin/recap} in a subprocess against a real SolrCloud of two nodes: {@code recap index --solr} pushes the
 * example archive into a collection of two shards of two replicas, and {@code search}, {@code events},
 * {@code services}, {@code show} and {@code stats} with {@code --solr URL --collection NAME} print what they
 * print for a local index of the same files asked for every language twin and every report page (a collection
 * groups nothing: grouping is local-only), less what only grouping knows. Bad input (a URL where no Solr listens, a collection that does not
 * exist, one made by another schema version) exits with code 3 and a message, never a stack trace.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SolrCommandsIT {

    @TempDir
    static Path tmp;

    private MiniSolrCloudCluster cluster;
    private String url;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    void start() throws Exception {
        cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("cluster")).build();
        List<String> urls = new ArrayList<>();
        for (JettySolrRunner j : cluster.getJettySolrRunners()) {
            urls.add(j.getBaseUrl().toString());
        }
        url = String.join(",", urls);
        Result local = recap("index", Examples.DIR.toString());
        assertThat(local.code()).as(local.err()).isZero();
        Result pushed = recap("index", "--solr", url, "--collection", "examples", "--shards", "2", "--replicas", "2",
                Examples.DIR.toString());
        assertThat(pushed.code()).as(pushed.err()).isZero();
        assertThat(pushed.out()).isEqualTo(local.out().replaceAll("in [0-9.]+ s", "in " + seconds(pushed.out())));
        assertThat(pushed.err()).as("no progress bar and no log in a pipe").isEmpty();
    }

    private static String seconds(String summary) {
        return summary.replaceAll("(?s).* in ([0-9.]+ s).*", "$1");
    }

    @AfterAll
    void stop() throws Exception {
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    Result recap(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(LauncherIT.LAUNCHER.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        pb.environment().remove("NO_COLOR");
        pb.environment().put("RECAP_INDEX", tmp.resolve("index").toString());
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("recap finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * What people read, the same from a collection as from a local index of the same files, asked alike. A
     * collection groups nothing (grouping is local-only by design): it shows a session once per report page, as
     * {@code search --all-languages} does locally, and lists report pages, as {@code events --reports} does; so the
     * local side is asked for those. What a collection cannot know is left out of the comparison: the other
     * languages a local index names for a session's twins (LANG's "en +vi", {@link #withoutTwinNames}) and the event
     * a report is one of ({@code show}'s {@code event} line). A query that both twins of a session match scores
     * them alike, and a collection breaks that tie by shard, not by the local index's document order (see
     * SolrMatchesLocalIndexTest): such queries keep to one language ({@code --lang vi}).
     */
    @ParameterizedTest(name = "recap {0}")
    @ValueSource(strings = {
        "search --service CodeDeploy",
        "search kubernetes --since 2025-10-01 --lang vi --facets",
        "search kubernets --lang vi -n 1",
        "search \"tu duy\" --format csv",
        "search aws --lang vi --format paths",
        "events --reports --service ecs",
        "events --reports --year 2025",
        "search observability --explain",
        "search \"giám sát\" --same-language --facets",
        "search aws --topic security --exact",
        "search zzzyyyxxx",
        "search title:nope:: --format json",
        "show " + "EXAMPLE"})
    void printsWhatItPrintsForALocalIndex(String command) throws Exception {
        List<String> args = new ArrayList<>();
        for (String a : command.replace("EXAMPLE", Examples.CONTAINER_DAY.toString())
                .split(" (?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            args.add(a.replace("\"", ""));
        }
        List<String> localArgs = new ArrayList<>(args);
        if (args.get(0).equals("search")) {
            localArgs.add("--all-languages");
        }
        Result local = recap(localArgs.toArray(new String[0]));
        List<String> withSolr = new ArrayList<>(args);
        withSolr.addAll(List.of("--solr", url, "--collection", "examples"));
        Result solr = recap(withSolr.toArray(new String[0]));
        assertThat(local.code()).as(local.err()).isIn(0, 1);
        assertThat(solr.code()).isEqualTo(local.code());
        String localOut = local.out();
        if (args.get(0).equals("show")) {
            // the event a report is one of is a grouping fact, which a collection does not store
            assertThat(localOut).containsPattern("(?m)^event +2025-11-29-container-day ");
            localOut = localOut.replaceFirst("(?m)^event .*\n", "");
        }
        assertThat(withoutTwinNames(solr.out())).isEqualTo(withoutTwinNames(localOut));
        assertThat(solr.err()).isEqualTo(local.err());
    }

    /**
     * Services and topics a collection counts per report page (it groups nothing): the same services and topics
     * as the local index, each with at least the sessions and events the local index counts, which sees a session
     * of twins once and an event of several reports once.
     */
    @ParameterizedTest(name = "recap {0}")
    @ValueSource(strings = {"services", "services container", "topics"})
    void countsTheSameServicesAndTopicsPerPage(String command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--format", "json"));
        Result local = recap(args.toArray(new String[0]));
        args.addAll(List.of("--solr", url, "--collection", "examples"));
        Result solr = recap(args.toArray(new String[0]));
        assertThat(local.code()).as(local.err()).isZero();
        assertThat(solr.code()).as(solr.err()).isZero();
        Map<String, long[]> byLocal = counts(Json.read(local.out()));
        Map<String, long[]> bySolr = counts(Json.read(solr.out()));
        assertThat(bySolr.keySet()).isEqualTo(byLocal.keySet()).isNotEmpty();
        byLocal.forEach((id, c) -> {
            assertThat(bySolr.get(id)[0]).as(id + " sessions").isGreaterThanOrEqualTo(c[0]);
            assertThat(bySolr.get(id)[1]).as(id + " events").isGreaterThanOrEqualTo(c[1]);
        });
    }

    private static Map<String, long[]> counts(JsonNode rows) {
        Map<String, long[]> out = new TreeMap<>();
        for (JsonNode row : rows) {
            out.put(row.get("id").asString(), new long[] {row.get("sessions").asLong(), row.get("events").asLong()});
        }
        return out;
    }

    /**
     * {@code text} without the languages of a session's twins: a local index names them (LANG "en +vi", JSON's
     * {@code otherLanguages}) even with {@code --all-languages}, where each twin is a row of its own; a collection
     * knows no twins and names none. With the "+vi" gone a table's LANG column is narrower, so runs of spaces are
     * compared as two (the columns' contents still are compared, in order).
     */
    static String withoutTwinNames(String text) {
        return text.replaceAll("(?s)\"otherLanguages\" : \\[[^\\]]*\\]", "\"otherLanguages\" : [ ]")
                .replaceAll("(?<=\\b[a-z]{2})( \\+[a-z]{2})+(?=[ \\t,\\n])", "")
                .replaceAll(" {2,}", "  ");
    }

    /**
     * recap show of an id neither knows: the local index has no event of that id (exit 1); a collection stores no
     * grouping facts, so an EVENT id is a usage error there (exit 2) that says show EVENT needs a local index.
     */
    @Test
    void showOfAnUnknownIdSaysAnEventNeedsALocalIndex() throws Exception {
        Result local = recap("show", "/no/such/report.md");
        assertThat(local.code()).as(local.err()).isEqualTo(1);
        assertThat(local.err()).startsWith("no event '/no/such/report.md' in the index");
        Result solr = recap("show", "/no/such/report.md", "--solr", url, "--collection", "examples");
        assertThat(solr.code()).as(solr.err()).isEqualTo(2);
        assertThat(solr.out()).isEmpty();
        assertThat(solr.err()).startsWith("recap: error: no report '/no/such/report.md' in the SolrCloud collection")
                .contains("needs a local index").doesNotContain("\tat ");
    }

    /**
     * recap services: the same services; a collection counts a session once per report page that tells it and an
     * event once per page (it groups no twins and no reports into events), so at least as many sessions and events
     * for each as a local index, which counts a session of twins once and an event of several reports once.
     */
    @ParameterizedTest(name = "recap {0}")
    @ValueSource(strings = {"services", "services container"})
    void servicesAreTheSameAndCountedPerPage(String command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--format", "tsv"));
        Result local = recap(args.toArray(new String[0]));
        args.addAll(List.of("--solr", url, "--collection", "examples"));
        Result solr = recap(args.toArray(new String[0]));
        assertThat(local.code()).as(local.err()).isZero();
        assertThat(solr.code()).as(solr.err()).isZero();
        Map<String, long[]> l = serviceCounts(local.out());
        Map<String, long[]> s = serviceCounts(solr.out());
        assertThat(l).isNotEmpty();
        assertThat(s.keySet()).isEqualTo(l.keySet());
        assertThat(s).allSatisfy((id, counts) -> {
            assertThat(counts[0]).as(id + " sessions").isGreaterThanOrEqualTo(l.get(id)[0]);
            assertThat(counts[1]).as(id + " events").isGreaterThanOrEqualTo(l.get(id)[1]);
        });
        // the examples' twins (Container Day in en and vi) are counted twice by a collection
        assertThat(s.get("ecs")[0]).isGreaterThan(l.get("ecs")[0]);
    }

    /** {@code services --format tsv} as id to {sessions, events}. */
    private static Map<String, long[]> serviceCounts(String tsv) {
        Map<String, long[]> counts = new TreeMap<>();
        tsv.lines().skip(1).forEach(line -> {
            String[] c = line.split("\t");
            counts.put(c[4], new long[] {Long.parseLong(c[2]), Long.parseLong(c[3])});
        });
        return counts;
    }

    @Test
    void jsonListingsHaveTheSameHitsAndStatsTheSameCounts() throws Exception {
        // every twin locally, as a collection shows; the twins' names a collection cannot know are left out; one
        // language, since twins that both match tie in score and a collection breaks ties by shard
        Result local = recap("search", "aws", "--lang", "vi", "--format", "json", "--all-languages");
        Result solr = recap("search", "aws", "--lang", "vi", "--format", "json", "--solr", url, "--collection",
                "examples");
        assertThat(solr.code()).isZero();
        assertThat(local.out()).contains("\"otherLanguages\" : [ \"");
        assertThat(withoutTwinNames(withoutScores(solr.out()))).isEqualTo(withoutTwinNames(withoutScores(local.out())));

        Result stats = recap("stats", "--format", "json", "--solr", url, "--collection", "examples");
        Result localStats = recap("stats", "--format", "json");
        assertThat(stats.code()).isZero();
        assertThat(stats.out()).contains("\"location\" : \"examples at http://");
        assertThat(counts(stats.out())).isEqualTo(counts(localStats.out()));
    }

    private static String withoutScores(String json) {
        return json.replaceAll("\"score\" : [-0-9.E]+", "\"score\" : _");
    }

    private static String counts(String statsJson) {
        return statsJson.replaceAll("(?s).*(\"reports\".*\"schemaVersion\" : \\d+).*", "$1");
    }

    @Test
    void aUrlWhereNoSolrListensExitsWithThree() throws Exception {
        for (String command : List.of("search", "index")) {
            Result r = command.equals("search")
                    ? recap("search", "aws", "--solr", "http://127.0.0.1:1/solr", "--collection", "examples")
                    : recap("index", Examples.DIR.toString(), "--solr", "http://127.0.0.1:1/solr");
            assertThat(r.code()).as(r.err()).isEqualTo(3);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("recap: error: cannot reach SolrCloud at http://127.0.0.1:1/solr")
                    .contains("bin/solr start -c").doesNotContain("\tat ");
        }
    }

    @Test
    void aCollectionThatDoesNotExistExitsWithThree() throws Exception {
        Result r = recap("search", "aws", "--solr", url, "--collection", "nope");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("recap: error: no collection nope at http://")
                .contains("push reports into it with `recap index --solr URL --collection NAME PATH` first")
                .doesNotContain("\tat ");
    }

    @Test
    void aCollectionOfAnotherSchemaVersionExitsWithThreeForReadsAndPushes() throws Exception {
        String old = "recap-" + (SolrConfigset.schemaVersion() - 1);
        new ConfigSetAdminRequest.Upload().setConfigSetName(old).setUploadStream(new ContentStreamBase.ByteArrayStream(
                configsetNamed(old), old + ".zip", "application/zip")).process(cluster.getSolrClient());
        CollectionAdminRequest.createCollection("older", old, 1, 1).setRouterField(SolrConfigset.ROUTE_FIELD)
                .process(cluster.getSolrClient());
        cluster.waitForActiveCollection("older", 1, 1);
        for (Result r : List.of(recap("stats", "--solr", url, "--collection", "older"),
                recap("index", Examples.DIR.toString(), "--solr", url, "--collection", "older"))) {
            assertThat(r.code()).as(r.err()).isEqualTo(3);
            assertThat(r.err()).startsWith("recap: error: the collection older at http://")
                    .contains("was made by a recap with another schema version (" + old + "; this recap writes "
                            + SolrConfigset.NAME + ")")
                    .doesNotContain("\tat ");
        }
    }

    /** recap's configset with its schema renamed, as another version of recap would have made it. */
    private static byte[] configsetNamed(String name) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : List.of("schema.xml", "solrconfig.xml")) {
                zip.putNextEntry(new ZipEntry(file));
                String text = new String(SolrConfigset.read(file), StandardCharsets.UTF_8);
                zip.write(text.replace("name=\"" + SolrConfigset.NAME + "\"", "name=\"" + name + "\"")
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @ParameterizedTest(name = "recap {0}")
    @ValueSource(strings = {"search aws --solr notaurl", "search aws --collection x", "index . --shards 2",
        "search aws --solr http://localhost:8983/solr --collection bad/name",
        "search aws --solr http://localhost:8983/solr --index /tmp/x"})
    void wrongOptionsAreUsageErrors(String command) throws Exception {
        Result r = recap(command.split(" "));
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("recap: error: ").doesNotContain("\tat ");
    }

    @Test
    void theConfigsetIsWrittenOutForPeopleWhoUploadItThemselves() throws Exception {
        Path dir = tmp.resolve("configset");
        Result r = recap("solr", "configset", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(dir.resolve("schema.xml") + "\n" + dir.resolve("solrconfig.xml") + "\n");
        assertThat(r.err()).contains("bin/solr zk upconfig", "-n " + SolrConfigset.NAME, "router.field=route",
                "recap-index-", "$SOLR_HOME/lib");
        assertThat(Files.readAllBytes(dir.resolve("schema.xml"))).isEqualTo(SolrConfigset.read("schema.xml"));
    }
}
