package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexing the seed report into a real on-disk index and searching it. */
class ReportIndexTest {

    /** The seed report, as bundled in the example archive. */
    static final Path SEED = Path.of("../examples/content/4-EventParticipated/4.2-Event2/_index.vi.md");

    @TempDir
    Path tmp;
    Path reports;
    Path index;

    @BeforeEach
    void indexTheSeed() throws IOException {
        reports = Files.createDirectories(tmp.resolve("reports"));
        Files.copy(SEED, reports.resolve("seed.md"));
        index = tmp.resolve("index");
        IndexRun run = ArchiveIndexer.builder(index).build().index(List.of(reports));
        assertThat(run.indexed()).isEqualTo(1);
        assertThat(run.sessions()).isEqualTo(6);
    }

    @Test
    void findsTextWithoutDiacritics() throws IOException {
        try (ReportIndex idx = ReportIndex.open(index)) {
            SearchResult r = idx.search(SearchRequest.builder().query("tu duy").build());
            assertThat(r.hits()).isNotEmpty();
            SessionHit first = r.hits().get(0);
            assertThat(first.session().number()).isEqualTo(1);
            assertThat(first.session().title()).isEqualTo("Tư Duy & Văn Hóa DevOps");
            assertThat(first.event().title()).isEqualTo("DevOps on AWS Workshop");
            assertThat(first.snippet()).contains("«Tư»");
        }
    }

    @Test
    void filtersSessionsByServiceUnderAnyAlias() throws IOException {
        try (ReportIndex idx = ReportIndex.open(index)) {
            for (String name : List.of("CodeDeploy", "code deploy", "AWS CodeDeploy", "codedeploy")) {
                SearchResult r = idx.search(SearchRequest.builder().service(name).build());
                assertThat(r.total()).as(name).isEqualTo(1);
                assertThat(r.hits().get(0).session().title()).isEqualTo("CI/CD trên AWS");
            }
            SearchResult ecr = idx.search(SearchRequest.builder().service("Elastic Container Registry").build());
            assertThat(ecr.hits()).extracting(h -> h.session().number()).containsExactly(4);
        }
    }

    @Test
    void anUnknownServiceSuggestsCloseNames() throws IOException {
        try (ReportIndex idx = ReportIndex.open(index)) {
            assertThatThrownBy(() -> idx.search(SearchRequest.builder().service("CodeDeplo").build()))
                    .isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining("did you mean CodeDeploy");
        }
    }

    @Test
    void aSyntaxErrorIsAClearMessage() throws IOException {
        try (ReportIndex idx = ReportIndex.open(index)) {
            assertThatThrownBy(() -> idx.search(SearchRequest.builder().query("devops AND (").build()))
                    .isInstanceOf(InvalidQueryException.class)
                    .hasMessageStartingWith("cannot understand the query");
        }
    }

    @Test
    void anUnchangedReportIsSkippedAndAVanishedOneRemoved() throws IOException {
        IndexRun again = ArchiveIndexer.builder(index).build().index(List.of(reports));
        assertThat(again.indexed()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);

        Files.delete(reports.resolve("seed.md"));
        IndexRun gone = ArchiveIndexer.builder(index).build().index(List.of(reports));
        assertThat(gone.removed()).isEqualTo(1);
        assertThat(gone.reports()).isZero();
        assertThat(gone.sessions()).isZero();
    }

    @Test
    void aMissingIndexIsReportedAsSuch() {
        assertThatThrownBy(() -> ReportIndex.open(tmp.resolve("nowhere")))
                .isInstanceOf(IndexException.class)
                .satisfies(e -> assertThat(((IndexException) e).reason()).isEqualTo(IndexException.Reason.MISSING));
    }
}
