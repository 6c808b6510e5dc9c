package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code recap check}: what report authors are told, in each format, and its exit codes. */
class CheckCommandTest {

    static final String GOOD = """
            ---
            title: "Cloud Day"
            ---

            # Event report: "AWS Cloud Day Hanoi"

            - **Date:** 2025-10-04
            - **Place:** AWS office

            ## Agenda

            ### 1. Deploying with AWS CodeDeploy

            We used CodeDeploy and Amazon ECR, then went to the AWS Summit.

            ### 2. Observability

            CloudWatch dashboards.
            """;

    static final String BAD = """
            ---
            weight: 3
            ---

            Some notes about the day.

            We tried AWS CodeDeplo and CloudFormaton with AWS Developer tools.
            `AWS CodeDeplo` in code is fine, and so is https://example.com/CodeDeplo/CloudFormaton.
            """;

    @TempDir
    Path dir;
    Path good;
    Path bad;
    Cli cli = new Cli();

    @BeforeEach
    void writeReports() throws IOException {
        good = Files.writeString(dir.resolve("good.md"), GOOD);
        bad = Files.writeString(dir.resolve("bad.md"), BAD);
    }

    @Test
    void aGoodReportPassesSilently() {
        assertThat(cli.run("check", good.toString())).isZero();
        assertThat(cli.out).isEmpty();
        assertThat(cli.err).isEqualTo("checked 1 file: 0 errors, 0 warnings\n");
    }

    @Test
    void missingPartsAreErrorsAndNearMissSpellingsWarningsWithASuggestion() {
        assertThat(cli.run("check", dir.toString())).isEqualTo(1);
        assertThat(cli.out).isEqualTo(bad + ":0:0: error: no event name; start the report with a heading that "
                + "names the event (\"# Event report: AWS Cloud Day\")\n"
                + bad + ":0:0: error: no event date; add a line such as \"Date: 2025-11-17\" (or \"Ngày: 17/11/2025\")\n"
                + bad + ":0:0: error: no sessions; list the agenda under a heading such as \"Agenda\" or \"Nội dung\", "
                + "one heading or numbered item per session\n"
                + bad + ":7:10: warning: unknown service 'AWS CodeDeplo'; did you mean CodeDeploy?\n"
                + bad + ":7:28: warning: unknown service 'CloudFormaton'; did you mean CloudFormation?\n");
        assertThat(cli.err).isEqualTo("checked 2 files: 3 errors, 2 warnings\n");
    }

    @Test
    void codeBlocksAreSkippedByCommonMarksFenceRules() throws IOException {
        String tick = "`".repeat(3);
        Path fenced = Files.writeString(dir.resolve("fenced.md"), GOOD + String.join("\n",
                "", tick + "yaml", "~~~ not a closing fence: other character", "AWS CodeDeplo in code",
                tick + tick, "After the code: AWS CodeDeplo.", "~~~~", tick + " still code", "CloudFormaton",
                "~~~", "~~~~", "CloudFormaton outside.", ""));

        assertThat(cli.run("check", fenced.toString())).isZero();
        assertThat(cli.out.lines().map(l -> l.substring(l.indexOf(".md:") + 4))).containsExactly(
                "24:17: warning: unknown service 'AWS CodeDeplo'; did you mean CodeDeploy?",
                "30:1: warning: unknown service 'CloudFormaton'; did you mean CloudFormation?");
    }

    @Test
    void githubFormatPrintsWorkflowCommands() {
        assertThat(cli.run("check", bad.toString(), "--format", "github")).isEqualTo(1);
        assertThat(cli.out.lines()).containsExactly(
                "::error file=" + bad + ",title=title.missing::no event name; start the report with a heading that "
                        + "names the event (\"# Event report: AWS Cloud Day\")",
                "::error file=" + bad + ",title=date.missing::no event date; add a line such as \"Date: 2025-11-17\" "
                        + "(or \"Ngày: 17/11/2025\")",
                "::error file=" + bad + ",title=sessions.missing::no sessions; list the agenda under a heading such as "
                        + "\"Agenda\" or \"Nội dung\", one heading or numbered item per session",
                "::warning file=" + bad + ",line=7,col=10,title=service.unknown::unknown service 'AWS CodeDeplo'; "
                        + "did you mean CodeDeploy?",
                "::warning file=" + bad + ",line=7,col=28,title=service.unknown::unknown service 'CloudFormaton'; "
                        + "did you mean CloudFormation?");
        assertThat(cli.err).isEmpty();
    }

    @Test
    void githubPropertiesAndDataAreEscaped() {
        CheckCommand.Finding f = new CheckCommand.Finding("a,b:c.md",
                io.recap.model.Diagnostic.warning("x.y", "50% done\nnext", 3));
        assertThat(CheckCommand.github(f)).isEqualTo("::warning file=a%2Cb%3Ac.md,line=3,title=x.y::50%25 done%0Anext");
    }

    @Test
    void jsonCountsAndListsEveryDiagnostic() {
        assertThat(cli.run("check", dir.toString(), "-f", "json")).isEqualTo(1);
        JsonNode r = Json.read(cli.out);
        assertThat(r.get("files").asInt()).isEqualTo(2);
        assertThat(r.get("errors").asInt()).isEqualTo(3);
        assertThat(r.get("warnings").asInt()).isEqualTo(2);
        JsonNode last = r.at("/diagnostics/4");
        assertThat(last.get("path").asString()).isEqualTo(bad.toString());
        assertThat(last.get("line").asInt()).isEqualTo(7);
        assertThat(last.get("column").asInt()).isEqualTo(28);
        assertThat(last.get("severity").asString()).isEqualTo("warning");
        assertThat(last.get("code").asString()).isEqualTo("service.unknown");
        assertThat(last.get("message").asString()).isEqualTo("unknown service 'CloudFormaton'; did you mean CloudFormation?");
    }

    @Test
    void theExampleArchivePasses() {
        assertThat(cli.run("check", Examples.DIR.toString(), "--quiet")).isZero();
        assertThat(cli.out).isEmpty();
        assertThat(cli.err).isEmpty();
    }

    @Test
    void aCatalogFileTeachesNewSpellings() throws IOException {
        Path catalog = Files.writeString(dir.resolve("extra.yaml"), """
                services:
                  - id: cloudformaton
                    name: CloudFormaton
                    category: internal
                """);
        assertThat(cli.run("check", bad.toString(), "--catalog", catalog.toString())).isEqualTo(1);
        assertThat(cli.out).contains("'AWS CodeDeplo'").doesNotContain("'CloudFormaton'");
    }

    @Test
    void aMissingPathFailsWithExitFour() {
        assertThat(cli.run("check", dir.resolve("nope.md").toString())).isEqualTo(4);
        assertThat(cli.err).isEqualTo("recap: error: no such file or directory: " + dir.resolve("nope.md")
                + "; give a report file, a folder or a .zip archive\n");
    }
}
