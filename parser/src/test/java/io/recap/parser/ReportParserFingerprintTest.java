package io.recap.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReportParser#fingerprint()} names what a parser makes of reports: equal for parsers built alike, different
 * when the catalog or a limit differs (an index reads unchanged files again when it changes).
 */
class ReportParserFingerprintTest {

    @TempDir
    Path tmp;

    @Test
    void parsersBuiltAlikeHaveOneFingerprint() {
        String a = ReportParser.builder().build().fingerprint();

        assertThat(ReportParser.builder().catalog(ServiceCatalog.builtIn()).build().fingerprint()).isEqualTo(a);
        assertThat(a).matches("[0-9a-f]{32}");
    }

    @Test
    void anotherCatalogOrLimitChangesIt() throws IOException {
        String builtIn = ReportParser.builder().build().fingerprint();
        Path extra = Files.writeString(tmp.resolve("extra.yaml"), """
                services:
                  - id: gke
                    name: Google Kubernetes Engine
                    abbreviation: GKE
                    aliases: [GKE]
                """);

        assertThat(ReportParser.builder().catalog(ServiceCatalog.empty()).build().fingerprint())
                .isNotEqualTo(builtIn);
        assertThat(ReportParser.builder().catalog(ServiceCatalog.builtIn().with(ServiceCatalog.load(extra)))
                .build().fingerprint()).isNotEqualTo(builtIn);
        assertThat(ReportParser.builder().maxNesting(5).build().fingerprint()).isNotEqualTo(builtIn);
    }

    @Test
    void aCatalogLoadedTwiceFromOneFileGivesTheSameFingerprint() throws IOException {
        Path extra = Files.writeString(tmp.resolve("extra.yaml"), """
                services:
                  - id: robot
                    name: Example Robot Service
                    abbreviation: Robot
                    aliases: [Robot, Robots, Robot Arm, Arm]
                """);

        assertThat(ReportParser.builder().catalog(ServiceCatalog.load(extra)).build().fingerprint())
                .isEqualTo(ReportParser.builder().catalog(ServiceCatalog.load(extra)).build().fingerprint());
    }
}
