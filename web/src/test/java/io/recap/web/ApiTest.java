package io.recap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.index.ReportIndex;
import io.recap.index.SearchRequest;
import io.recap.parser.ReportJson;
import io.recap.web.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API over a real server on a free port, read with the JDK's HttpClient: every endpoint, the documents
 * it shares with {@code recap --format json} ({@link ResultJson}), and every error — a bad parameter is 400 naming
 * it, an unknown event or file 404, other methods 405, other host names 403, always as JSON and never with a
 * stack trace.
 */
class ApiTest {

    @TempDir
    static Path tmp;
    static ReportIndex index;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void serveTheExamples() throws IOException {
        index = ReportIndex.open(TestArchive.index(tmp.resolve("index"), TestArchive.EXAMPLES));
        server = WebServer.builder(index).port(0).log(line -> { }).start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        index.close();
    }

    record Answer(int status, String contentType, String body, HttpResponse<String> response) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    static Answer get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.url().resolve(pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // --- /api/search ----------------------------------------------------------------------------------------

    @Test
    void searchAnswersWithTheDocumentOfRecapSearchFacetsFormatJson() throws Exception {
        Answer a = get("/api/search?q=" + enc("tu duy"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualTo("application/json; charset=utf-8");
        JsonNode r = a.json();
        assertThat(r.propertyNames()).containsExactly("query", "total", "hits", "fuzzy", "expansions", "facets");
        assertThat(r.get("total").asInt()).isEqualTo(1);
        JsonNode hit = r.at("/hits/0");
        assertThat(hit.propertyNames()).containsExactly("score", "event", "otherLanguages", "session", "services",
                "snippet", "marks");
        assertThat(hit.get("event").propertyNames()).containsExactly("id", "title", "date", "language", "path");
        assertThat(hit.at("/session/title").asString()).isEqualTo("Tư Duy & Văn Hóa DevOps");
        assertThat(hit.at("/event/path").asString()).isEqualTo(TestArchive.SEED.toString());
        assertThat(r.get("facets").propertyNames()).containsExactly("services", "topics", "years", "languages");
        assertThat(r.at("/facets/languages/0/value").asString()).isEqualTo("vi");
        String snippet = hit.get("snippet").asString();
        assertThat(snippet).doesNotContain("«", "»");
        assertThat(hit.get("marks").valueStream().map(m -> snippet.substring(m.get(0).asInt(), m.get(1).asInt())))
                .containsExactly("Tư", "Duy");
    }

    @Test
    void wordsTypedWithOtherDiacriticsMatchOnlyWithIgnoreDiacritics() throws Exception {
        assertThat(get("/api/search?q=" + enc("Tứ Duy")).json().get("total").asInt()).isZero();
        for (String on : List.of("", "=true", "=1")) {
            assertThat(get("/api/search?q=" + enc("Tứ Duy") + "&ignore-diacritics" + on).json()
                    .at("/hits/0/session/title").asString()).as(on).isEqualTo("Tư Duy & Văn Hóa DevOps");
        }
        assertThat(get("/api/search?q=" + enc("Tứ Duy") + "&ignore-diacritics=false").json().get("total").asInt())
                .isZero();
    }

    @Test
    void theApiAndTheCommandLinePrintOneDocument() throws Exception {
        SearchRequest request = SearchRequest.builder().service("CodeDeploy").since(LocalDate.of(2025, 1, 1))
                .facets(true).exactTotal(true).build();
        String expected = Json.text(ResultJson.search(index.search(request), true));
        assertThat(get("/api/search?service=CodeDeploy&since=2025-01-01").body()).isEqualTo(expected);
    }

    @Test
    void aServiceFacetNarrowsTheHitsAndTheCounts() throws Exception {
        JsonNode all = get("/api/search").json();
        JsonNode narrowed = get("/api/search?service=codedeploy").json();
        assertThat(narrowed.get("total").asLong()).isEqualTo(3).isLessThan(all.get("total").asLong());
        assertThat(narrowed.at("/facets/services").valueStream()
                .filter(c -> c.get("value").asString().equals("codedeploy")).findFirst().orElseThrow()
                .get("count").asInt()).isEqualTo(3);
        assertThat(narrowed.get("hits").valueStream().map(h -> h.get("services").valueStream()
                .map(s -> s.get("id").asString()).toList())).allSatisfy(ids -> assertThat(ids).contains("codedeploy"));
    }

    @Test
    void aTopicFacetNarrowsTheHitsAsTheTopicParameterDoes() throws Exception {
        JsonNode all = get("/api/search").json();
        JsonNode first = all.at("/facets/topics/0");
        assertThat(first.isMissingNode()).as("the examples have sessions tagged with a topic").isFalse();
        JsonNode narrowed = get("/api/search?topic=" + enc(first.get("value").asString())).json();
        assertThat(narrowed.get("total").asLong()).isEqualTo(first.get("count").asLong())
                .isLessThan(all.get("total").asLong());
        assertThat(narrowed.at("/facets/topics/0/value").asString()).isEqualTo(first.get("value").asString());
    }

    @Test
    void aQueryNamingATopicSaysWhatItAddedUnlessExact() throws Exception {
        JsonNode expanded = get("/api/search?q=observability").json();
        assertThat(expanded.at("/expansions/0/topic/id").asString()).isEqualTo("observability");
        assertThat(expanded.at("/expansions/0/added").valueStream().map(JsonNode::asString).toList())
                .contains("monitoring", "giám sát");
        assertThat(get("/api/search?q=observability&exact").json().get("expansions")).isEmpty();
        JsonNode english = get("/api/search?q=observability&same-language").json();
        assertThat(english.at("/expansions/0/added").valueStream().map(JsonNode::asString).toList())
                .contains("monitoring").doesNotContain("giám sát");
    }

    @Test
    void pagesCountFromOneAndKeepTheTotal() throws Exception {
        JsonNode first = get("/api/search?service=CodeDeploy&size=1").json();
        JsonNode second = get("/api/search?service=CodeDeploy&size=1&page=2").json();
        JsonNode beyond = get("/api/search?service=CodeDeploy&size=1&page=4").json();
        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(second.get("total").asInt()).isEqualTo(3);
        assertThat(first.get("hits")).hasSize(1);
        assertThat(second.get("hits")).hasSize(1);
        assertThat(second.at("/hits/0/event/id")).isNotEqualTo(first.at("/hits/0/event/id"));
        assertThat(beyond.get("hits")).isEmpty();
    }

    @Test
    void aDateRangeKeepsOnlyTheEventsInIt() throws Exception {
        JsonNode r = get("/api/search?since=2025-11-17&until=2025-11-17").json();
        assertThat(r.get("total").asInt()).isPositive();
        assertThat(r.get("hits").valueStream().map(h -> h.at("/event/date").asString())).containsOnly("2025-11-17");
    }

    @Test
    void withoutQueryOrFilterEverySessionIsThereNewestFirst() throws Exception {
        JsonNode r = get("/api/search?size=100").json();
        assertThat(r.get("total").asInt()).as("a session of twins once").isEqualTo(26);
        List<String> dates = r.get("hits").valueStream().map(h -> h.at("/event/date").asString("")).toList();
        assertThat(dates.stream().filter(d -> !d.isEmpty()).toList()).isSortedAccordingTo((x, y) -> y.compareTo(x));
    }

    // --- /api/events, /api/services, /api/stats -------------------------------------------------------------

    @Test
    void eventsAnswerWithTheDocumentOfRecapEventsFormatJson() throws Exception {
        JsonNode r = get("/api/events?service=ecs").json();
        assertThat(r.propertyNames()).containsExactly("query", "total", "events", "fuzzy");
        assertThat(r.at("/events/0").propertyNames()).containsExactly("id", "title", "date", "location",
                "languages", "reports", "sessions", "matchingReports", "matchingSessions", "score", "pages",
                "programme");
        assertThat(r.at("/events/0/pages/0").propertyNames()).containsExactly("id", "title", "date", "language",
                "path", "sessions", "reason", "linkedTo", "why");
        assertThat(r.get("events").valueStream().map(e -> e.get("title").asString()))
                .contains("DevOps on AWS Workshop");
        // the examples' 8 report pages are 6 events: a pair of language twins, and two reports of one event
        assertThat(get("/api/events").json().get("total").asInt()).isEqualTo(6);
    }

    @Test
    void eventsWithReportsListTheReportPagesAsRecapEventsReports() throws Exception {
        JsonNode r = get("/api/events?reports=true&service=ecs").json();
        assertThat(r.propertyNames()).containsExactly("query", "total", "events", "fuzzy");
        assertThat(r.at("/events/0").propertyNames()).containsExactly("id", "title", "date", "language", "location",
                "path", "sessions", "matchingSessions", "score");
        assertThat(get("/api/events?reports").json().get("total").asInt()).isEqualTo(8);
    }

    @Test
    void servicesAnswerWithTheListOfRecapServicesFormatJson() throws Exception {
        JsonNode all = get("/api/services").json();
        assertThat(all.isArray()).isTrue();
        assertThat(all.get(0).propertyNames()).containsExactly("id", "name", "abbreviation", "category", "sessions",
                "events");
        assertThat(all.size()).isEqualTo(index.services().size());
        JsonNode narrowed = get("/api/services?q=" + enc("tu duy")).json();
        assertThat(narrowed.size()).isLessThan(all.size());
    }

    @Test
    void statsAnswerWithTheDocumentOfRecapStatsFormatJson() throws Exception {
        JsonNode r = get("/api/stats").json();
        assertThat(r.propertyNames()).containsExactly("location", "reports", "indexPages", "sessions", "services",
                "schemaVersion", "lastCommit");
        assertThat(r.get("reports").asInt()).isEqualTo(8);
        assertThat(r.get("sessions").asInt()).isEqualTo(29);
    }

    // --- /api/event/ID ---------------------------------------------------------------------------------------

    @Test
    void anEventIsTheWholeReportAsRecapShowFormatJsonPrintsIt() throws Exception {
        String id = TestArchive.SEED.toString();
        Answer a = get("/api/event/" + enc(id).replace("+", "%20"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).isEqualTo(ReportJson.write(index.report(id).orElseThrow()));
        assertThat(a.json().get("title").asString()).isEqualTo("DevOps on AWS Workshop");
    }

    @Test
    void aSessionIdShowsItsEvent() throws Exception {
        Answer a = get("/api/event/" + enc(TestArchive.SEED + "#2"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("title").asString()).isEqualTo("DevOps on AWS Workshop");
    }

    @ParameterizedTest(name = "/api/event/{0}")
    @CsvSource({"%2Fno%2Fsuch%2Freport.md, no event '/no/such/report.md' in the index",
                "'', give an event id"})
    void anUnknownEventIs404(String id, String message) throws Exception {
        Answer a = get("/api/event/" + id);
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().get("error").asString()).startsWith(message);
    }

    // --- /api/source -----------------------------------------------------------------------------------------

    @Test
    void theSourceOfAnIndexedReportIsItsMarkdownAsPlainText() throws Exception {
        Answer a = get("/api/source?path=" + enc(TestArchive.SEED.toString()));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(a.body()).isEqualTo(Files.readString(TestArchive.SEED));
        assertThat(a.response().headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; sandbox");
        assertThat(a.response().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @ParameterizedTest(name = "path={0}")
    @CsvSource({"../../etc/passwd", "/etc/passwd", "/etc/hostname",
                // the pom beside the examples, and an indexed report named another way
                "EXAMPLES/../pom.xml", "EXAMPLES/content/./4-EventParticipated/4.2-Event2/_index.vi.md",
                "EXAMPLES/content/4-EventParticipated/4.2-Event2/../4.2-Event2/_index.vi.md",
                "EXAMPLES/content/4-EventParticipated/4.2-Event2"})
    void nothingButAnIndexedReportsOwnPathIsServed(String path) throws Exception {
        String p = path.replace("EXAMPLES", TestArchive.EXAMPLES.toString());
        Answer a = get("/api/source?path=" + enc(p));
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(a.json().get("error").asString()).isEqualTo("no indexed report has the path '" + p + "'");
        assertThat(a.body()).doesNotContain("root:");
    }

    @Test
    void theSourceNeedsAPath() throws Exception {
        Answer a = get("/api/source");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("parameter").asString()).isEqualTo("path");
    }

    // --- errors ----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/search?year=20x5                    | year    | year takes a year of four digits",
        "/api/search?year=2025&year=2024          | year    | year is given more than once",
        "/api/search?lang=vietnamese              | lang    | lang takes a two-letter language code",
        "/api/search?since=2025-13-01             | since   | since takes a day written YYYY-MM-DD",
        "/api/search?until=yesterday              | until   | until takes a day written YYYY-MM-DD",
        "/api/search?since=2025-06-01&until=2025-01-01 | until | until (2025-01-01) is before since (2025-06-01)",
        "/api/search?part=night                   | part    | part takes morning, afternoon, evening",
        "/api/search?sort=random                  | sort    | sort takes relevance, date",
        "/api/search?page=0                       | page    | page takes a whole number from 1 to 1,000",
        "/api/search?page=two                     | page    | page takes a whole number",
        "/api/search?page=1001                    | page    | page takes a whole number from 1 to 1,000",
        "/api/search?size=101                     | size    | size takes a whole number from 1 to 100",
        "/api/search?service=CodeDeplo            | service | unknown service 'CodeDeplo'; did you mean CodeDeploy?",
        "/api/search?topic=nosuchtopic            | topic   | unknown topic 'nosuchtopic'",
        "/api/search?q=security&exact&same-language | same-language | exact searches no other name of a topic",
        "/api/search?exact=maybe                  | exact   | exact takes true or false, not 'maybe'",
        "/api/search?q=year%3A20x5                | q       | a year has four digits, not '20x5'",
        "/api/search?ignore-diacritics=yes        | ignore-diacritics | ignore-diacritics takes true or false, not 'yes'",
        "/api/search?q=%28                        | q       | cannot understand the query '('",
        "/api/search?limit=5                      | limit   | unknown parameter 'limit'; /api/search takes",
        "/api/events?year=x                       | year    | year takes a year of four digits",
        "/api/events?q=%22open                    | q       | cannot understand the query",
        "/api/services?page=2                     | page    | unknown parameter 'page'; /api/services takes",
        "/api/services?service=nosuchservice      | service | unknown service 'nosuchservice'",
        "/api/stats?verbose=1                     | verbose | unknown parameter 'verbose'; /api/stats takes",
        "/api/source?file=x                       | file    | unknown parameter 'file'"})
    void aBadParameterIs400NamingIt(String pathAndQuery, String parameter, String message) throws Exception {
        Answer a = get(pathAndQuery);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).isEqualTo("application/json; charset=utf-8");
        JsonNode r = a.json();
        assertThat(r.propertyNames()).containsExactly("status", "error", "parameter");
        assertThat(r.get("status").asInt()).isEqualTo(400);
        assertThat(r.get("parameter").asString()).isEqualTo(parameter);
        assertThat(r.get("error").asString()).startsWith(message);
        assertThat(a.body()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aVeryLongQueryIs400() throws Exception {
        Answer a = get("/api/search?q=" + "a".repeat(1001));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("parameter").asString()).isEqualTo("q");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/nothing", "/api/", "/nothing.html", "/app.js.map"})
    void anUnknownAddressIs404Json(String path) throws Exception {
        Answer a = get(path);
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(server.url().resolve("/api/stats"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(JSON.readTree(post.body()).get("error").asString()).isEqualTo("method POST is not allowed; use GET");
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(server.url().resolve("/api/stats"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void onLoopbackOnlyRequestsForThisMachinesNamesAreAnswered() throws Exception {
        assertThat(rawStatus("evil.example.com")).isEqualTo(403);
        assertThat(rawStatus("evil.example.com:" + server.address().getPort())).isEqualTo(403);
        assertThat(rawStatus("localhost:" + server.address().getPort())).isEqualTo(200);
        assertThat(rawStatus("127.0.0.1:" + server.address().getPort())).isEqualTo(200);
        assertThat(server.loopbackOnly()).isTrue();
        assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
    }

    /** The status of GET /api/stats sent with this Host header (HttpClient will not set one itself). */
    static int rawStatus(String host) throws IOException {
        try (Socket s = new Socket(server.address().getAddress(), server.address().getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/stats HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    // --- the page --------------------------------------------------------------------------------------------

    @Test
    void thePageIsServedWithAPolicyThatForbidsInlineScript() throws Exception {
        for (String path : List.of("/", "/?q=kubernetes&service=eks", "/index.html")) {
            Answer a = get(path);
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.contentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(a.body()).contains("<script src=\"/app.js\" defer></script>").doesNotContain("<script>");
            String policy = a.response().headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).contains("script-src 'self';", "default-src 'none'").doesNotContain("unsafe");
        }
        assertThat(get("/app.js").contentType()).isEqualTo("text/javascript; charset=utf-8");
        assertThat(get("/app.js").body()).doesNotContain("innerHTML =", "insertAdjacentHTML", "eval(");
        assertThat(get("/app.css").contentType()).isEqualTo("text/css; charset=utf-8");
        assertThat(get("/favicon.svg").status()).isEqualTo(200);
    }

    @Test
    void aPageFileNotChangedIs304() throws Exception {
        String etag = get("/app.js").response().headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(server.url().resolve("/app.js"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void apiAnswersAreNotCachedAndSayHowLongTheyTook() throws Exception {
        Answer a = get("/api/search?q=lambda");
        assertThat(a.response().headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(a.response().headers().firstValue("Server-Timing").orElseThrow()).matches("app;dur=[0-9.]+");
    }

    @Test
    void theUrlIsOnLoopbackWithThePortChosen() {
        URI url = server.url();
        assertThat(url.getScheme()).isEqualTo("http");
        assertThat(url.getPort()).isEqualTo(server.address().getPort()).isPositive();
        assertThat(url.getPath()).isEqualTo("/");
    }
}
