package io.recap.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.index.EventGroup;
import io.recap.index.GroupedReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports are one event when they are twins, share name and date, or date and programme; never across dates. */
class EventGrouperTest {

    private final EventGrouper grouper = new EventGrouper(EventNames.builtIn());

    private static GroupFacts report(String id, String lang, String title, String date, List<String> speakers,
                                     List<String> services) {
        return new GroupFacts(id, id, IndexSnapshot.twinKey(id, id), lang, title, "Event 1",
                date == null ? null : LocalDate.parse(date), false, null, false, speakers, services,
                List.of(new GroupFacts.SessionFacts("Keynote by " + String.join(" and ", speakers), speakers, services)));
    }

    @Test
    void twinsAndReportsWithTheSameNameAndDateAreOneEventAndSaySo() {
        EventGrouper.Grouping g = grouper.group(List.of(
                report("a/4.1/_index.md", "en", "Summary Report: “AWS Cloud Mastery Series #2”", "2025-11-17",
                        List.of("Vũ Thị Lan"), List.of("codedeploy")),
                report("a/4.1/_index.vi.md", "vi", "Báo cáo tổng hợp: AWS Cloud Mastery Series #2", "2025-11-17",
                        List.of("Vũ Thị Lan"), List.of("codedeploy")),
                report("b/4.3/_index.md", "en", "AWS Cloud Mastery Series #2", "2025-11-17", List.of(), List.of()),
                report("c/4.2/_index.md", "en", "AWS Cloud Mastery Series #3", "2025-11-29", List.of(), List.of())));
        EventGroup e = g.find("a/4.1/_index.vi.md");
        assertThat(e.pages()).extracting(p -> p.report().id())
                .containsExactlyInAnyOrder("a/4.1/_index.md", "a/4.1/_index.vi.md", "b/4.3/_index.md");
        assertThat(e.reports()).isEqualTo(2);
        assertThat(e.languages()).containsExactly("en", "vi");
        assertThat(e.title()).isEqualTo("AWS Cloud Mastery Series #2");
        assertThat(e.id()).isEqualTo("2025-11-17-aws-cloud-mastery-series-2");
        assertThat(e.pages()).extracting(GroupedReport::reason).containsExactly(GroupedReport.Reason.FIRST,
                GroupedReport.Reason.TWIN, GroupedReport.Reason.NAME_AND_DATE);
        assertThat(g.find("c/4.2/_index.md").pages()).hasSize(1);
    }

    @Test
    void seriesNumbersAndDatesKeepEventsApart() {
        EventGrouper.Grouping g = grouper.group(List.of(
                report("a/1.md", "en", "Cloud Mastery Series #2", "2025-11-17", List.of("An"), List.of()),
                report("b/1.md", "en", "Cloud Mastery Series #3", "2025-11-17", List.of("An"), List.of()),
                report("c/1.md", "en", "Cloud Mastery Series #2", "2025-11-18", List.of("An"), List.of())));
        assertThat(g.events()).hasSize(3);
    }

    @Test
    void namesInTwoLanguagesOfOneDayAreOneEventWhenTheProgrammeAgrees() {
        EventGrouper.Grouping g = grouper.group(List.of(
                report("a/1.md", "en", "Container Day", "2025-11-29", List.of("Phạm Quốc Bảo", "Vũ Thị Lan"),
                        List.of("ecs")),
                report("b/1.vi.md", "vi", "Ngày hội Container", "2025-11-29", List.of("Pham Quoc Bao", "Vu Thi Lan"),
                        List.of("ecs")),
                report("c/1.md", "en", "Data Day", "2025-11-29", List.of("Someone Else"), List.of("s3"))));
        assertThat(g.find("a/1.md").pages()).extracting(p -> p.report().id())
                .containsExactlyInAnyOrder("a/1.md", "b/1.vi.md");
        assertThat(g.find("b/1.vi.md").pages().get(1).reason()).isEqualTo(GroupedReport.Reason.PROGRAMME_AND_DATE);
        assertThat(g.find("c/1.md").pages()).hasSize(1);
    }

    @Test
    void aReportWithoutADateJoinsTheOneEventItsNameAndProgrammeFit() {
        EventGrouper.Grouping g = grouper.group(List.of(
                report("a/1.md", "en", "Data Science on AWS", "2025-10-16", List.of("Ana"), List.of("sagemaker")),
                report("b/1.md", "en", "Workshop: Data Science on AWS", null, List.of("Ana"), List.of()),
                report("c/1.md", "en", "Data Science on AWS", null, List.of("Nobody"), List.of())));
        assertThat(g.find("b/1.md").id()).isEqualTo(g.find("a/1.md").id());
        assertThat(g.find("b/1.md").pages().get(1).reason()).isEqualTo(GroupedReport.Reason.NAME_AND_PROGRAMME);
        assertThat(g.find("c/1.md").pages()).hasSize(1); // its programme has nothing in common: in doubt, alone
    }

    @Test
    void twinsInTheLanguageTreesOfAHugoSiteAreOneReport() {
        EventGrouper.Grouping g = grouper.group(List.of(
                report("/s/content/en/e1/_index.en.md", "en", "Cloud Day", "2025-09-18", List.of(), List.of()),
                report("/s/content/vi/e1/_index.vi.md", "vi", "Ngày hội", null, List.of(), List.of())));
        assertThat(g.events()).hasSize(1);
        assertThat(g.events().get(0).reports()).isEqualTo(1);
    }
}
