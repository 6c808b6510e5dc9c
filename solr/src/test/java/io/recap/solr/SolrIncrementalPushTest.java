package io.recap.solr;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.index.ArchiveIndexer;
import io.recap.index.IndexRun;
import io.recap.index.ReportIndex;
import io.recap.index.SearchRequest;
import io.recap.index.SessionHit;
import io.recap.parser.ReportParser;
import io.recap.parser.ServiceCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushing an archive again: files touched but unchanged are skipped, changed ones replaced (sessions they lost
 * deleted), deleted ones removed, added ones added; each run's counts are those of a local index that goes
 * through the same changes, and so are the sessions and events found. Then the same for the event layouts that
 * are not one page per event: session pages that become sessions of their event when its page comes, a session
 * page changed and deleted, a page of several events that loses one. The steps build on each other, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SolrIncrementalPushTest {

    private static final String COLLECTION = "incremental";

    @TempDir
    static Path tmp;

    private TestCluster cluster;
    private Path reports;
    private Path localIndex;
    private Path layouts;

    @BeforeAll
    void startTheClusterAndCopyTheExamples() throws Exception {
        cluster = TestCluster.start(tmp.resolve("cluster"), 2);
        reports = tmp.resolve("reports");
        Path examples = TestCluster.examples().resolve("content");
        try (Stream<Path> files = Files.walk(examples)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = reports.resolve(examples.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        localIndex = tmp.resolve("local");
    }

    @AfterAll
    void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    private IndexRun[] both() throws IOException {
        return both(ReportParser.builder().build(), false);
    }

    /** The same run on Solr and on the local index. */
    private IndexRun[] both(ReportParser parser, boolean full) throws IOException {
        IndexRun solr = SolrArchiveIndexer.builder(cluster.target(COLLECTION)).shards(2).replicas(2).parser(parser)
                .full(full).batchSize(7).build().index(List.of(reports));
        IndexRun local = ArchiveIndexer.builder(localIndex).parser(parser).full(full).build()
                .index(List.of(reports));
        assertThat(List.of(solr.indexed(), solr.unchanged(), solr.removed(), solr.failed()))
                .as("indexed, unchanged, removed, failed")
                .isEqualTo(List.of(local.indexed(), local.unchanged(), local.removed(), local.failed()));
        assertThat(solr.reports()).isEqualTo(local.reports());
        assertThat(solr.sessions()).isEqualTo(local.sessions());
        assertTheSameSessionsAreFound();
        return new IndexRun[]{solr, local};
    }

    private void assertTheSameSessionsAreFound() throws IOException {
        try (SolrReportIndex solr = SolrReportIndex.open(cluster.target(COLLECTION));
             ReportIndex local = ReportIndex.open(localIndex)) {
            for (SearchRequest r : List.of(SearchRequest.builder().query("aws").limit(1000).build(),
                    SearchRequest.builder().query("marathon").limit(1000).build(),
                    SearchRequest.builder().query("night").limit(1000).build(),
                    SearchRequest.builder().year(2025).limit(1000).build(),
                    SearchRequest.builder().year(2026).limit(1000).build())) {
                assertThat(solr.search(r).hits().stream().map(SessionHit::id)).as(r.toString())
                        .containsExactlyInAnyOrderElementsOf(local.search(r).hits().stream().map(SessionHit::id)
                                .toList());
            }
            SearchRequest every = SearchRequest.builder().limit(1000).build();
            assertThat(solr.events(every).events()).isEqualTo(local.events(every).events());
            assertThat(solr.services()).isEqualTo(local.services());
        }
    }

    @Test
    @Order(1)
    void theFirstPushCreatesTheCollectionAndSendsEveryReport() throws IOException {
        IndexRun run = both()[0];
        assertThat(run.indexed()).isEqualTo(6);
        assertThat(run.reports()).isEqualTo(6);
    }

    @Test
    @Order(2)
    void touchedButUnchangedFilesAreNotSentAgainAndNothingIsCommitted() throws IOException {
        Instant committed = lastCommit();
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(Instant.now()));
            }
        }
        IndexRun run = both()[0];
        assertThat(run.indexed()).isZero();
        assertThat(run.unchanged()).isEqualTo(6);
        assertThat(lastCommit()).isEqualTo(committed);
    }

    @Test
    @Order(3)
    void changedDeletedAndAddedFilesAreTheOnlyOnesSent() throws IOException {
        Path dir = reports.resolve("4-EventParticipated");
        // changed: one session fewer (its documents must go), one word more
        Path changed = dir.resolve("4.2-Event2/_index.vi.md");
        int sessionsBefore = sessionsOf(changed);
        List<String> lines = Files.readAllLines(changed);
        int last = lastSessionHeading(lines);
        Files.write(changed, lines.subList(0, last));
        Files.writeString(changed, "\nMarathon session notes.\n", java.nio.file.StandardOpenOption.APPEND);
        // deleted
        Files.delete(dir.resolve("4.3-Event3/_index.vi.md"));
        // added: a copy under a new name
        Files.createDirectories(dir.resolve("4.7-Event7"));
        Files.copy(dir.resolve("4.6-Event6/_index.md"), dir.resolve("4.7-Event7/_index.md"),
                StandardCopyOption.REPLACE_EXISTING);
        IndexRun run = both()[0];
        assertThat(run.indexed()).isEqualTo(2);
        assertThat(run.unchanged()).isEqualTo(4);
        assertThat(run.removed()).isEqualTo(1);
        assertThat(run.reports()).isEqualTo(6);
        assertThat(sessionsOf(changed)).isEqualTo(sessionsBefore - 1);
    }

    @Test
    @Order(4)
    void anotherParserReadsEveryReportAgain() throws IOException {
        Path extra = Files.writeString(tmp.resolve("extra.yaml"), """
                services:
                  - id: marathon
                    name: Example Marathon Service
                    abbreviation: Marathon
                    category: other
                    aliases: [Marathon]
                """);
        ReportParser parser = ReportParser.builder()
                .catalog(ServiceCatalog.builtIn().with(ServiceCatalog.load(extra))).build();
        IndexRun run = both(parser, false)[0];
        assertThat(run.indexed()).isEqualTo(6);
        assertThat(run.unchanged()).isZero();
    }

    @Test
    @Order(5)
    void aFullPushSendsEverythingAndRemovesWhatIsNotUnderItsRoots() throws IOException {
        Files.delete(reports.resolve("4-EventParticipated/4.7-Event7/_index.md"));
        IndexRun run = both(ReportParser.builder().build(), true)[0];
        assertThat(run.indexed()).isEqualTo(5);
        assertThat(run.removed()).isEqualTo(1);
        assertThat(run.reports()).isEqualTo(5);
    }

    @Test
    @Order(6)
    void sessionPagesReadAloneBecomeSessionsWhenTheirEventPageComes() throws IOException {
        copyEventLayouts();
        Path cloudDay = layouts.resolve("4.1-Cloud-Day/_index.md");
        Path page = Files.move(cloudDay, tmp.resolve("cloud-day.md"));
        IndexRun alone = both()[0];
        assertThat(alone.indexed()).as("the section page, two session pages alone, the page of two events")
                .isEqualTo(4);
        Path security = layouts.resolve("4.1-Cloud-Day/4.1.2-Security-Track/_index.md");
        assertThat(eventIds()).contains(security.toRealPath().toString());

        Files.move(page, cloudDay);
        IndexRun unit = both()[0];
        assertThat(unit.indexed()).as("the event page and its two session pages, as one").isEqualTo(3);
        assertThat(unit.unchanged()).isEqualTo(5 + 2);
        assertThat(eventIds()).as("the session pages' own events are gone")
                .doesNotContain(security.toRealPath().toString()).contains(cloudDay.toRealPath().toString());
        assertThat(sessionsOf(cloudDay)).isEqualTo(3);
    }

    @Test
    @Order(7)
    void aChangedSessionPageSendsItsEventAgainAndADeletedOneTakesItsSessionAway() throws IOException {
        Path cloudDay = layouts.resolve("4.1-Cloud-Day/_index.md");
        Path security = layouts.resolve("4.1-Cloud-Day/4.1.2-Security-Track/_index.md");
        Files.writeString(security, Files.readString(security).replace("AWS WAF.", "AWS WAF and AWS Shield."));
        IndexRun changed = both()[0];
        assertThat(changed.indexed()).isEqualTo(3);
        assertThat(changed.unchanged()).isEqualTo(5 + 2);

        Files.delete(security);
        IndexRun deleted = both()[0];
        assertThat(deleted.indexed()).isEqualTo(2);
        assertThat(sessionsOf(cloudDay)).isEqualTo(2);
    }

    @Test
    @Order(8)
    void aPageOfSeveralEventsThatLosesOneLosesItsEventAndItsSessions() throws IOException {
        Path builders = layouts.resolve("4.2-Builders-Week/_index.md");
        String id = builders.toRealPath().toString();
        assertThat(eventIds()).contains(id + "#1", id + "#2");
        String text = Files.readString(builders);
        Files.writeString(builders, text.substring(0, text.indexOf("## Event 2")));
        IndexRun run = both()[0];
        assertThat(run.indexed()).isEqualTo(1);
        assertThat(eventIds()).doesNotContain(id + "#2");
    }

    /** The event layouts site, its section under the archive's content. */
    private void copyEventLayouts() throws IOException {
        Path from = TestCluster.eventLayouts().resolve("content/4-Events");
        layouts = reports.resolve("4-Events");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = layouts.resolve(from.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
    }

    /** The ids of every event Solr holds. */
    private List<String> eventIds() throws IOException {
        try (SolrReportIndex solr = SolrReportIndex.open(cluster.target(COLLECTION))) {
            return solr.events(SearchRequest.builder().limit(1000).build()).events().stream()
                    .map(e -> e.event().id()).toList();
        }
    }

    private static int lastSessionHeading(List<String> lines) {
        for (int i = lines.size() - 1; i > 0; i--) {
            if (lines.get(i).matches("### \\d+\\..*")) {
                return i;
            }
        }
        throw new AssertionError("no heading");
    }

    /** The sessions Solr holds of a report, counted from its session documents. */
    private int sessionsOf(Path report) throws IOException {
        try (SolrReportIndex solr = SolrReportIndex.open(cluster.target(COLLECTION))) {
            String id = report.toRealPath().toString();
            return (int) solr.search(SearchRequest.builder().event(id).limit(0).exactTotal(true).build()).total();
        }
    }

    private Instant lastCommit() throws IOException {
        try (SolrReportIndex solr = SolrReportIndex.open(cluster.target(COLLECTION))) {
            return solr.stats().lastCommit();
        }
    }
}
