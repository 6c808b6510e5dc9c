package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The commands of the walking skeleton, run in process on the bundled example archive. */
class CliTest {

    static final Path EXAMPLES = Path.of("../examples");
    static final Path SEED = EXAMPLES.resolve("content/4-EventParticipated/4.2-Event2/_index.vi.md");

    @TempDir
    Path tmp;
    Cli cli;

    @BeforeEach
    void indexTheExamples() {
        cli = new Cli();
        cli.env.put("RECAP_INDEX", tmp.resolve("index").toString());
        assertThat(cli.run("index", EXAMPLES.toString())).isZero();
        assertThat(cli.out).startsWith("indexed 6 reports");
    }

    @Test
    void searchByServiceListsTheSeedsCiCdSession() {
        assertThat(cli.run("search", "--service", "CodeDeploy", "--format", "json")).isZero();
        JsonNode r = json(cli.out);
        assertThat(r.get("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(r.get("hits").valueStream().map(h -> h.at("/session/title").asString()))
                .contains("CI/CD trên AWS");
        for (JsonNode hit : r.get("hits")) {
            assertThat(hit.get("services").valueStream().map(s -> s.get("id").asString())).contains("codedeploy");
        }
    }

    @Test
    void searchWithoutDiacriticsHasTheSeedsFirstSessionFirst() {
        assertThat(cli.run("search", "tu duy", "--format", "json")).isZero();
        JsonNode first = json(cli.out).get("hits").get(0);
        assertThat(first.at("/session/number").asInt()).isEqualTo(1);
        assertThat(first.at("/session/title").asString()).isEqualTo("Tư Duy & Văn Hóa DevOps");
        assertThat(first.at("/event/title").asString()).isEqualTo("DevOps on AWS Workshop");
        assertThat(first.at("/event/date").asString()).isEqualTo("2025-11-17");
        assertThat(first.at("/event/path").asString()).endsWith("_index.vi.md");
    }

    @Test
    void theTableShowsTheSessionAndItsSnippet() {
        assertThat(cli.run("search", "tu duy")).isZero();
        assertThat(cli.out).contains("DATE", "EVENT", "SESSION", "Tư Duy & Văn Hóa DevOps", "«Tư» «Duy»");
    }

    @Test
    void nothingFoundExitsWithOne() {
        assertThat(cli.run("search", "zzzyyyxxx")).isEqualTo(1);
    }

    @Test
    void anUnknownServiceIsAUsageError() {
        assertThat(cli.run("search", "--service", "CodeDeplo")).isEqualTo(2);
        assertThat(cli.err).contains("did you mean CodeDeploy?").doesNotContain("Exception");
    }

    @Test
    void aMissingIndexSaysWhatToDo() {
        cli.env.put("RECAP_INDEX", tmp.resolve("nowhere").toString());
        assertThat(cli.run("search", "devops")).isEqualTo(3);
        assertThat(cli.err).contains("no index at").contains("recap index PATH");
    }

    @Test
    void parsePrintsTheContractAsJson() {
        assertThat(cli.run("parse", SEED.toString(), "--format", "json")).isZero();
        JsonNode r = json(cli.out);
        assertThat(r.at("/source/path").asString()).endsWith("_index.vi.md");
        assertThat(r.at("/source/sha256").asString()).hasSize(64);
        assertThat(r.get("title").asString()).isEqualTo("DevOps on AWS Workshop");
        assertThat(r.get("date").asString()).isEqualTo("2025-11-17");
        assertThat(r.get("sessions")).hasSize(6);
        assertThat(r.at("/sessions/1/services/3/id").asString()).isEqualTo("codedeploy");
        assertThat(r.at("/sessions/1/lines/start").asInt()).isPositive();
        assertThat(r.at("/services/0/mentions").asInt()).isPositive();
    }

    @Test
    void parseNdjsonPrintsOneLinePerReport() {
        assertThat(cli.run("parse", EXAMPLES.toString(), "--format", "ndjson")).isZero();
        String[] lines = cli.out.strip().split("\n");
        assertThat(lines).hasSize(6);
        for (String line : lines) {
            assertThat(json(line).get("source")).isNotNull();
        }
    }

    @Test
    void versionAndHelpWork() {
        assertThat(cli.run("--version")).isZero();
        assertThat(cli.out).startsWith("recap ");
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out).contains("search", "index", "parse", "Exit codes");
        assertThat(cli.run()).isEqualTo(2);
    }

    private static JsonNode json(String s) {
        return JsonMapper.builder().build().readTree(s);
    }
}
