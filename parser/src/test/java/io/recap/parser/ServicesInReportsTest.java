package io.recap.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.recap.model.Report;
import io.recap.model.Service;
import io.recap.model.ServiceCount;
import io.recap.model.Session;
import io.recap.parser.internal.Mention;
import io.recap.parser.internal.ServiceMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Services found in whole reports: where they are counted, and where they are not looked for. */
class ServicesInReportsTest {

    private static final String REPORT = """
            ---
            title: "AWS Lambda, Amazon S3 và AWS Glue"
            date: 2025-11-17
            ---
            # Bài thu hoạch "Data & Serverless Day"

            ### Nội dung nổi bật

            #### 1. Serverless với AWS Lambda
            - Viết Lambda functions bằng Python, lưu file trên **Amazon S3**.
            - Xem thêm https://docs.aws.amazon.com/lambda/ và ![Kiến trúc](/images/dynamodb-arch.png)

            #### 2. Dữ liệu
            - Pipeline dữ liệu: S3 → Glue → Athena.
            - Dùng Glue để làm sạch dữ liệu.

            ```
            aws dynamodb scan --table-name Orders
            ```

            ### Trải nghiệm
            Vietnam Cloud Day: Ho Chi Minh City Connect Edition, Config file, Q&A cuối buổi.
            """;

    private final Report report = ReportParser.builder().build().parse("r.vi.md", REPORT);

    @Test
    void theReportCountsEveryMentionInTheBodyOnly() {
        assertThat(report.services()).extracting(c -> c.service().id())
                .containsExactly("lambda", "s3", "glue", "athena");
        assertThat(report.services()).extracting(ServiceCount::mentions).containsExactly(2, 2, 2, 1);
    }

    @Test
    void eachSessionHasTheServicesOfItsOwnLines() {
        assertThat(report.sessions()).hasSize(2);
        Session serverless = report.sessions().get(0);
        Session data = report.sessions().get(1);
        assertThat(serverless.services()).extracting(Service::id).containsExactly("lambda", "s3");
        assertThat(data.services()).extracting(Service::id).containsExactly("s3", "glue", "athena");
    }

    @Test
    void matchesNeverOverlapStayInOrderAndInsideTheText() {
        ServiceMatcher matcher = ServiceCatalog.builtIn().matcher();
        Gen<String> piece = Generate.pick(List.of("AWS ", "Amazon ", "Lambda", "lambda", "S3", "Glue", ", ", " → ",
                "CodeDeploy", "Code Deploy", "X-Ray", "https://x.io/", "_", ".", " ", "Amazon EC2 Container Registry",
                "Bedrock AgentCore", "Q", "(", ")", "dịch vụ ", "Đ", "\u00A0", "Kiro.dev", "ECS/EKS"));
        Gen<String> noise = strings().allPossible().ofLengthBetween(0, 3);
        Gen<String> texts = lists().of(Generate.oneOf(piece, noise)).ofSizeBetween(0, 30)
                .map(parts -> String.join("", parts));
        qt().withExamples(500).forAll(texts).checkAssert(text -> {
            List<Mention> found = matcher.find(text);
            int last = 0;
            for (Mention m : found) {
                assertThat(m.start()).isGreaterThanOrEqualTo(last);
                assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(text.length());
                last = m.end();
            }
            assertThat(matcher.find(text)).isEqualTo(found);
        });
    }
}
