package io.recap.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recap.model.Report;
import io.recap.model.Service;
import io.recap.model.ServiceCount;
import io.recap.parser.internal.CatalogReader;
import io.recap.parser.internal.CatalogRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in catalog's content, lookups, and catalogs users add. */
class ServiceCatalogTest {

    private static final ServiceCatalog CATALOG = ServiceCatalog.builtIn();
    private static final Set<String> CATEGORIES = Set.of("compute", "containers", "storage", "database",
            "networking", "security", "management", "devtools", "ai-ml", "analytics", "integration", "iot", "media",
            "migration", "cost", "business-apps", "end-user", "frontend", "games", "blockchain", "quantum",
            "robotics", "satellite", "support");

    @Nested
    class BuiltIn {

        @Test
        void coversTheAwsServicesWithOneCategoryEach() {
            assertThat(CATALOG.size()).isGreaterThanOrEqualTo(290);
            Set<String> ids = new HashSet<>();
            for (Service s : CATALOG.services()) {
                assertThat(ids.add(s.id())).as("unique id %s", s.id()).isTrue();
                assertThat(s.category()).as("category of %s", s.id()).isIn(CATEGORIES);
                assertThat(CATALOG.aliases(s.id())).as(s.id()).contains(s.name());
            }
            assertThat(CATALOG.categories()).isSubsetOf(CATEGORIES).contains("ai-ml", "containers", "devtools");
        }

        @Test
        void everyServiceOfTheGeneratedBaseIsAnEntryOrASpellingOfOne() throws IOException {
            List<CatalogRow> base = resourceRows("/io/recap/parser/catalog-base.tsv");
            assertThat(base).hasSizeGreaterThan(350);
            List<String> unknown = new java.util.ArrayList<>();
            for (CatalogRow row : base) {
                if (CATALOG.resolve(row.name()).isEmpty()) {
                    unknown.add(row.id() + " (" + row.name() + ")");
                }
            }
            assertThat(unknown).as("SDK services the catalog does not know").isEmpty();
        }

        @Test
        void knowsServicesNewerThanTheSdkAndToolsThatAreNotApis() {
            for (String name : List.of("Amazon Bedrock AgentCore", "Amazon Q Developer", "Kiro", "Strands Agents",
                    "AWS Transform", "Amazon Nova Act", "Amazon Quick Suite", "AWS CDK", "AWS SAM", "AWS Amplify",
                    "AWS Copilot", "AWS CLI", "AWS Well-Architected Tool", "AWS Security Agent", "AWS Fargate",
                    "Amazon VPC", "AWS Transit Gateway", "Amazon Aurora")) {
                assertThat(CATALOG.resolve(name)).as(name).isPresent();
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"Titan", "Amazon Nova", "Claude", "Well-Architected Framework", "pipeline",
            "Nitro", "First Cloud Journey"})
        void namesNoModelFamilyFrameworkOrGenericWord(String name) {
            assertThat(CATALOG.resolve(name)).isEmpty();
        }
    }

    @Nested
    class Lookup {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "code deploy|codedeploy", "codedeploy|codedeploy", "AWS CodeDeploy|codedeploy",
            "Amazon CodeDeploy|codedeploy", "Amazon Elastic Container Registry|ecr", "ecr|ecr", "ECR|ecr",
            "Amazon EC2 Container Registry|ecr", "x-ray|xray", "Route53|route53", "lambda functions|lambda",
            "CloudWatch Logs|cloudwatch", "SCP|organizations", "ALB|elasticloadbalancing",
            "Parameter Store|systemsmanager", "Bedrock Guardrails|bedrock", "AgentCore|agentcore",
            "Q Developer|q", "Amazon Quick|quicksuite", "QuickSight|quicksight", "EventBridge Scheduler|eventbridge",
            "Amazon Machine Learning|machinelearning", "  Sage Maker |sagemaker", "Lámbda|lambda",
        })
        void resolvesWhatPeopleType(String typed, String id) {
            assertThat(CATALOG.resolve(typed)).map(Service::id).hasValue(id);
        }

        @Test
        void suggestsCloseNamesForUnknownOnes() {
            assertThat(CATALOG.suggest("CodeDeplo", 3)).extracting(Service::id).first().isEqualTo("codedeploy");
            assertThat(CATALOG.suggest("Cloudwach", 3)).extracting(Service::id).contains("cloudwatch");
            assertThat(CATALOG.suggest("Sagemker", 3)).extracting(Service::id).contains("sagemaker");
            assertThat(CATALOG.suggest("xyzzy plugh", 3)).isEmpty();
            assertThat(CATALOG.resolve("CodeDeplo")).isEmpty();
        }
    }

    @Nested
    class Empty {

        @Test
        void hasNothingAndAParserBuiltWithItDetectsNothing() {
            ServiceCatalog empty = ServiceCatalog.empty();
            assertThat(empty.size()).isZero();
            assertThat(empty.resolve("Lambda")).isEmpty();
            Report r = ReportParser.builder().catalog(empty).build()
                    .parse("a.md", "# Lambda và S3\nDùng AWS Lambda.");
            assertThat(r.services()).isEmpty();
        }
    }

    @Nested
    class UserCatalogs {

        @TempDir
        Path dir;

        @Test
        void aYamlCatalogAddsProductsAndOverridesEntriesThroughTheParser() throws IOException {
            Path yaml = dir.resolve("extra.yaml");
            Files.writeString(yaml, """
                    services:
                      - id: acme-vault
                        name: Acme Vault
                        abbreviation: Vault
                        category: security
                        ambiguous: true
                        aliases: [AcmeVault]
                      - id: lambda
                        name: Acme Functions
                        abbreviation: Functions
                        category: compute
                        aliases: [Acme Lambda]
                    """);
            ServiceCatalog catalog = ServiceCatalog.builtIn().with(ServiceCatalog.load(yaml));
            assertThat(catalog.size()).isEqualTo(CATALOG.size() + 1);
            assertThat(catalog.byId("lambda")).map(Service::name).hasValue("Acme Functions");
            assertThat(catalog.resolve("acmevault")).map(Service::id).hasValue("acme-vault");

            ReportParser parser = ReportParser.builder().catalog(catalog).build();
            Report r = parser.parse("r.md", """
                    # Bảo mật
                    Secrets nằm trong Acme Vault, đồng bộ qua AcmeVault agent và vault CLI.
                    Dùng Acme Lambda; AWS Lambda không còn trong catalog này.
                    """);
            assertThat(r.services()).extracting(c -> c.service().id()).containsExactly("acme-vault", "lambda");
            assertThat(r.services()).extracting(ServiceCount::mentions).containsExactly(2, 1);
            assertThat(parser.parse("v.md", "Vault mở lúc 9 giờ.").services()).isEmpty();
            assertThat(parser.parse("v.md", "Lưu secrets ở Vault, KMS và S3.").services())
                    .extracting(c -> c.service().id()).containsExactly("acme-vault", "kms", "s3");
        }

        @Test
        void aTsvCatalogUsesTheBuiltInFormat() throws IOException {
            Path tsv = dir.resolve("extra.tsv");
            Files.writeString(tsv, "# id\tname\tabbreviation\tcategory\tflags\taliases\n"
                    + "gcs\tGoogle Cloud Storage\tGCS\tstorage\t\tCloud Storage|?Buckets\n");
            ServiceCatalog catalog = ServiceCatalog.builtIn().with(ServiceCatalog.load(tsv));
            Report r = ReportParser.builder().catalog(catalog).build()
                    .parse("r.md", "So sánh S3 với GCS và Google Cloud Storage; Buckets.");
            assertThat(r.services()).extracting(c -> c.service().id()).containsExactly("s3", "gcs");
        }

        @Test
        void inTextALaterCatalogWinsASpellingBothClaimWhileLookupsByIdStayExact() throws IOException {
            Path yaml = dir.resolve("mine.yaml");
            Files.writeString(yaml, "services:\n  - {id: my-lambda, name: My Lambda, aliases: [Lambda]}\n");
            ServiceCatalog catalog = ServiceCatalog.builtIn().with(ServiceCatalog.load(yaml));
            Report r = ReportParser.builder().catalog(catalog).build().parse("r.md", "Chạy trên Lambda.");
            assertThat(r.services()).extracting(c -> c.service().id()).containsExactly("my-lambda");
            assertThat(catalog.resolve("My Lambda")).map(Service::id).hasValue("my-lambda");
            assertThat(catalog.resolve("lambda")).map(Service::id).hasValue("lambda");
        }

        @Test
        void badFilesAreRefusedWithTheFileNamed() throws IOException {
            Path notYaml = dir.resolve("bad.yaml");
            Files.writeString(notYaml, "services: [ {id: x, name: y\n");
            assertThatThrownBy(() -> ServiceCatalog.load(notYaml)).isInstanceOf(IOException.class)
                    .hasMessageContaining("bad.yaml");
            Path noName = dir.resolve("noname.yaml");
            Files.writeString(noName, "services:\n  - id: x\n");
            assertThatThrownBy(() -> ServiceCatalog.load(noName)).hasMessageContaining("noname.yaml")
                    .hasMessageContaining("'name'");
            Path badId = dir.resolve("badid.yaml");
            Files.writeString(badId, "services:\n  - {id: My Product, name: My Product}\n");
            assertThatThrownBy(() -> ServiceCatalog.load(badId)).hasMessageContaining("badid.yaml")
                    .hasMessageContaining("My Product");
            Path badFlag = dir.resolve("flag.tsv");
            Files.writeString(badFlag, "x\tX\t\t\tshiny\t\n");
            assertThatThrownBy(() -> ServiceCatalog.load(badFlag)).hasMessageContaining("flag.tsv:1")
                    .hasMessageContaining("shiny");
            Path badFold = dir.resolve("fold.tsv");
            Files.writeString(badFold, "x\tX\t\t\tfold=nowhere\t\n");
            assertThatThrownBy(() -> ServiceCatalog.load(badFold)).hasMessageContaining("fold.tsv:1")
                    .hasMessageContaining("nowhere");
        }
    }

    static List<CatalogRow> resourceRows(String name) throws IOException {
        try (InputStream in = ServiceCatalog.class.getResourceAsStream(name)) {
            return CatalogReader.readTsv(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        }
    }

    @Nested
    class NearMisses {

        @Test
        void aTypoOfAServiceNameIsANearMiss() {
            assertThat(CATALOG.nearMisses("AWS CodeDeplo", 3)).extracting(Service::id).contains("codedeploy");
            assertThat(CATALOG.nearMisses("CloudFormaton", 3)).extracting(Service::id).contains("cloudformation");
        }

        @Test
        void aKnownNameIsNoMiss() {
            assertThat(CATALOG.nearMisses("AWS CodeDeploy", 3)).isEmpty();
        }

        @Test
        void wordsThatAreOnlyPartOfANameOrDifferOnlyInDigitsAreNoMisses() {
            assertThat(CATALOG.nearMisses("AWS Cloud", 3)).extracting(Service::id).doesNotContain("cloud9");
            assertThat(CATALOG.nearMisses("AWS Developer", 3)).extracting(Service::id).doesNotContain("q");
        }
    }
}
