package io.recap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recap.index.ReportIndex;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server's life: it follows the index's commits, keeps stack traces in its log, and binds where told. */
class ServerTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    static HttpResponse<String> get(WebServer server, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCommitOfRecapIndexShowsOnTheNextRequestWithoutARestart() throws Exception {
        Path location = TestArchive.index(tmp.resolve("index"), TestArchive.EXAMPLES);
        List<String> log = new CopyOnWriteArrayList<>();
        try (ReportIndex index = ReportIndex.open(location);
             WebServer server = WebServer.builder(index).port(0).log(log::add).start()) {
            assertThat(JSON.readTree(get(server, "/api/stats").body()).get("reports").asInt()).isEqualTo(6);
            assertThat(JSON.readTree(get(server, "/api/search?q=Attack").body()).get("total").asInt()).isZero();

            Path more = tmp.resolve("more");
            TestArchive.writeAttack(more);
            TestArchive.index(location, TestArchive.EXAMPLES, more); // as `recap index` would, in another process

            JsonNode stats = JSON.readTree(get(server, "/api/stats").body());
            assertThat(stats.get("reports").asInt()).isEqualTo(7);
            JsonNode events = JSON.readTree(get(server, "/api/events?q=lambda").body());
            assertThat(events.get("events").valueStream().map(e -> e.get("title").asString()))
                    .contains(TestArchive.ATTACK_TITLE);
            assertThat(log).contains("recap: the index changed; serving its latest commit");
        }
    }

    @Test
    void anUnexpectedFailureIs500WithoutDetailAndTheStackTraceGoesToTheLog() throws Exception {
        Path location = TestArchive.index(tmp.resolve("index"), TestArchive.EXAMPLES);
        List<String> log = new CopyOnWriteArrayList<>();
        ReportIndex index = ReportIndex.open(location);
        try (WebServer server = WebServer.builder(index).port(0).log(log::add).start()) {
            index.close(); // the index goes away under the server
            HttpResponse<String> r = get(server, "/api/search?q=lambda");
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(JSON.readTree(r.body()).get("error").asString())
                    .isEqualTo("internal error; the server's log says more");
            assertThat(r.body()).doesNotContain("Exception", "\tat ", "lucene");
            assertThat(String.join("\n", log)).contains("recap: error while answering GET /api/search?q=lambda",
                    "\tat ");
        }
    }

    @Test
    void boundToEveryInterfaceItSaysSoAndAnswersAnyHostName() throws Exception {
        Path location = TestArchive.index(tmp.resolve("index"), TestArchive.EXAMPLES);
        try (ReportIndex index = ReportIndex.open(location);
             WebServer server = WebServer.builder(index).bind(InetAddress.getByName("0.0.0.0")).port(0)
                     .log(line -> { }).start()) {
            assertThat(server.loopbackOnly()).isFalse();
            assertThat(server.url().toString()).startsWith("http://127.0.0.1:");
            assertThat(get(server, "/api/stats").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aTakenPortIsAnIoErrorAndTheBuilderChecksItsValues() throws Exception {
        Path location = TestArchive.index(tmp.resolve("index"), TestArchive.EXAMPLES);
        try (ReportIndex index = ReportIndex.open(location);
             ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> WebServer.builder(index).port(taken.getLocalPort()).start())
                    .isInstanceOf(IOException.class);
            assertThatThrownBy(() -> WebServer.builder(index).port(70_000))
                    .hasMessage("a port is from 0 to 65535, not 70000");
            assertThatThrownBy(() -> WebServer.builder(index).threads(0)).hasMessage("threads must be at least 1");
        }
    }
}
