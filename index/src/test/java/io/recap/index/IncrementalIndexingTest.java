package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.parser.ReportParser;
import io.recap.parser.ServiceCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-indexing an archive: unchanged reports are skipped, changed ones replaced, vanished ones removed. */
class IncrementalIndexingTest {

    @TempDir
    Path tmp;
    Path reports;
    Path indexDir;

    @BeforeEach
    void indexTheSampleArchive() throws IOException {
        reports = tmp.resolve("reports");
        SampleArchive.write(reports);
        indexDir = tmp.resolve("index");
        IndexRun first = index();
        assertThat(first.indexed()).isEqualTo(7);
        assertThat(first.unchanged()).isZero();
        assertThat(first.reports()).isEqualTo(7);
    }

    IndexRun index(Path... roots) throws IOException {
        return ArchiveIndexer.builder(indexDir).build().index(roots.length == 0 ? List.of(reports) : List.of(roots));
    }

    long sessionsMatching(String query) throws IOException {
        try (ReportIndex idx = ReportIndex.open(indexDir)) {
            return idx.search(SearchRequest.builder().query(query).typoTolerance(false).expandTopics(false).build()).total();
        }
    }

    @Test
    void aRunOverAnUnchangedArchiveChangesNothing() throws IOException {
        Instant committed;
        try (ReportIndex idx = ReportIndex.open(indexDir)) {
            committed = idx.stats().lastCommit();
        }
        IndexRun again = index();
        assertThat(again.indexed()).isZero();
        assertThat(again.unchanged()).isEqualTo(7);
        assertThat(again.removed()).isZero();
        assertThat(again.reports()).isEqualTo(7);
        try (ReportIndex idx = ReportIndex.open(indexDir)) {
            assertThat(idx.stats().lastCommit()).as("nothing to commit").isEqualTo(committed);
        }
    }

    @Test
    void anotherCatalogReadsUnchangedReportsAgainSoThatItsServicesAreFound() throws IOException {
        Path extra = Files.writeString(tmp.resolve("extra.yaml"), """
                services:
                  - id: marathon
                    name: Example Marathon Service
                    abbreviation: Marathon
                    category: other
                    aliases: [Marathon]
                """);
        ServiceCatalog catalog = ServiceCatalog.builtIn().with(ServiceCatalog.load(extra));
        ArchiveIndexer indexer = ArchiveIndexer.builder(indexDir)
                .parser(ReportParser.builder().catalog(catalog).build()).build();

        IndexRun run = indexer.index(List.of(reports));
        assertThat(run.indexed()).as("every report, though no file changed").isEqualTo(7);
        assertThat(run.unchanged()).isZero();
        assertThat(run.removed()).isZero();
        assertThat(run.reports()).isEqualTo(7);
        try (ReportIndex idx = ReportIndex.open(indexDir, catalog)) {
            assertThat(idx.search(SearchRequest.builder().service("Marathon").build()).total()).isPositive();
        }

        IndexRun again = indexer.index(List.of(reports));
        assertThat(again.indexed()).as("the same catalog again").isZero();
        assertThat(again.unchanged()).isEqualTo(7);
    }

    @Test
    void eachReportRemembersTheParserThatReadIt() throws IOException {
        ArchiveIndexer empty = ArchiveIndexer.builder(indexDir)
                .parser(ReportParser.builder().catalog(ServiceCatalog.empty()).build()).build();
        assertThat(empty.index(List.of(reports.resolve(SampleArchive.DATA_SUMMIT))).indexed()).isEqualTo(1);

        IndexRun rest = empty.index(List.of(reports));
        assertThat(rest.indexed()).as("the six still read by the default parser").isEqualTo(6);
        assertThat(rest.unchanged()).isEqualTo(1);
        assertThat(index().indexed()).as("the default parser again reads all seven").isEqualTo(7);
    }

    @Test
    void aChangedCatalogStillDeletesVanishedReports() throws IOException {
        Files.delete(reports.resolve(SampleArchive.DATA_SUMMIT));
        IndexRun run = ArchiveIndexer.builder(indexDir).parser(ReportParser.builder()
                .catalog(ServiceCatalog.empty()).build()).build().index(List.of(reports));
        assertThat(run.indexed()).isEqualTo(6);
        assertThat(run.removed()).isEqualTo(1);
        assertThat(run.reports()).isEqualTo(6);
    }

    @Test
    void touchingAFileWithoutChangingItReindexesNothing() throws IOException {
        Files.setLastModifiedTime(reports.resolve(SampleArchive.DATA_SUMMIT), FileTime.from(Instant.now()));
        assertThat(index().indexed()).isZero();
    }

    @Test
    void changingOneFileReindexesThatFileAlone() throws IOException {
        TestReport.english("Data Summit").date("2024-09-10")
                .session("Feature stores", "Sharing features between teams.")
                .session("Model monitoring", "Watching drift in production.")
                .writeTo(reports.resolve(SampleArchive.DATA_SUMMIT));
        IndexRun run = index();
        assertThat(run.indexed()).isEqualTo(1);
        assertThat(run.unchanged()).isEqualTo(6);
        assertThat(run.removed()).isZero();
        assertThat(sessionsMatching("deployment strategies")).isZero();
        assertThat(sessionsMatching("drift")).isEqualTo(1);
        try (ReportIndex idx = ReportIndex.open(indexDir)) {
            EventResult summit = idx.events(SearchRequest.builder().event("data summit").build());
            assertThat(summit.events()).singleElement().satisfies(e -> assertThat(e.event().sessions()).isEqualTo(2));
        }
    }

    @Test
    void deletingAFileRemovesItsEventAndSessions() throws IOException {
        Files.delete(reports.resolve(SampleArchive.MARATHON));
        IndexRun run = index();
        assertThat(run.removed()).isEqualTo(1);
        assertThat(run.reports()).isEqualTo(6);
        assertThat(run.sessions()).isEqualTo(9);
        assertThat(sessionsMatching("marathon")).isZero();
        try (ReportIndex idx = ReportIndex.open(indexDir)) {
            assertThat(idx.report(reports.resolve(SampleArchive.MARATHON).toString())).isEmpty();
        }
    }

    @Test
    void renamingAFileMovesIt() throws IOException {
        Path from = reports.resolve(SampleArchive.DEVOPS_DAY);
        Path to = Files.createDirectories(reports.resolve("en/renamed")).resolve("_index.md");
        Files.move(from, to);
        IndexRun run = index();
        assertThat(run.indexed()).isEqualTo(1);
        assertThat(run.removed()).isEqualTo(1);
        assertThat(run.reports()).isEqualTo(7);
        try (ReportIndex idx = ReportIndex.open(indexDir)) {
            SearchResult r = idx.search(SearchRequest.builder().query("scanned").build());
            assertThat(r.hits()).singleElement().satisfies(h ->
                    assertThat(h.event().path()).isEqualTo(to.toRealPath().toString()));
        }
    }

    @Test
    void reportsOutsideTheRootsOfARunStay() throws IOException {
        Path other = tmp.resolve("other");
        TestReport.english("Other Conference").date("2022-01-01").session("Keynote", "Welcome.")
                .writeTo(other.resolve("_index.md"));
        IndexRun both = index(other);
        assertThat(both.indexed()).isEqualTo(1);
        assertThat(both.removed()).isZero();
        assertThat(both.reports()).isEqualTo(8);

        Files.delete(reports.resolve(SampleArchive.UNDATED));
        IndexRun onlyReports = index(reports);
        assertThat(onlyReports.removed()).isEqualTo(1);
        assertThat(onlyReports.reports()).isEqualTo(7);
        assertThat(sessionsMatching("keynote")).isEqualTo(1);
    }

    @Test
    void aSubdirectoryAsRootOnlyRemovesWhatVanishedBelowIt() throws IOException {
        Files.delete(reports.resolve(SampleArchive.MARATHON));
        IndexRun vi = index(reports.resolve("vi"));
        assertThat(vi.removed()).isZero();
        assertThat(vi.unchanged()).isEqualTo(3);
        assertThat(index().removed()).isEqualTo(1);
    }

    @Test
    void aFullRunRebuildsFromTheGivenRootsAlone() throws IOException {
        IndexRun full = ArchiveIndexer.builder(indexDir).full(true).build().index(List.of(reports.resolve("vi")));
        assertThat(full.indexed()).isEqualTo(3);
        assertThat(full.unchanged()).isZero();
        assertThat(full.removed()).isEqualTo(4);
        assertThat(full.reports()).isEqualTo(3);
        assertThat(sessionsMatching("marathon")).isZero();
    }

    @Test
    void theSameReportGivenTwiceIsIndexedOnce() throws IOException {
        IndexRun run = ArchiveIndexer.builder(indexDir).full(true).build()
                .index(List.of(reports, reports.resolve("en"), reports.resolve(SampleArchive.DEVOPS_DAY)));
        assertThat(run.indexed()).isEqualTo(7);
        assertThat(run.reports()).isEqualTo(7);
    }

    @Test
    void anIndexIsCreatedEvenForAnEmptyArchive() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path fresh = tmp.resolve("fresh-index");
        IndexRun run = ArchiveIndexer.builder(fresh).build().index(List.of(empty));
        assertThat(run.reports()).isZero();
        try (ReportIndex idx = ReportIndex.open(fresh)) {
            assertThat(idx.stats().reports()).isZero();
            assertThat(idx.search(SearchRequest.builder().query("anything").facets(true).build()).total()).isZero();
            assertThat(idx.services()).isEmpty();
        }
    }
}
