package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports grouped into events in a real index: twins and other authors' reports of one event are one event, and
 * an incremental run regroups what it touches (a new report joins an event, a changed date splits one, a deleted
 * report leaves it) without re-reading the other reports.
 */
class EventGroupsTest {

    @TempDir
    Path tmp;

    private static String report(String title, String date, String... sessions) {
        StringBuilder sb = new StringBuilder("---\ntitle: \"Event 1\"\nweight: 1\n---\n\n# Summary Report: “")
                .append(title).append("”\n\n");
        if (date != null) {
            sb.append("**Date:** ").append(date).append("  \n**Location:** Innovation Hub\n\n");
        }
        sb.append("### Agenda\n\n");
        int hour = 9;
        for (String s : sessions) {
            sb.append("#### ").append(hour).append(":00 - ").append(hour + 1).append(":00: ").append(s)
                    .append("\n**Speaker:** Vũ Thị Lan\n- Amazon ECS and AWS Fargate for the team's services.\n\n");
            hour++;
        }
        return sb.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private IndexRun index(Path index, Path archive) throws IOException {
        return ArchiveIndexer.builder(index).build().index(List.of(archive));
    }

    @Test
    void twinsAndOtherAuthorsAreOneEventAndAnIncrementalRunRegroups() throws IOException {
        Path archive = tmp.resolve("archive");
        Path index = tmp.resolve("index");
        Path en = archive.resolve("ana/content/4-EventParticipated/4.1-Event1/_index.md");
        Path vi = archive.resolve("ana/content/4-EventParticipated/4.1-Event1/_index.vi.md");
        Path bao = archive.resolve("bao/content/4-EventParticipated/4.2-Event2/_index.md");
        write(en, report("Container Day", "29/11/2025", "Containers without servers", "Delivery pipelines"));
        write(vi, report("Container Day", "29/11/2025", "Container không cần máy chủ", "Pipeline triển khai"));
        write(bao, report("Serverless Day", "06/12/2025", "Functions at scale"));
        index(index, archive);
        try (ReportIndex idx = ReportIndex.open(index)) {
            EventGroup day = idx.eventGroup(en.toString()).orElseThrow();
            assertThat(day.id()).isEqualTo("2025-11-29-container-day");
            assertThat(day.reports()).isEqualTo(1);
            assertThat(day.languages()).containsExactly("en", "vi");
            assertThat(day.pages()).extracting(p -> p.reason()).containsExactly(GroupedReport.Reason.FIRST,
                    GroupedReport.Reason.TWIN);
            assertThat(idx.eventGroup("2025-11-29-container-day")).contains(day);
            assertThat(idx.eventGroups(SearchRequest.builder().build()).total()).isEqualTo(2);
        }

        // another author's report of the same day joins it; a report with a wrong date stays apart
        Path cam = archive.resolve("cam/content/4-EventParticipated/4.1-Event1/_index.md");
        write(cam, report("Summary Report: Container Day", "29/11/2025", "Containers without servers"));
        IndexRun second = index(index, archive);
        assertThat(second.indexed()).isEqualTo(1);
        try (ReportIndex idx = ReportIndex.open(index)) {
            EventGroup day = idx.eventGroup(cam.toString()).orElseThrow();
            assertThat(day.reports()).isEqualTo(2);
            assertThat(day.programme()).extracting(ProgrammeSession::title, ProgrammeSession::reports)
                    .startsWith(org.assertj.core.groups.Tuple.tuple("Containers without servers", 2));
            EventGroupHit hit = idx.eventGroups(SearchRequest.builder().query("containers").build()).events()
                    .get(0);
            assertThat(hit.event().id()).isEqualTo(day.id());
            assertThat(hit.matchingReports()).isEqualTo(2);
        }

        // its author corrects the date: it leaves the event
        write(cam, report("Container Day", "30/11/2025", "Containers without servers"));
        index(index, archive);
        try (ReportIndex idx = ReportIndex.open(index)) {
            assertThat(idx.eventGroup(en.toString()).orElseThrow().reports()).isEqualTo(1);
            assertThat(idx.eventGroup(cam.toString()).orElseThrow().id()).isEqualTo("2025-11-30-container-day");
        }

        // a deleted twin leaves its report in one language
        Files.delete(vi);
        index(index, archive);
        try (ReportIndex idx = ReportIndex.open(index)) {
            EventGroup day = idx.eventGroup(en.toString()).orElseThrow();
            assertThat(day.languages()).containsExactly("en");
            assertThat(idx.eventGroup(vi.toString())).isEmpty();
        }
    }

    @Test
    void aSessionItsTwinsTellIsFoundOnceAndNamesItsOtherLanguages() throws IOException {
        Path archive = tmp.resolve("archive");
        Path index = tmp.resolve("index");
        Path en = archive.resolve("content/en/4-events/event_1/_index.en.md");
        Path vi = archive.resolve("content/vi/4-events/event_1/_index.vi.md");
        write(en, report("Container Day", "29/11/2025", "Containers without servers"));
        write(vi, report("Container Day", "29/11/2025", "Container không cần máy chủ"));
        index(index, archive);
        try (ReportIndex idx = ReportIndex.open(index)) {
            SearchResult once = idx.search(SearchRequest.builder().service("ecs").build());
            assertThat(once.total()).isEqualTo(1);
            assertThat(once.hits().get(0).event().language()).isEqualTo("en");
            assertThat(once.hits().get(0).otherLanguages()).containsExactly("vi");
            SearchResult vietnamese = idx.search(SearchRequest.builder().service("ecs").preferredLanguage("vi")
                    .build());
            assertThat(vietnamese.hits().get(0).event().language()).isEqualTo("vi");
            assertThat(idx.search(SearchRequest.builder().service("ecs").allLanguages(true).build()).total())
                    .isEqualTo(2);
            assertThat(idx.paths(SearchRequest.builder().service("ecs").build()).paths()).containsExactly(
                    en.toAbsolutePath().normalize().toString());
        }
    }

    @Test
    void twinsIndexedInDifferentRunsAreStillFoundOnce() throws IOException {
        // an incremental run writes a segment of its own: the twins' ordinals differ from segment to segment
        Path archive = tmp.resolve("archive");
        Path index = tmp.resolve("index");
        Path en = archive.resolve("ana/content/4-EventParticipated/4.1-Event1/_index.md");
        Path vi = archive.resolve("ana/content/4-EventParticipated/4.1-Event1/_index.vi.md");
        Path other = archive.resolve("bao/content/4-EventParticipated/4.1-Event1/_index.md");
        write(en, report("Container Day", "29/11/2025", "Containers without servers", "Delivery pipelines"));
        index(index, archive);
        write(other, report("Serverless Day", "06/12/2025", "Functions at scale", "Events at scale"));
        write(vi, report("Container Day", "29/11/2025", "Container không cần máy chủ", "Pipeline triển khai"));
        assertThat(index(index, archive).indexed()).isEqualTo(2);
        try (ReportIndex idx = ReportIndex.open(index)) {
            SearchResult once = idx.search(SearchRequest.builder().service("ecs").build());
            assertThat(once.total()).isEqualTo(4);
            assertThat(once.hits()).filteredOn(h -> h.event().path().startsWith(en.getParent().toString()))
                    .hasSize(2).allSatisfy(h -> assertThat(h.event().language()).isEqualTo("en"));
            SearchResult vietnamese = idx.search(SearchRequest.builder().query("máy chủ").service("ecs").build());
            assertThat(vietnamese.hits()).extracting(h -> h.event().language()).containsExactly("vi");
            assertThat(idx.search(SearchRequest.builder().service("ecs").preferredLanguage("vi").build()).hits())
                    .filteredOn(h -> h.event().path().startsWith(en.getParent().toString()))
                    .hasSize(2).allSatisfy(h -> assertThat(h.event().language()).isEqualTo("vi"));
            assertThat(idx.search(SearchRequest.builder().service("ecs").allLanguages(true).build()).total())
                    .isEqualTo(6);
        }
    }
}
