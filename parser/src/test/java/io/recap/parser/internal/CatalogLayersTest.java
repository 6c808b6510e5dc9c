package io.recap.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How the curated layer changes the generated one, row by row. */
class CatalogLayersTest {

    private static final String BASE = String.join("\n",
            "# id\tname\tabbreviation\tcategory\tflags\taliases\tsource",
            "sfn\tAWS Step Functions\tSFN\t\t\tStep Functions\tstates",
            "logs\tAmazon CloudWatch Logs\tCloudWatch Logs\t\t\t\tlogs",
            "monitoring\tAmazon CloudWatch\tCloudWatch\t\t\t\tmonitoring",
            "kafka\tManaged Streaming for Kafka\tKafka\t\t\t\tkafka",
            "glue\tAWS Glue\tGlue\t\t\t\tglue",
            "old\tAmazon Old Thing\tOld\t\t\t\told");

    private static Map<String, CatalogEntry> merge(String curated) throws IOException {
        List<CatalogEntry> entries = CatalogLayers.merge(List.of(
                CatalogReader.readTsv(new StringReader(BASE), "base.tsv"),
                CatalogReader.readTsv(new StringReader(curated), "curated.tsv")));
        return entries.stream().collect(Collectors.toMap(CatalogEntry::id, Function.identity()));
    }

    @Test
    void aRowWithAnExistingIdChangesTheEntryAndKeepsItsOldNamesAsSpellings() throws IOException {
        Map<String, CatalogEntry> e = merge("monitoring\t\t\tmanagement\t\tCloud Watch\n");
        CatalogEntry cw = e.get("monitoring");
        assertThat(cw.service().name()).isEqualTo("Amazon CloudWatch");
        assertThat(cw.service().category()).isEqualTo("management");
        assertThat(cw.aliases()).containsExactly("Amazon CloudWatch", "CloudWatch", "Cloud Watch");

        CatalogEntry renamed = merge("old\tAmazon New Thing\tNew\t\t\t\n").get("old");
        assertThat(renamed.aliases()).containsExactly("Amazon New Thing", "New", "Amazon Old Thing", "Old");
    }

    @Test
    void aFoldMakesAnEntrysSpellingsAnothersAndRemovesIt() throws IOException {
        Map<String, CatalogEntry> e = merge(String.join("\n",
                "stepfunctions\tAWS Step Functions\tStep Functions\tintegration\t\t",
                "sfn\t\t\t\tfold=stepfunctions\t",
                "logs\t\t\t\tfold=monitoring\t"));
        assertThat(e).doesNotContainKeys("sfn", "logs");
        assertThat(e.get("stepfunctions").aliases()).contains("SFN", "Step Functions");
        assertThat(e.get("monitoring").aliases()).contains("Amazon CloudWatch Logs", "CloudWatch Logs");
    }

    @Test
    void aFoldCanReplaceAnAbbreviationThatWouldMisleadBeforeItMoves() throws IOException {
        Map<String, CatalogEntry> e = merge(String.join("\n",
                "msk\tAmazon MSK\tMSK\tanalytics\t\t",
                "kafka\t\tMSK\t\tfold=msk\t-Kafka"));
        assertThat(e.get("msk").aliases()).contains("Managed Streaming for Kafka").doesNotContain("Kafka");
    }

    @Test
    void markersMakeSpellingsAmbiguousExactOrGone() throws IOException {
        Map<String, CatalogEntry> e = merge(String.join("\n",
                "glue\t\t\tanalytics\tambiguous\tGlue Crawler|?Glue Job",
                "monitoring\t\t\t\t\t=CloudWatch Pro|-CloudWatch"));
        CatalogEntry glue = e.get("glue");
        assertThat(glue.isAmbiguous("Glue")).isTrue();
        assertThat(glue.isAmbiguous("Glue Job")).isTrue();
        assertThat(glue.isAmbiguous("Glue Crawler")).isFalse();
        assertThat(glue.isAmbiguous("AWS Glue")).isFalse();
        CatalogEntry cw = e.get("monitoring");
        assertThat(cw.exactCase()).containsExactly("CloudWatch Pro");
        assertThat(cw.aliases()).contains("CloudWatch"); // the abbreviation itself cannot be removed by -X
    }

    @Test
    void dropRemovesAndLookupOnlyKeepsAnEntryOutOfDetection() throws IOException {
        Map<String, CatalogEntry> e = merge("old\t\t\t\tdrop\t\nglue\t\t\t\tlookup-only\t\n");
        assertThat(e).doesNotContainKey("old");
        assertThat(e.get("glue").lookupOnly()).isTrue();
        assertThat(e.get("sfn").lookupOnly()).isFalse();
    }

    @Test
    void mistakesAreReportedWithFileAndLine() {
        assertThatThrownBy(() -> merge("# c\nnewthing\t\t\t\t\t\n")).hasMessageContaining("curated.tsv:2")
                .hasMessageContaining("needs a name");
        assertThatThrownBy(() -> merge("nothere\t\t\t\tdrop\t\n")).hasMessageContaining("curated.tsv:1")
                .hasMessageContaining("nothere");
        assertThatThrownBy(() -> merge("sfn\t\t\t\tfold=nowhere\t\n")).hasMessageContaining("curated.tsv:1")
                .hasMessageContaining("nowhere");
        assertThatThrownBy(() -> merge("Bad Id\tX\t\t\t\t\n")).hasMessageContaining("curated.tsv:1");
        assertThatThrownBy(() -> merge("x\tX\t\t\tshiny\t\n")).hasMessageContaining("shiny");
    }
}
