package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code recap services}: counts over the example index, and the catalog. */
class ServicesCommandTest {

    @TempDir
    Path tmp;
    final Cli cli = Examples.overSharedIndex();

    @Test
    void countsSessionsAndEventsPerServiceMostFirst() {
        assertThat(cli.run("services", "--top", "3")).isZero();
        assertThat(cli.out).isEqualTo("""
                SERVICE  NAME                               SESSIONS  EVENTS
                ECS      Amazon Elastic Container Service          4       2
                EKS      Amazon Elastic Kubernetes Service         3       3
                CDK      AWS Cloud Development Kit                 2       2
                """);
    }

    @Test
    void withAFilterSessionsAreThoseSearchFindsAndEventsThoseEventsListsWithTheServiceAdded() {
        // the two events that mention CodeDeploy also mention CloudWatch, ECR…, outside their CodeDeploy sessions
        assertThat(cli.run("services", "--service", "CodeDeploy", "-f", "tsv")).isZero();
        assertThat(cli.out).isEqualTo("""
                service\tname\tsessions\tevents\tid
                CodeBuild\tAWS CodeBuild\t2\t2\tcodebuild
                CodeDeploy\tAWS CodeDeploy\t2\t2\tcodedeploy
                CodePipeline\tAWS CodePipeline\t2\t2\tcodepipeline
                ECS\tAmazon Elastic Container Service\t1\t2\tecs
                CodeCommit\tAWS CodeCommit\t1\t1\tcodecommit
                CloudWatch\tAmazon CloudWatch\t0\t2\tcloudwatch
                ECR\tAmazon Elastic Container Registry\t0\t2\tecr
                EKS\tAmazon Elastic Kubernetes Service\t0\t2\teks
                App Runner\tAWS App Runner\t0\t1\tapprunner
                CDK\tAWS Cloud Development Kit\t0\t1\tcdk
                CloudFormation\tAWS CloudFormation\t0\t1\tcloudformation
                EC2\tAmazon Elastic Compute Cloud\t0\t1\tec2
                Fargate\tAWS Fargate\t0\t1\tfargate
                X-Ray\tAWS X-Ray\t0\t1\txray
                """);
        for (String line : cli.out.lines().skip(1).toList()) {
            String[] f = line.split("\t");
            Cli other = Examples.overSharedIndex();
            assertThat(other.run("search", "--service", "CodeDeploy", "--service", f[4], "-n", "0", "-f", "json"))
                    .isIn(0, 1);
            assertThat(Json.read(other.out).get("total").asLong()).as("sessions of " + f[4])
                    .isEqualTo(Long.parseLong(f[2]));
            assertThat(other.run("events", "--service", "CodeDeploy", "--service", f[4], "-n", "0", "-f", "json"))
                    .isIn(0, 1);
            assertThat(Json.read(other.out).get("total").asLong()).as("events of " + f[4])
                    .isEqualTo(Long.parseLong(f[3]));
        }
    }

    @Test
    void aQueryCountsInTheMatchingSessionsAndTheirEvents() {
        assertThat(cli.run("services", "container", "--top", "5")).isZero();
        assertThat(cli.out).isEqualTo("""
                SERVICE     NAME                               SESSIONS  EVENTS
                ECS         Amazon Elastic Container Service          4       2
                ECR         Amazon Elastic Container Registry         2       2
                EKS         Amazon Elastic Kubernetes Service         2       2
                CloudWatch  Amazon CloudWatch                         1       2
                CodeBuild   AWS CodeBuild                             1       2
                """);
    }

    @Test
    void filtersNarrowTheCountsLikeSearch() {
        assertThat(cli.run("services", "--year", "2026", "-f", "csv")).isZero();
        assertThat(cli.out).isEqualTo("service,name,sessions,events,id\r\n"
                + "CloudTrail,AWS CloudTrail,1,1,cloudtrail\r\n"
                + "GuardDuty,Amazon GuardDuty,1,1,guardduty\r\n"
                + "IAM,AWS Identity and Access Management,1,1,iam\r\n"
                + "KMS,AWS Key Management Service,1,1,kms\r\n"
                + "Secrets Manager,AWS Secrets Manager,1,1,secretsmanager\r\n"
                + "Security Hub,AWS Security Hub,1,1,securityhub\r\n"
                + "Shield,AWS Shield,1,1,shield\r\n"
                + "WAF,AWS WAF,1,1,waf\r\n");
        assertThat(cli.run("services", "--year", "2024")).isEqualTo(1);
        assertThat(cli.err).isEqualTo("no services found\n");
    }

    @Test
    void theCatalogListTakesNoQueryOrFilters() {
        assertThat(cli.run("services", "--catalog-list", "--year", "2025")).isEqualTo(2);
        assertThat(cli.err).isEqualTo("recap: error: --catalog-list lists the catalog; it takes no QUERY and no "
                + "filters but --category\n");
    }

    @Test
    void jsonRowsCarryIdsAndCounts() {
        assertThat(cli.run("services", "--top", "1", "--format", "json")).isZero();
        JsonNode first = Json.read(cli.out).get(0);
        assertThat(first.get("id").asString()).isEqualTo("ecs");
        assertThat(first.get("sessions").asInt()).isEqualTo(4);
        assertThat(first.get("events").asInt()).isEqualTo(2);
    }

    @Test
    void catalogListByCategory() throws IOException {
        Path extra = tmp.resolve("robots.yaml");
        Files.writeString(extra, """
                services:
                  - id: arm
                    name: Example Robot Arm
                    abbreviation: Arm
                    category: robots
                  - id: rover
                    name: Example Rover Service
                    category: robots
                """);
        assertThat(cli.run("services", "--catalog-list", "--category", "robots", "--catalog", extra.toString()))
                .isZero();
        assertThat(cli.out).isEqualTo("""
                ID     SERVICE                NAME                   CATEGORY
                arm    Arm                    Example Robot Arm      robots
                rover  Example Rover Service  Example Rover Service  robots
                """);
        assertThat(cli.run("services", "--catalog-list", "--category", "containers", "-f", "csv")).isZero();
        assertThat(cli.out).startsWith("id,service,name,category\r\n").contains(
                "\r\necr,ECR,Amazon Elastic Container Registry,containers\r\n");
    }

    @Test
    void anUnknownCategoryListsTheKnownOnes() {
        assertThat(cli.run("services", "--catalog-list", "--category", "nope")).isEqualTo(2);
        assertThat(cli.err).startsWith("recap: error: no category 'nope'; the categories are ")
                .contains("containers").contains("devtools");
    }

    @Test
    void aCatalogFileAddsEntries() throws IOException {
        Path extra = Files.writeString(tmp.resolve("extra.yaml"), """
                services:
                  - id: gke
                    name: Google Kubernetes Engine
                    abbreviation: GKE
                    category: other-clouds
                    aliases: [GKE, Google Kubernetes Engine]
                """);
        assertThat(cli.run("services", "--catalog-list", "--category", "other-clouds", "--catalog",
                extra.toString(), "-f", "ndjson")).isZero();
        assertThat(cli.out.lines()).hasSize(1);
        JsonNode gke = Json.read(cli.out);
        assertThat(gke.propertyNames()).containsExactly("id", "name", "abbreviation", "category", "aliases");
        assertThat(gke.get("name").asString()).isEqualTo("Google Kubernetes Engine");
        assertThat(gke.get("abbreviation").asString()).isEqualTo("GKE");
        assertThat(gke.get("aliases").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("GKE", "Google Kubernetes Engine");
    }

    @Test
    void aBrokenCatalogFileSaysWhereAndWhatToDo() throws IOException {
        Path broken = Files.writeString(tmp.resolve("broken.yaml"), "nothing: here\n");
        assertThat(cli.run("services", "--catalog-list", "--catalog", broken.toString())).isEqualTo(2);
        assertThat(cli.err).isEqualTo("recap: error: cannot use the catalog: " + broken
                + ": expected a 'services:' list of entries; fix the file (see `recap services --help` for its "
                + "format)\n");
    }

    @Test
    void pathsIsRefused() {
        assertThat(cli.run("services", "--format", "paths")).isEqualTo(2);
        assertThat(cli.err).contains("services have no report path");
    }
}
