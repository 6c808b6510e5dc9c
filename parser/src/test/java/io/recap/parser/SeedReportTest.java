package io.recap.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.model.Part;
import io.recap.model.Report;
import io.recap.model.Service;
import io.recap.model.ServiceCount;
import io.recap.model.Session;
import io.recap.model.Severity;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The golden test of the report this project started from: every value the walking skeleton promises. */
class SeedReportTest {

    private static Report report;

    @BeforeAll
    static void parse() {
        report = ReportParser.builder().build().parse("000_9cbe9f305ecff01f.txt", Fixtures.bytes(Fixtures.SEED));
    }

    @Test
    void readsTheEventsIdentity() {
        assertThat(report.language()).isEqualTo("vi");
        assertThat(report.pageTitle()).isEqualTo("AWS Cloud Mastery Series #2");
        assertThat(report.title()).isEqualTo("DevOps on AWS Workshop");
        assertThat(report.indexPage()).isFalse();
    }

    @Test
    void readsTheLogistics() {
        assertThat(report.date()).isEqualTo(LocalDate.of(2025, 11, 17));
        assertThat(report.startTime()).isEqualTo(LocalTime.of(8, 30));
        assertThat(report.endTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(report.location()).isEqualTo("Văn phòng AWS");
        assertThat(report.audience()).isEqualTo("Kỹ sư cloud, kỹ sư DevOps, và sinh viên học chuyên ngành");
    }

    @Test
    void readsObjectivesAndSpeakers() {
        assertThat(report.objectives()).containsExactly(
                "Xây dựng tư duy DevOps trong môi trường cloud-native.",
                "Trải nghiệm thực hành CI/CD, container services và IaC trên AWS.",
                "Giúp người tham dự áp dụng tự động hóa, quan sát hệ thống và chiến lược triển khai hiện đại.");
        assertThat(report.speakers()).hasSize(1);
        assertThat(report.speakers().get(0).name()).startsWith("Đội ngũ AWS Solutions Architects");
    }

    @Test
    void findsSixNumberedSessionsWithTheirParts() {
        assertThat(report.sessions()).extracting(Session::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(report.sessions()).extracting(Session::title).containsExactly(
                "Tư Duy & Văn Hóa DevOps",
                "CI/CD trên AWS",
                "Hạ Tầng dưới dạng Mã (IaC)",
                "Container Services trên AWS",
                "Monitoring & Observability",
                "Thực Tiễn DevOps & Case Studies");
        assertThat(report.sessions().subList(0, 3)).extracting(Session::part).containsOnlyNulls();
        assertThat(report.sessions().subList(3, 6)).extracting(Session::part).containsOnly(Part.AFTERNOON);
    }

    @Test
    void sessionsKeepTheirPointsAndDemos() {
        Session cicd = report.sessions().get(1);
        assertThat(cicd.points()).hasSize(5)
                .contains("Tự động hoá pipeline bằng AWS CodePipeline.");
        assertThat(cicd.demos()).containsExactly("Xây dựng pipeline CI/CD hoàn chỉnh.");
        assertThat(report.sessions().get(0).demos()).isEmpty();
        assertThat(report.sessions().get(3).demos()).containsExactly("So sánh phương pháp triển khai microservices.");
        assertThat(report.sessions().get(5).points()).hasSize(4);
    }

    @Test
    void detectsServicesPerSession() {
        assertThat(ids(report.sessions().get(0))).isEmpty();
        assertThat(ids(report.sessions().get(1)))
                .containsExactly("codecommit", "codepipeline", "codebuild", "codedeploy");
        assertThat(ids(report.sessions().get(2))).containsExactly("cloudformation", "cdk");
        assertThat(ids(report.sessions().get(3))).containsExactly("ecr", "ecs", "eks", "apprunner");
        assertThat(ids(report.sessions().get(4))).containsExactly("cloudwatch", "xray");
        assertThat(ids(report.sessions().get(5))).isEmpty();
    }

    @Test
    void servicesAreCanonicalCatalogEntries() {
        Service deploy = report.sessions().get(1).services().get(3);
        assertThat(deploy.id()).isEqualTo("codedeploy");
        assertThat(deploy.name()).isEqualTo("AWS CodeDeploy");
        assertThat(deploy.abbreviation()).isEqualTo("CodeDeploy");
    }

    @Test
    void theReportListsTheUnionOfSessionServices() {
        assertThat(report.services()).extracting(c -> c.service().id()).containsExactly(
                "codecommit", "codepipeline", "codebuild", "codedeploy", "cloudformation", "cdk",
                "ecr", "ecs", "eks", "apprunner", "cloudwatch", "xray");
        assertThat(report.services()).filteredOn(c -> c.service().id().equals("cdk"))
                .extracting(ServiceCount::mentions).containsExactly(2);
    }

    @Test
    void readsHighlightsAndNextSteps() {
        assertThat(report.highlights()).hasSize(3);
        assertThat(report.highlights().get(0)).startsWith("Tính thực tế");
        assertThat(report.highlights().get(2)).startsWith("Mô hình hiện đại");
        assertThat(report.nextSteps()).containsExactly(
                "Các buổi tiếp theo sẽ tập trung vào orchestration nâng cao, DevSecOps và tối ưu vận hành cloud.");
    }

    @Test
    void hasNoErrors() {
        assertThat(report.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
    }

    @Test
    void sessionLinesPointIntoTheFile() {
        Session cicd = report.sessions().get(1);
        String[] lines = new String(Fixtures.bytes(Fixtures.SEED), java.nio.charset.StandardCharsets.UTF_8)
                .split("\n", -1);
        assertThat(lines[cicd.lines().start() - 1]).isEqualTo("### 2. CI/CD trên AWS");
        assertThat(lines[cicd.lines().end() - 1]).isBlank();
    }

    private static List<String> ids(Session s) {
        return s.services().stream().map(Service::id).toList();
    }
}
