package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.index.IndexStats;
import io.recap.index.ReportIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code recap stats}: what the index holds, for people and for scripts. */
class StatsCommandTest {

    @TempDir
    Path tmp;
    static final Path index = Examples.sharedIndex();
    static IndexStats stats;
    final Cli cli = Examples.overSharedIndex();

    @BeforeAll
    static void readTheStats() throws Exception {
        try (ReportIndex idx = ReportIndex.open(index)) {
            stats = idx.stats();
        }
    }

    @Test
    void oneFactPerLine() {
        assertThat(stats.lastCommit()).isNotNull();
        assertThat(cli.run("stats")).isZero();
        assertThat(cli.out).isEqualTo("index           " + index + "\n"
                + "reports         6\n"
                + "index pages     0\n"
                + "sessions        24\n"
                + "services        35\n"
                + "schema version  " + stats.schemaVersion() + "\n"
                + "last commit     " + stats.lastCommit() + "\n");
        assertThat(cli.err).isEmpty();
    }

    @Test
    void jsonHasTheDocumentedKeys() {
        assertThat(cli.run("stats", "--format", "json")).isZero();
        JsonNode r = Json.read(cli.out);
        assertThat(r.propertyNames()).containsExactly("location", "reports", "indexPages", "sessions",
                "services", "schemaVersion", "lastCommit");
        assertThat(r.get("location").asString()).isEqualTo(index.toString());
        assertThat(r.get("reports").asInt()).isEqualTo(6);
        assertThat(r.get("sessions").asInt()).isEqualTo(24);
        assertThat(r.get("services").asInt()).isEqualTo(35);
        assertThat(r.get("schemaVersion").asInt()).isEqualTo(stats.schemaVersion()).isPositive();
        assertThat(r.get("lastCommit").asString()).isEqualTo(stats.lastCommit().toString());
    }

    @Test
    void theIndexOptionWinsOverTheEnvironment() {
        cli.env.put("RECAP_INDEX", tmp.resolve("elsewhere").toString());
        assertThat(cli.run("stats", "--index", index.toString())).isZero();
        assertThat(cli.out).startsWith("index           " + index + "\n");
    }

    @Test
    void aMissingIndexExitsWithThreeAndSaysWhatToDo() {
        cli.env.put("RECAP_INDEX", tmp.resolve("none").toString());
        assertThat(cli.run("stats")).isEqualTo(3);
        assertThat(cli.out).isEmpty();
        assertThat(cli.err).isEqualTo("recap: error: no index at " + tmp.resolve("none")
                + "; run `recap index PATH` first\n");
    }
}
