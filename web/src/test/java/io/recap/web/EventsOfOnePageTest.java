package io.recap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.index.ReportIndex;
import io.recap.parser.ReportJson;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page that recaps two events in full, one after the other: each is an event of its own with the id
 * {@code PAGE#1}, {@code PAGE#2}, as the API lists them; each opens by that id, and its source link serves the
 * page's file (which no file named {@code PAGE#1} is).
 */
class EventsOfOnePageTest {

    @TempDir
    static Path tmp;
    static Path page;
    static ReportIndex index;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void serveAPageOfTwoEvents() throws IOException {
        page = TestArchive.writeTwoEvents(tmp.resolve("site"));
        index = ReportIndex.open(TestArchive.index(tmp.resolve("index"), tmp.resolve("site")));
        server = WebServer.builder(index).port(0).log(line -> { }).start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        index.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.url().resolve(pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void eachEventIsListedWithItsOwnId() throws Exception {
        JsonNode events = JSON.readTree(get("/api/events?sort=date").body()).get("events");
        assertThat(events.valueStream().map(e -> e.get("id").asString() + " " + e.get("title").asString()))
                .containsExactly(page + "#2 Container Night", page + "#1 Serverless Night");
        JsonNode hit = JSON.readTree(get("/api/search?q=dead-letter").body()).at("/hits/0/event");
        assertThat(hit.get("id").asString()).isEqualTo(page + "#1");
    }

    @Test
    void anEventOpensByItsId() throws Exception {
        HttpResponse<String> r = get("/api/event/" + enc(page + "#2"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(ReportJson.write(index.report(page + "#2").orElseThrow()));
        assertThat(JSON.readTree(r.body()).get("title").asString()).isEqualTo("Container Night");
    }

    @Test
    void theSourceOfAnEventIsThePagesFile() throws Exception {
        for (String path : new String[] {page + "#1", page + "#2"}) {
            HttpResponse<String> r = get("/api/source?path=" + enc(path));
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(Files.readString(page));
            assertThat(r.headers().firstValue("X-Recap-Source")).as("unchanged since indexed").isEmpty();
        }
        HttpResponse<String> third = get("/api/source?path=" + enc(page + "#3"));
        assertThat(third.statusCode()).isEqualTo(404);
    }
}
