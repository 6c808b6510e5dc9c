package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.model.Report;
import io.recap.parser.ReportJson;
import io.recap.parser.ReportParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events listing, per-service counts, statistics and whole reports, on an index of the {@link SampleArchive}. */
class OverviewTest {

    @TempDir
    static Path tmp;
    static Path reports;
    static Instant before;
    static ReportIndex index;

    @BeforeAll
    static void indexTheSampleArchive() throws IOException {
        reports = tmp.resolve("reports");
        SampleArchive.write(reports);
        before = Instant.now();
        ArchiveIndexer.builder(tmp.resolve("index")).build().index(List.of(reports));
        index = ReportIndex.open(tmp.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static List<String> titles(EventResult r) {
        return r.events().stream().map(e -> e.event().title()).toList();
    }

    @Test
    void withoutSessionCriteriaEveryEventIsListedNewestFirstAndUndatedLast() throws IOException {
        EventResult all = index.events(SearchRequest.builder().limit(100).build());
        assertThat(all.total()).isEqualTo(7);
        assertThat(titles(all)).containsExactly("Ngày Hội Đám Mây", "DevOps Day", "Data Summit",
                "Hội Thảo Kiến Trúc", "Hội Thảo Kiến Trúc", "Builders Marathon", "Undated Meetup");
        assertThat(all.events()).extracting(EventHit::matchingSessions)
                .containsExactly(3, 3, 1, 1, 1, SampleArchive.MARATHON_SESSIONS, 0);
    }

    @Test
    void eventFiltersApplyToTheListing() throws IOException {
        assertThat(titles(index.events(SearchRequest.builder().language("en").year(2025).build())))
                .containsExactly("DevOps Day");
        assertThat(titles(index.events(SearchRequest.builder().event("marathon").build())))
                .containsExactly("Builders Marathon");
    }

    @Test
    void withSessionCriteriaEventsAreThoseWithMatchingSessionsAndCountThem() throws IOException {
        EventResult ecr = index.events(SearchRequest.builder().service("ecr").build());
        assertThat(ecr.total()).isEqualTo(2);
        assertThat(ecr.events()).extracting(e -> e.event().title(), EventHit::matchingSessions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ngày Hội Đám Mây", 1),
                        org.assertj.core.groups.Tuple.tuple("DevOps Day", 1));
        EventResult stages = index.events(SearchRequest.builder().query("stage").build());
        assertThat(stages.events()).singleElement().satisfies(e -> {
            assertThat(e.matchingSessions()).isEqualTo(SampleArchive.MARATHON_SESSIONS);
            assertThat(e.event().sessions()).isEqualTo(SampleArchive.MARATHON_SESSIONS);
            assertThat(e.score()).isPositive();
        });
    }

    @Test
    void eventsArePagedAndSortedByBestSessionWhenAskedForRelevance() throws IOException {
        SearchRequest q = SearchRequest.builder().query("tư duy thiết kế").build();
        assertThat(index.events(q).events()).extracting(e -> e.event().date())
                .containsExactly(LocalDate.parse("2024-05-20"), LocalDate.parse("2024-05-21"));
        assertThat(index.events(q.toBuilder().sort(SearchRequest.Sort.DATE).build()).events())
                .extracting(e -> e.event().date())
                .containsExactly(LocalDate.parse("2024-05-21"), LocalDate.parse("2024-05-20"));
        EventResult second = index.events(SearchRequest.builder().offset(1).limit(2).build());
        assertThat(second.total()).isEqualTo(7);
        assertThat(titles(second)).containsExactly("DevOps Day", "Data Summit");
    }

    @Test
    void eventsAlsoGetTypoTolerance() throws IOException {
        EventResult r = index.events(SearchRequest.builder().query("marathoon").build());
        assertThat(r.fuzzy()).isTrue();
        assertThat(titles(r)).containsExactly("Builders Marathon");
    }

    @Test
    void servicesAreCountedBySessionsAndByEvents() throws IOException {
        Map<String, ServiceUsage> byId = index.services().stream()
                .collect(Collectors.toMap(u -> u.service().id(), u -> u));
        assertThat(byId).containsOnlyKeys("ecr", "s3", "codedeploy", "lambda");
        assertThat(byId.get("ecr")).satisfies(u -> {
            assertThat(u.sessions()).isEqualTo(2);
            assertThat(u.events()).isEqualTo(2);
            assertThat(u.service().name()).isEqualTo("Amazon Elastic Container Registry");
        });
        assertThat(index.services().get(0).service().id()).isEqualTo("ecr");
    }

    @Test
    void statsSayWhatTheIndexHolds() throws IOException {
        IndexStats stats = index.stats();
        assertThat(stats.reports()).isEqualTo(7);
        assertThat(stats.sessions()).isEqualTo(3 + 3 + 1 + 1 + 1 + SampleArchive.MARATHON_SESSIONS);
        assertThat(stats.services()).isEqualTo(4);
        assertThat(stats.schemaVersion()).isPositive();
        assertThat(stats.lastCommit()).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(stats.location()).isEqualTo(tmp.resolve("index").toAbsolutePath().toString());
    }

    @Test
    void aWholeReportComesBackAsParsedWithoutItsFile() throws IOException {
        Path file = reports.resolve(SampleArchive.DEVOPS_DAY).toRealPath();
        Report parsed = ReportParser.builder().build().parse(file);
        Report stored = index.report(file.toString()).orElseThrow();
        assertThat(ReportJson.write(stored)).isEqualTo(ReportJson.write(parsed));
        assertThat(index.report(file + "#2")).contains(stored);
        String sessionId = index.search(SearchRequest.builder().query("scanned").build()).hits().get(0).id();
        assertThat(index.report(sessionId)).contains(stored);
    }

    @Test
    void aReportCanBeNamedByARelativePath() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        Path relative = cwd.relativize(reports.resolve(SampleArchive.DEVOPS_DAY).toAbsolutePath());
        assertThat(index.report(relative.toString())).map(Report::title).contains("DevOps Day");
        assertThat(index.report("no/such/report.md")).isEmpty();
    }
}
