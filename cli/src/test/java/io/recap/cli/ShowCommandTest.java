package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recap show}: one event with its sessions, speakers and services, for people or as stored JSON. */
class ShowCommandTest {

    @TempDir
    Path tmp;
    final Cli cli = Examples.overSharedIndex();

    @Test
    void anEventWithItsFactsSessionsSpeakersAndServices() {
        assertThat(cli.run("show", Examples.SEED.toString())).isZero();
        assertThat(cli.out).isEqualTo("""
                DevOps on AWS Workshop
                date      2025-11-17, 08:30–17:00
                location  Văn phòng AWS
                language  vi
                page      AWS Cloud Mastery Series #2
                path      %s

                #  PART       SESSION
                1  -          Tư Duy & Văn Hóa DevOps
                2  -          CI/CD trên AWS
                    services: CodeCommit, CodePipeline, CodeBuild, CodeDeploy
                3  -          Hạ Tầng dưới dạng Mã (IaC)
                    services: CloudFormation, CDK
                4  afternoon  Container Services trên AWS
                    services: ECR, ECS, EKS, App Runner
                5  afternoon  Monitoring & Observability
                    services: CloudWatch, X-Ray
                6  afternoon  Thực Tiễn DevOps & Case Studies

                SPEAKER
                Đội ngũ AWS Solutions Architects và ban tổ chức chương trình

                SERVICE         NAME                               MENTIONS
                CodeCommit      AWS CodeCommit                            1
                CodePipeline    AWS CodePipeline                          1
                CodeBuild       AWS CodeBuild                             1
                CodeDeploy      AWS CodeDeploy                            1
                CloudFormation  AWS CloudFormation                        2
                CDK             AWS Cloud Development Kit                 2
                ECR             Amazon Elastic Container Registry         1
                ECS             Amazon Elastic Container Service          1
                EKS             Amazon Elastic Kubernetes Service         1
                App Runner      AWS App Runner                            1
                CloudWatch      Amazon CloudWatch                         1
                X-Ray           AWS X-Ray                                 1
                """.formatted(Examples.SEED));
        assertThat(cli.err).isEmpty();
    }

    @Test
    void onANarrowTerminalLinesWrapAndThePathIsNeverCut() {
        cli.env.put("COLUMNS", "60");
        assertThat(cli.run("show", "--color", "never", Examples.CONTAINER_DAY.toString())).isZero();
        assertThat(cli.out).isEqualTo("""
                Container Day – Hiện đại hóa ứng dụng
                date      2025-11-29, 08:30–16:30
                location  Tầng 5, Tòa nhà Sáng Tạo, Quận 3, TP. Hồ Chí Minh
                language  vi
                page      Sự kiện 5
                path      %s

                #  PART       TIME         SESSION
                1  morning    09:00–10:15  Chạy container không cần quản lý
                                           máy chủ
                    services: ECS, EC2, Fargate, ECR; speakers: Phạm Quốc
                    Bảo
                2  morning    10:30–11:45  Triển khai liên tục cho container
                    services: CodePipeline, CodeBuild, ECS, CodeDeploy;
                    speakers: Vũ Thị Lan
                3  afternoon  13:30–15:00  Kubernetes trên AWS
                    services: EKS, ECS, CloudWatch; speakers: Phạm Quốc Bảo

                SPEAKER
                Phạm Quốc Bảo
                Vũ Thị Lan

                SERVICE       NAME                               MENTIONS
                ECS           Amazon Elastic Container Service          3
                EC2           Amazon Elastic Compute Cloud              1
                Fargate       AWS Fargate                               2
                ECR           Amazon Elastic Container Registry         1
                CodePipeline  AWS CodePipeline                          1
                CodeBuild     AWS CodeBuild                             1
                CodeDeploy    AWS CodeDeploy                            1
                EKS           Amazon Elastic Kubernetes Service         1
                CloudWatch    Amazon CloudWatch                         2
                """.formatted(Examples.CONTAINER_DAY));
        assertThat(cli.out.lines()).filteredOn(line -> !line.startsWith("path"))
                .allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(60));
        assertThat(cli.out).doesNotContain("…");
    }

    @Test
    void onATerminalTheTitleIsBoldAndThePathCyan() {
        cli.terminal = new Terminal(true, true, 200);
        assertThat(cli.run("show", Examples.SEED.toString())).isZero();
        assertThat(cli.out).startsWith("\u001b[1mDevOps on AWS Workshop\u001b[0m\n")
                .contains("path      \u001b[36m" + Examples.SEED + "\u001b[0m\n");
    }

    @Test
    void aRelativePathOrASessionIdNamesTheSameEvent() {
        Path relative = Path.of("").toAbsolutePath().relativize(Examples.SEED);
        assertThat(cli.run("show", relative.toString())).isZero();
        assertThat(cli.out).startsWith("DevOps on AWS Workshop\n");
        assertThat(cli.run("show", Examples.SEED + "#2")).isZero();
        assertThat(cli.out).startsWith("DevOps on AWS Workshop\n");
    }

    @Test
    void jsonIsTheStoredReportAsParseWouldPrintIt() {
        assertThat(cli.run("parse", Examples.SEED.toString(), "--format", "json")).isZero();
        String parsed = cli.out;
        assertThat(cli.run("show", Examples.SEED.toString(), "--format", "json")).isZero();
        assertThat(cli.out).isEqualTo(parsed);
        assertThat(Json.read(cli.out).at("/sessions/1/title").asString()).isEqualTo("CI/CD trên AWS");
    }

    @Test
    void anUnknownIdExitsWithOneAndSaysWhereIdsAre() {
        assertThat(cli.run("show", "no-such-event")).isEqualTo(1);
        assertThat(cli.out).isEmpty();
        assertThat(cli.err).isEqualTo("no event 'no-such-event' in the index; list the events and their ids with "
                + "`recap events`\n");
    }

    @Test
    void aReportFileThatIsNotIndexedIsParsedOnTheFlyAndSaysSo() throws IOException {
        Path draft = Files.writeString(tmp.resolve("draft.md"), "# Event: Draft Day\n\nDate: 2025-12-01\n");
        assertThat(cli.run("show", draft.toString())).isZero();
        assertThat(cli.out).startsWith("Draft Day\ndate      2025-12-01\n");
        assertThat(cli.err).isEqualTo("recap: " + draft + " is not in the index; parsed it now (`recap index " + draft
                + "` adds it)\n");
    }

    @Test
    void aReportFileIsShownEvenWithoutAnIndex() throws IOException {
        Path draft = Files.writeString(tmp.resolve("draft.md"), "# Event: Draft Day\n");
        Cli fresh = new Cli();
        assertThat(fresh.run("show", "--index", tmp.resolve("none").toString(), draft.toString(), "--quiet"))
                .isZero();
        assertThat(fresh.out).startsWith("Draft Day\n");
        assertThat(fresh.err).isEmpty();
    }
}
