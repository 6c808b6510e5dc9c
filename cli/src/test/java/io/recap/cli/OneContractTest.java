package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.index.ReportIndex;
import io.recap.web.WebServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One contract: for the same query and filters, {@code recap search|events|services|stats --format json} prints
 * the very document the web API ({@code recap serve}) answers with — the same keys in the same order, the same
 * values, scores included. Both run here over one index: the command line in this JVM, the API over a real server
 * on a free port.
 */
class OneContractTest {

    static ReportIndex index;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    final Cli cli = Examples.overSharedIndex();

    @BeforeAll
    static void serve() throws IOException {
        index = ReportIndex.open(Examples.sharedIndex());
        server = WebServer.builder(index).port(0).log(line -> { }).start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        index.close();
    }

    /** What {@code recap args…} prints on stdout, parsed. */
    JsonNode recap(String... args) {
        assertThat(cli.run(args)).as(cli.err).isZero();
        return Json.read(cli.out);
    }

    /** What {@code recap args…} prints on stdout, parsed, when it finds something or nothing (exit code 1). */
    JsonNode recapFoundOrNot(String... args) {
        assertThat(cli.run(args)).as(cli.err).isBetween(0, 1);
        return Json.read(cli.out);
    }

    /** What the API answers at {@code pathAndQuery}, parsed. */
    static JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.url().resolve(pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The same document, keys in the same order (JsonNode's equality ignores the order of an object's keys). */
    static void assertSame(JsonNode api, JsonNode cli) {
        assertThat(api).isEqualTo(cli);
        assertThat(Json.line(api)).isEqualTo(Json.line(cli));
    }

    @Test
    void searchWithTheWebSearchSyntaxAFilterAndFacets() throws Exception {
        String q = "\"trien khai\" OR (container -kubernetes)";
        JsonNode cliDoc = recap("search", q, "--since", "2025-01-01", "--facets", "--format", "json");
        JsonNode apiDoc = api("/api/search?q=" + enc(q) + "&since=2025-01-01");
        assertThat(cliDoc.get("total").asInt()).as("a query that finds something").isGreaterThan(2);
        assertThat(cliDoc.at("/hits/0/marks").size()).as("marked snippets").isPositive();
        assertSame(apiDoc, cliDoc);
    }

    @Test
    void aSecondPageOfSessionsByDateWithLoosenedDiacritics() throws Exception {
        JsonNode cliDoc = recap("search", "tứ OR aws", "--ignore-diacritics", "--sort", "date", "-n", "3",
                "--offset", "3", "--facets", "--format", "json");
        JsonNode apiDoc = api("/api/search?q=" + enc("tứ OR aws") + "&ignore-diacritics&sort=date&size=3&page=2");
        assertThat(cliDoc.get("hits").size()).isEqualTo(3);
        assertSame(apiDoc, cliDoc);
    }

    @Test
    void aMistypedWordRetriedWithSimilarSpellings() throws Exception {
        JsonNode cliDoc = recap("search", "kubernetis", "--facets", "--format", "json");
        assertThat(cliDoc.get("fuzzy").asBoolean()).isTrue();
        assertSame(api("/api/search?q=kubernetis"), cliDoc);
    }

    @Test
    void aTopicQueryItsExpansionsTheTopicFilterAndTheSwitchesOfExpansion() throws Exception {
        JsonNode cliDoc = recap("search", "giám sát", "--facets", "--format", "json");
        assertThat(cliDoc.get("expansions").size()).as("a query that names a topic").isPositive();
        assertSame(api("/api/search?q=" + enc("giám sát")), cliDoc);
        assertSame(api("/api/search?q=" + enc("giám sát") + "&same-language"),
                recapFoundOrNot("search", "giám sát", "--same-language", "--facets", "--format", "json"));
        assertSame(api("/api/search?q=" + enc("giám sát") + "&exact"),
                recapFoundOrNot("search", "giám sát", "--exact", "--facets", "--format", "json"));
        String topic = api("/api/search").at("/facets/topics/0/value").asString();
        assertThat(topic).as("the examples' most frequent topic").isNotBlank();
        assertSame(api("/api/search?topic=" + enc(topic)),
                recap("search", "--topic", topic, "--facets", "--format", "json"));
    }

    @Test
    void events() throws Exception {
        assertSame(api("/api/events"), recap("events", "--format", "json"));
        assertSame(api("/api/events?q=container&service=ecs"),
                recap("events", "container", "--service", "ecs", "--format", "json"));
    }

    @Test
    void eventsGroupTheirReportsAndReportsListsPages() throws Exception {
        JsonNode grouped = recap("events", "--format", "json");
        assertThat(grouped.at("/events/0/pages").size()).as("each event lists its report pages").isPositive();
        JsonNode pages = recap("events", "--reports", "--format", "json");
        assertThat(pages.get("total").asInt()).as("twins and reports of one event are pages of their own")
                .isGreaterThan(grouped.get("total").asInt());
        assertSame(api("/api/events?reports=true"), pages);
        assertSame(api("/api/events?reports&lang=vi&size=3&page=2"),
                recap("events", "--reports", "--lang", "vi", "-n", "3", "--offset", "3", "--format", "json"));
    }

    @Test
    void sessionsOfTwinsOnceOrInEveryLanguage() throws Exception {
        JsonNode once = recap("search", "aws", "--prefer-language", "vi", "--facets", "--format", "json");
        assertSame(api("/api/search?q=aws&prefer-language=vi"), once);
        JsonNode every = recap("search", "aws", "--all-languages", "--facets", "--format", "json");
        assertSame(api("/api/search?q=aws&all-languages"), every);
        assertThat(every.get("total").asInt()).as("the examples have twins").isGreaterThan(once.get("total").asInt());
    }

    @Test
    void services() throws Exception {
        assertSame(api("/api/services"), recap("services", "--format", "json"));
        assertSame(api("/api/services?q=" + enc("trien khai") + "&year=2025"),
                recap("services", "trien khai", "--year", "2025", "--format", "json"));
    }

    @Test
    void stats() throws Exception {
        assertSame(api("/api/stats"), recap("stats", "--format", "json"));
    }
}
