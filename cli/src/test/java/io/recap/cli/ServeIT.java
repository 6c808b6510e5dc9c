package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code bin/recap serve} in a subprocess, as people run it: it prints the page's address, serves the page and
 * the API, follows a {@code recap index} run made by another process while it serves, and says so when it
 * listens beyond this machine.
 */
class ServeIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;
    final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : started) {
            p.destroy(); // SIGTERM, as Ctrl-C: the shutdown hook closes the server and the index
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("recap serve stopped").isTrue();
        }
    }

    int recap(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LauncherIT.LAUNCHER.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("index.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    /** Starts {@code bin/recap serve args…}; returns the address it printed. */
    URI serve(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LauncherIT.LAUNCHER.toString(), "serve"));
        command.addAll(List.of(args));
        Path out = tmp.resolve("serve.out");
        Process p = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(tmp.resolve("serve.err").toFile()).start();
        started.add(p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String text = Files.readString(out, StandardCharsets.UTF_8);
            if (text.endsWith("\n")) {
                return URI.create(text.lines().findFirst().orElseThrow());
            }
            assertThat(p.isAlive()).as("recap serve is running; stderr: %s", err()).isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("recap serve printed no address; stderr: " + err());
    }

    String err() throws IOException {
        return Files.readString(tmp.resolve("serve.err"), StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(URI url, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(url.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(URI url, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(url, path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }

    @Test
    void itServesThePageAndFollowsAnIndexRunOfAnotherProcess() throws Exception {
        Path index = tmp.resolve("index");
        Path archive = tmp.resolve("archive");
        Path first = archive.resolve("a/_index.md");
        Files.createDirectories(first.getParent());
        Files.copy(Examples.SEED, first);
        assertThat(recap("index", archive.toString(), "--index", index.toString(), "-q")).isZero();

        URI url = serve("--index", index.toString(), "--port", "0");
        assertThat(url.toString()).matches("http://127\\.0\\.0\\.1:[0-9]+/");
        HttpResponse<String> page = get(url, "/?q=tu+duy");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/app.js\" defer></script>");
        assertThat(json(url, "/api/stats").get("reports").asInt()).isEqualTo(1);
        assertThat(json(url, "/api/search?q=tu+duy").at("/hits/0/session/title").asString())
                .isEqualTo("Tư Duy & Văn Hóa DevOps");
        assertThat(err()).startsWith("recap: serving 1 reports (6 sessions) of " + index + " at " + url);

        Path second = archive.resolve("b/_index.vi.md");
        Files.createDirectories(second.getParent());
        Files.copy(Examples.CONTAINER_DAY, second);
        assertThat(recap("index", archive.toString(), "--index", index.toString(), "-q")).isZero();
        assertThat(json(url, "/api/stats").get("reports").asInt()).as("after the other process's commit")
                .isEqualTo(2);
        assertThat(json(url, "/api/events").get("events").valueStream().map(e -> e.get("title").asString()))
                .contains("DevOps on AWS Workshop");
    }

    @Test
    void beyondLoopbackItWarnsThatEveryReportIsReadable() throws Exception {
        assertThat(recap("index", Examples.DIR.toString(), "--index", tmp.resolve("index").toString(), "-q"))
                .isZero();
        URI url = serve("--index", tmp.resolve("index").toString(), "--port", "0", "--bind", "0.0.0.0");
        assertThat(json(url, "/api/stats").get("reports").asInt()).isEqualTo(6);
        assertThat(err()).contains("recap: warning: listening on 0.0.0.0 port " + url.getPort()
                + ", not only on this machine: whoever can reach it can read every indexed report");
    }
}
