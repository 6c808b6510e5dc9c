package io.recap.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.parser.internal.Mention;
import io.recap.parser.internal.ServiceMatcher;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of service detection with the built-in catalog, one sentence at a time (English and Vietnamese,
 * written for these tests). A sentence is its own report for the "named elsewhere in the report" signal unless
 * a test passes several lines.
 */
class ServiceMentionsTest {

    private static final ServiceMatcher MATCHER = ServiceCatalog.builtIn().matcher();

    /** The ids found in one text, in order. */
    static List<String> ids(String text) {
        List<String> out = new ArrayList<>();
        for (Mention m : MATCHER.find(text)) {
            out.add(m.entry().id());
        }
        return out;
    }

    /** The ids found in each line of one report. */
    static List<List<String>> ids(List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        for (List<Mention> ms : MATCHER.findAll(lines)) {
            List<String> line = new ArrayList<>();
            ms.forEach(m -> line.add(m.entry().id()));
            out.add(line);
        }
        return out;
    }

    @Nested
    class Spellings {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Chúng tôi triển khai bằng AWS CodeDeploy.|codedeploy",
            "We deploy with CodeDeploy every night.|codedeploy",
            "Code Deploy chạy sau Code Build.|codedeploy,codebuild",
            "Images go to Amazon ECR.|ecr",
            "Lưu image trên Elastic Container Registry.|ecr",
            "Chạy container trên EKS và ECS.|eks,ecs",
            "Deploy the web app to App Runner.|apprunner",
            "AppRunner is the simplest option.|apprunner",
            "Trace requests with X-Ray.|xray",
            "Trace requests with X Ray or XRay.|xray,xray",
            "Đẩy log vào CloudWatch Logs.|cloudwatch",
            "Tạo S3 bucket cho dữ liệu.|s3",
            "Viết Lambda functions bằng Python.|lambda",
            "Amazon Q Developer sinh code.|q",
            "Bedrock AgentCore chạy agent.|agentcore",
            "DNS lives in Route 53 and Route53.|route53,route53",
            "Chúng tôi dùng Dynamo DB cho session.|dynamodb",
            "Điều phối bằng Step Function.|stepfunctions",
            "Bedrock Agents gọi Lambda.|bedrock,lambda",
            "Kiro.dev là một AI IDE.|kiro",
            "Quản lý bí mật với Secret Manager.|secretsmanager",
        })
        void areFoundInEveryFormPeopleWrite(String sentence, String expected) {
            assertThat(ids(sentence)).containsExactly(expected.split(","));
        }

        @Test
        void featuresCountAsTheirService() {
            assertThat(ids("SCPs giới hạn quyền, Parameter Store giữ cấu hình, ALB nhận traffic."))
                    .containsExactly("organizations", "systemsmanager", "elasticloadbalancing");
            assertThat(ids("Bedrock Guardrails and Knowledge Bases for Amazon Bedrock"))
                    .containsExactly("bedrock", "bedrock");
            assertThat(ids("EventBridge Scheduler triggers a job")).containsExactly("eventbridge");
        }

        @Test
        void theLongestSpellingWins() {
            assertThat(ids("Amazon EC2 Container Registry")).containsExactly("ecr");
            assertThat(ids("Amazon Bedrock AgentCore Runtime")).containsExactly("agentcore");
            assertThat(ids("IAM Identity Center thay cho IAM users")).containsExactly("iamidentitycenter", "iam");
            assertThat(ids("Route 53 Resolver DNS Firewall")).containsExactly("route53");
            assertThat(ids("Shield Advanced")).containsExactly("shield");
        }

        @Test
        void theMentionSpansThePrefixAndTheWholeName() {
            String text = "Dùng **AWS CodeDeploy** và Code Deploy.";
            List<Mention> found = MATCHER.find(text);
            assertThat(found).hasSize(2);
            assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("AWS CodeDeploy");
            assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo("Code Deploy");
        }
    }

    @Nested
    class WholeWordsAndCase {

        @ParameterizedTest
        @ValueSource(strings = {
            "CodeDeployment is not a service.",
            "The S3cret sauce.",
            "ECSx and EKSy are typos.",
            "Không dùng ecs, eks hay iam viết thường.",
            "Understanding the business is the bedrock of system design.",
            "A python lambda sorts the list.",
            "sagemaker in lower case is not written by anyone.",
        })
        void onlyWholeWordsInTheRightCaseCount(String sentence) {
            assertThat(ids(sentence)).isEmpty();
        }

        @Test
        void capitalsAndDigitsFollowTheirOwnRules() {
            assertThat(ids("ECS, IAM and EKS")).containsExactly("ecs", "iam", "eks");
            assertThat(ids("copy it to s3 and start an ec2 instance")).containsExactly("s3", "ec2");
            assertThat(ids("Sagemaker and Cloudwatch misspelt")).containsExactly("sagemaker", "cloudwatch");
            assertThat(ids("AMAZON BEDROCK VÀ AWS LAMBDA")).containsExactly("bedrock", "lambda");
            assertThat(ids("a lambda function per route")).containsExactly("lambda");
        }

        @Test
        void theCommandLinePrefixAcceptsAnyCase() {
            assertThat(ids("Run `aws lambda invoke` then `aws iam get-role`.")).containsExactly("lambda", "iam");
        }

        @Test
        void someNamesCountOnlyInTheirOwnCase() {
            assertThat(ids("Amazon WorkSpaces and WorkSpaces Personal")).containsExactly("workspaces", "workspaces");
            assertThat(ids("Kiro Workspaces: managing multiple environments")).containsExactly("kiro");
        }
    }

    @Nested
    class NotInUrlsPathsOrCode {

        @ParameterizedTest
        @ValueSource(strings = {
            "https://aws.amazon.com/lambda/ và https://docs.aws.amazon.com/codedeploy/",
            "aws s3 cp s3://my-bucket/key .",
            "/images/event-4/cloudwatch-overview.png",
            "def lambda_handler(event, context):",
            "Type: AWS::Lambda::Function",
            "client = boto3.client('dynamodb')",
            "src=\"images/eks.png\" alt=\"\"",
            "#DynamoDB #ECS",
        })
        void nothingInsideThemCounts(String text) {
            assertThat(ids(text)).doesNotContain("lambda", "codedeploy", "cloudwatch", "dynamodb", "eks", "ecs");
        }

        @Test
        void punctuationAroundANameIsNotCode() {
            assertThat(ids("(Lambda), \"ECS\", [EKS]; S3.")).containsExactly("lambda", "ecs", "eks", "s3");
        }
    }

    @Nested
    class ThingsThatAreNotServices {

        @ParameterizedTest
        @ValueSource(strings = {
            "Vietnam Cloud Day 2025: Ho Chi Minh City Connect Edition for Builders",
            "Connect and learn directly from AWS Solutions Architects.",
            "Xây dựng pipeline CI/CD hoàn chỉnh và một Data Pipeline cho AI.",
            "### CI/CD Pipeline Excellence",
            "Config drift và các file config của ứng dụng.",
            "Backup dữ liệu hằng ngày; Batch Inference cho dataset lớn.",
            "Amazon Titan Embeddings, Amazon Nova Sonic và Claude là các mô hình.",
            "Q&A với diễn giả; Q1 doanh thu tăng.",
            "Áp dụng AWS Well-Architected Framework cho dự án.",
            "Tạo AWS Account và bật MFA.",
            "Thi chứng chỉ AWS Machine Learning Specialty.",
            "Knowledge Base và Guardrails là khái niệm chung.",
            "Theo dõi CPU/RAM của máy chủ.",
            "Maintain, Transform & Modernize the portfolio.",
            "Organization-level logging across accounts.",
            "Single Sign-On (SSO) giúp đăng nhập một lần.",
            "Route traffic to the nearest region.",
        })
        void areNotDetected(String sentence) {
            assertThat(ids(sentence)).isEmpty();
        }
    }

    @Nested
    class AmbiguousWords {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // id | as a service (a signal is present)                | as an ordinary word
            "glue|Dữ liệu đi S3 → Glue → Athena.|Glue code giữa hai hệ thống.",
            "config|Bật AWS Config để kiểm tra tuân thủ.|Config file nằm trong thư mục gốc.",
            "shield|WAF + Shield + Network Firewall bảo vệ biên.|Shield your team from burnout.",
            "connect|Contact center chạy trên Amazon Connect.|Connect với cộng đồng AWS.",
            "backup|Sao lưu bằng AWS Backup.|Backup trước khi nâng cấp.",
            "batch|Run the jobs on AWS Batch.|Batch size bằng 32.",
            "translate|Rekognition, Translate, Textract are managed AI services.|Translate the slides into English.",
            "transform|Use Amazon Q/Transform to upgrade Java.|Transform your business with data.",
            "organizations|Quản lý tài khoản bằng AWS Organizations.|Organizations adopting AI move faster.",
            "inspector|Security Hub gom cảnh báo từ GuardDuty, Inspector và Macie.|The inspector checked the building.",
            "iamidentitycenter|Đăng nhập tập trung bằng AWS SSO.|SSO giúp người dùng đăng nhập một lần.",
            "sam|Đóng gói bằng AWS SAM.|SAM (Segment Anything Model) tách vật thể.",
            "amplify|Host the front end on AWS Amplify.|AI giúp khuếch đại (Amplify) năng suất.",
            "comprehend|Amazon Comprehend phân tích cảm xúc.|Comprehend the problem before coding.",
            "personalize|Gợi ý sản phẩm bằng Amazon Personalize.|Personalize your profile page.",
            "budgets|Theo dõi Budget/Cost Explorer mỗi tuần.|Budget vs actual trong báo cáo tài chính.",
            "lookout|Dịch vụ AI chuyên biệt như Lookout, Kendra, Personalize.|Lookout for new trends.",
            "forecast|Dự báo nhu cầu với Amazon Forecast.|Market Forecast: by 2026 AI spending doubles.",
            "datapipeline|Legacy ETL on AWS Data Pipeline.|Vai trò của Data Pipeline trong AI/ML.",
            "lightsail|Host a blog on Amazon Lightsail.|Lightsail boats are fast.",
            "detective|Điều tra với Amazon Detective.|Detective controls using CloudTrail.",
            "artifact|Tải báo cáo tuân thủ từ AWS Artifact.|Build the artifact once.",
            "emr|Xử lý dữ liệu với Glue, EMR, Athena.|EMR stores patient records.",
            "chime|Họp trực tuyến trên Amazon Chime.|Chime in with questions.",
            "health|Xem AWS Health Dashboard.|Health check endpoint trả về 200.",
            "pinpoint|Send campaigns with Amazon Pinpoint.|Pinpoint the root cause.",
            "outposts|Chạy EC2 tại chỗ với AWS Outposts.|Outposts of the empire.",
            "snowball|Chuyển dữ liệu bằng AWS Snowball.|Snowball effect của nợ kỹ thuật.",
        })
        void countOnlyWithASignal(String id, String asService, String asWord) {
            assertThat(ids(asService)).contains(id);
            assertThat(ids(asWord)).doesNotContain(id);
        }

        @Test
        void aListOfServicesIsASignalEvenWithGlosses() {
            assertThat(ids("Amazon Translate (dịch), Comprehend (phân tích cảm xúc), và Textract (OCR)."))
                    .containsExactly("translate", "comprehend", "textract");
            assertThat(ids("Amazon Polly (text to speech) and Transcribe (speech to text)."))
                    .containsExactly("polly", "transcribe");
        }

        @Test
        void itemsInParenthesesAfterTheirDescriptionMakeAList() {
            assertThat(ids("Trích xuất văn bản (Textract) và phân tích ngôn ngữ tự nhiên (Comprehend)."))
                    .containsExactly("textract", "comprehend");
            assertThat(ids("Dùng **Amazon Textract** kết hợp với **Comprehend** để phân loại hồ sơ."))
                    .containsExactly("textract", "comprehend");
            assertThat(ids("Nguyên lý khuếch đại (Amplify) của AI")).isEmpty();
        }

        @Test
        void aLabelBesideOtherServiceLabelsIsASignal() {
            List<String> lines = List.of("Rekognition: phân tích ảnh và video.", "Textract: trích xuất dữ liệu.",
                    "Personalize: xây dựng hệ thống gợi ý.", "Cả ba đều là dịch vụ có sẵn.",
                    "Transform: chuyển đổi dữ liệu trước khi nạp.");
            assertThat(ids(lines)).containsExactly(List.of("rekognition"), List.of("textract"),
                    List.of("personalize"), List.of(), List.of());
            assertThat(ids(List.of("Extract: đọc dữ liệu.", "Transform: làm sạch.", "Load: ghi vào kho.")))
                    .allMatch(List::isEmpty);
            assertThat(ids(List.of("Lambda: chạy code.", "Batch Inference: xử lý theo lô."))).containsExactly(
                    List.of("lambda"), List.of());
        }

        @Test
        void spacesAloneOrAFullStopDoNotMakeAList() {
            assertThat(ids("Connect CloudWatch Alarm with SNS Topic.")).containsExactly("cloudwatch", "sns");
            assertThat(ids("Data lands in S3. Glue is the next step.")).containsExactly("s3");
        }

        @Test
        void anUnambiguousMentionElsewhereInTheReportIsASignal() {
            List<String> report = List.of(
                    "## Dữ liệu",
                    "AWS Glue là dịch vụ ETL serverless.",
                    "- Làm sạch dữ liệu với Glue",
                    "- Config file và Glue job");
            assertThat(ids(report)).containsExactly(List.of(), List.of("glue"), List.of("glue"), List.of("glue"));
            assertThat(ids(List.of("- Làm sạch dữ liệu với Glue"))).containsExactly(List.of());
        }

        @Test
        void everyAmbiguousSpellingOfTheCatalogCountsWithThePrefixAndNotAlone() {
            List<String> checked = new ArrayList<>();
            for (io.recap.model.Service s : ServiceCatalog.builtIn().services()) {
                for (String alias : ServiceCatalog.builtIn().aliases(s.id())) {
                    if (!isAmbiguous(s.id(), alias)) {
                        continue;
                    }
                    checked.add(alias);
                    assertThat(ids("Chúng tôi nói về " + alias + " hôm nay.")).as(alias).isEmpty();
                    assertThat(ids("We talked about " + alias + " today.")).as(alias).isEmpty();
                    assertThat(ids("Chúng tôi dùng AWS " + alias + " hôm nay.")).as(alias).contains(s.id());
                    assertThat(ids("Lambda, " + alias + " và DynamoDB")).as(alias).contains(s.id());
                }
            }
            assertThat(checked).contains("Glue", "Config", "Shield", "Connect", "Backup", "Batch", "Translate",
                    "Transform", "SSO", "Organizations", "Data Pipeline", "Lightsail");
        }

        private boolean isAmbiguous(String id, String alias) {
            return ServiceCatalog.builtIn().entries().stream()
                    .anyMatch(e -> e.id().equals(id) && e.isAmbiguous(alias));
        }
    }

    @Nested
    class SeveralLinesOfOneReport {

        @Test
        void eachLineKeepsItsOwnMentionsInOrder() {
            List<String> report = List.of("# CI/CD trên AWS", "Dùng CodeCommit rồi CodePipeline.", "",
                    "Giám sát: CloudWatch");
            assertThat(ids(report)).containsExactly(List.of(), List.of("codecommit", "codepipeline"), List.of(),
                    List.of("cloudwatch"));
        }
    }
}
