package io.recap.parser;

import static io.recap.parser.ReportInvariants.assertSameModel;
import static io.recap.parser.ReportInvariants.assertWellFormed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.recap.model.Diagnostic;
import io.recap.model.LineRange;
import io.recap.model.Report;
import io.recap.model.Section;
import io.recap.model.Session;
import io.recap.model.Severity;
import io.recap.parser.internal.ReportBounds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs made to hurt a parser. Each must finish, return a report that keeps every promise of
 * {@link ReportInvariants}, and say with a diagnostic (at the right line and column) where input was cut or
 * refused. The timeout only guards the suite against a hang (the slowest case takes seconds); no test
 * measures time.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HostileInputTest {

    private final ReportParser parser = ReportParser.builder().build();

    private Report parse(byte[] input) {
        Report report = parser.parse("hostile.md", input);
        assertWellFormed(report, input);
        return report;
    }

    private Report parse(String input) {
        return parse(utf8(input));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> codes(Report report) {
        return report.diagnostics().stream().map(Diagnostic::code).toList();
    }

    private static Diagnostic only(Report report, String code) {
        List<Diagnostic> found = report.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
        assertThat(found).as("%s diagnostics in %s", code, report.diagnostics()).hasSize(1);
        return found.get(0);
    }

    @Test
    void aTenMegabyteLineIsCutAtTheLineLimit() {
        Report report = parse("# Cloud Day\n" + "Amazon S3 ".repeat(1_000_000) + "\n\nCuối bài\n");

        Diagnostic cut = only(report, "text.line-too-long");
        assertThat(cut.severity()).isEqualTo(Severity.WARNING);
        assertThat(cut.line()).isEqualTo(2);
        assertThat(cut.column()).isEqualTo(ReportParser.DEFAULT_MAX_LINE_CHARS + 1);
        assertThat(report.title()).isEqualTo("Cloud Day");
        assertThat(report.services()).extracting(c -> c.service().id()).contains("s3");
    }

    @Test
    void fiftyThousandNestedListLevelsAreReadToTheLimit() {
        // alternating markers: "- - - …" alone, once the line is cut, would be a thematic break
        Report report = parse("# Danh sách\n" + "- + ".repeat(25_000) + "x\n");

        assertThat(only(report, "markdown.too-deep").line()).isEqualTo(2);
        assertThat(only(report, "text.line-too-long").line()).isEqualTo(2);
    }

    @Test
    void fiftyThousandNestedListLevelsOnManyLinesAreReadToTheLimit() {
        StringBuilder doc = new StringBuilder("# Danh sách\n");
        for (int i = 0; i < 50_000; i++) {
            doc.append("  ".repeat(Math.min(i, 200))).append("- mục ").append(i).append('\n');
        }
        Report report = parse(doc.toString());

        assertThat(codes(report)).contains("markdown.too-deep");
        assertThat(report.title()).isEqualTo("Danh sách");
    }

    @Test
    void fiftyThousandNestedBlockquotesFinishWithTheirText() {
        Report report = parse("# Trích dẫn\n" + ">".repeat(50_000) + " Amazon EC2\n");

        assertThat(report.title()).isEqualTo("Trích dẫn");
        assertThat(report.services()).extracting(c -> c.service().id()).containsExactly("ec2");
    }

    @Test
    void fiftyThousandNestedBlockquotesAreReportedAsTooDeep() {
        Report report = parse("# Trích dẫn\n" + ">".repeat(50_000) + " x\n");

        Diagnostic deep = only(report, "markdown.too-deep");
        assertThat(deep.line()).isEqualTo(2);
        assertThat(deep.column()).isEqualTo(ReportParser.DEFAULT_MAX_NESTING + 1);
    }

    @Test
    void oneHundredThousandHeadingsKeepTheFirstFiveThousandSectionsAndCoverEveryLine() {
        StringBuilder doc = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            doc.append("#".repeat(1 + i % 6)).append(" Phần ").append(i).append('\n');
        }
        Report report = parse(doc.toString()); // well formed: every line still lies in one section

        assertThat(report.sections()).hasSize(ReportBounds.MAX_SECTIONS);
        assertThat(report.sections().get(4_998).lines()).isEqualTo(new LineRange(4_999, 4_999));
        assertThat(report.sections().get(4_999).lines()).isEqualTo(new LineRange(5_000, 100_000));
        assertThat(only(report, "report.truncated").message())
                .contains("only the first 5,000 of its ").contains(" sections were kept");
    }

    @Test
    void aBodyOverTheAnalysisLimitIsReadForStructureUpToItAndKeptAsText() {
        StringBuilder doc = new StringBuilder("# Event: Long Day\n\n## Agenda\n\n### First session\nAmazon S3.\n");
        int linesBefore = 6;
        while (doc.length() < ReportParser.DEFAULT_MAX_ANALYSED_CHARS + 100) {
            doc.append("Lambda and more Lambda, over and over again, in one long session.\n");
        }
        doc.append("### A session past the limit\nAmazon EKS.\n");
        Report report = parse(doc.toString());

        Diagnostic cut = only(report, "text.not-analysed");
        assertThat(cut.line()).isGreaterThan(linesBefore);
        assertThat(cut.message()).contains("only the first 524,288");
        assertThat(report.sessions()).extracting(Session::title).containsExactly("First session");
        assertThat(report.services()).extracting(c -> c.service().id()).doesNotContain("eks");
        Section last = report.sections().get(report.sections().size() - 1);
        assertThat(last.lines().end()).isEqualTo(ReportInvariants.lines(utf8(doc.toString())).size());
    }

    @Test
    void longValuesAndLongListsAreCutWithOneWarning() {
        StringBuilder doc = new StringBuilder("# Event: " + "Very ".repeat(300) + "Long Name\n\n## Agenda\n\n");
        for (int i = 1; i <= 600; i++) {
            doc.append("### Session ").append(i).append("\nAmazon S3.\n\n");
        }
        Report report = parse(doc.toString());

        assertThat(report.title()).hasSize(ReportBounds.MAX_VALUE_CHARS).endsWith("…");
        assertThat(report.sessions()).hasSize(ReportBounds.MAX_SESSIONS);
        assertThat(only(report, "report.truncated").message())
                .contains("values longer than 500 characters were cut (such as the title)")
                .contains("only the first 500 of its 600 sessions were kept");
    }

    @Test
    void aYamlAliasBombIsNotExpanded() {
        StringBuilder doc = new StringBuilder("---\ntitle: \"Billion laughs\"\na: &a [lol, lol, lol, lol, lol, lol, lol, "
                + "lol, lol]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            doc.append(c).append(": &").append(c).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = c;
        }
        doc.append("---\n# Báo cáo\n");
        Report report = parse(doc.toString());

        Diagnostic refused = only(report, "front-matter.too-large");
        assertThat(refused.severity()).isEqualTo(Severity.ERROR);
        assertThat(refused.line()).isEqualTo(7);
        assertThat(refused.column()).isEqualTo(8);
        assertThat(report.pageTitle()).isEqualTo("Billion laughs");
        assertThat(report.frontMatter().values().get("i")).isEqualTo(Collections.nCopies(9, "h"));
    }

    @Test
    void aFiveMegabyteFrontMatterIsRefusedAndTheBodyStillRead() {
        StringBuilder doc = new StringBuilder("---\ntitle: \"Lớn\"\ndate: 2025-11-17\n");
        for (int i = 0; doc.length() < 5_000_000; i++) {
            doc.append("key").append(i).append(": \"giá trị ").append(i).append("\"\n");
        }
        doc.append("---\n# DevOps Day\n\nNgày 18/11/2025 tại AWS.\n");
        Report report = parse(doc.toString());

        Diagnostic refused = only(report, "front-matter.too-large");
        assertThat(refused.line()).isEqualTo(2);
        assertThat(refused.column()).isEqualTo(1);
        assertThat(report.pageTitle()).isEqualTo("Lớn");
        assertThat(report.title()).isEqualTo("DevOps Day");
        assertThat(report.date()).hasToString("2025-11-18");
    }

    @Test
    void aFileOverTheByteLimitIsCutWithAnError() {
        ReportParser small = ReportParser.builder().maxBytes(1_000).build();
        byte[] input = utf8("# Tiêu đề\n" + "Nội dung dài. ".repeat(500));

        Report report = small.parse("big.md", input);

        assertWellFormed(report, input);
        assertThat(only(report, "text.too-large").severity()).isEqualTo(Severity.ERROR);
        assertThat(report.title()).isEqualTo("Tiêu đề");
    }

    @Test
    void aFileOnDiskOverTheByteLimitIsReadOnlyUpToTheLimit(@TempDir Path tmp) throws IOException {
        ReportParser small = ReportParser.builder().maxBytes(1_000).build();
        Path big = Files.write(tmp.resolve("big.md"), utf8("# Tiêu đề\n" + "Nội dung dài. ".repeat(5_000)));
        long size = Files.size(big);

        Report report = small.parse(big);

        assertThat(report.source().bytes()).as("the file's real size").isEqualTo(size);
        assertThat(only(report, "text.too-large").message()).isEqualTo("the file has " + size
                + " bytes; only the first 1000 were read");
        assertThat(report.title()).isEqualTo("Tiêu đề");
        assertThat(small.parse(big)).as("deterministic").isEqualTo(report);
    }

    @Test
    void randomBytesAreRefusedAsBinary() {
        byte[] noise = new byte[1 << 20];
        new Random(7).nextBytes(noise);

        Report report = parse(noise);

        assertThat(report.diagnostics()).extracting(Diagnostic::code, Diagnostic::severity)
                .containsExactly(tuple("text.binary", Severity.ERROR));
        assertThat(report.sections()).isEmpty();
        assertThat(report.source().bytes()).isEqualTo(noise.length);
    }

    @Test
    void nulBytesInsideTextAreRemovedAndReported() {
        Report report = parse("# Ngày\0 hội AWS\n\nAmazon\0 S3 là dịch vụ lưu trữ.\n");

        Diagnostic nul = only(report, "text.nul");
        assertThat(nul.line()).isEqualTo(1);
        assertThat(nul.column()).isEqualTo(7);
        assertThat(report.title()).isEqualTo("Ngày hội AWS");
        assertThat(report.services()).extracting(c -> c.service().id()).containsExactly("s3");
    }

    @Test
    void invalidUtf8IsReplacedAndReportedWhereItIs() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("# Hội thảo\n\nNgày: 17/11/2025 "));
        out.write(0xC3); // a lead byte without its continuation
        out.writeBytes(utf8(" tại AWS\n"));
        Report report = parse(out.toByteArray());

        Diagnostic invalid = only(report, "text.invalid-utf8");
        assertThat(invalid.line()).isEqualTo(3);
        assertThat(invalid.column()).isEqualTo(18);
        assertThat(report.title()).isEqualTo("Hội thảo");
        assertThat(report.date()).hasToString("2025-11-17");
    }

    @Test
    void anUnterminatedFrontMatterIsReportedAndTheBodyStillRead() {
        Report report = parse("---\ntitle: \"Sự kiện 1\"\nweight: 1\n\n# Cloud Day 2025\n\nNgày 05/12/2025.\n");

        Diagnostic open = only(report, "front-matter.unterminated");
        assertThat(open.line()).isEqualTo(1);
        assertThat(open.column()).isEqualTo(1);
        assertThat(report.pageTitle()).isEqualTo("Sự kiện 1");
        assertThat(report.title()).isEqualTo("Cloud Day 2025");
        assertThat(report.date()).hasToString("2025-12-05");
    }

    @Test
    void malformedYamlIsReportedAndTheBodyStillRead() {
        Report report = parse("---\ntitle: \"Event 2\"\ntags: [aws, devops\n---\n# Data Day\n\n17/11/2025\n");

        Diagnostic invalid = only(report, "front-matter.invalid");
        assertThat(invalid.severity()).isEqualTo(Severity.ERROR);
        assertThat(invalid.line()).isEqualTo(3);
        assertThat(invalid.column()).isEqualTo(7);
        assertThat(report.pageTitle()).isEqualTo("Event 2");
        assertThat(report.title()).isEqualTo("Data Day");
        assertThat(report.date()).hasToString("2025-11-17");
    }

    @Test
    void aFileWithLoneCrLineEndsReadsAsItsLfTwin() {
        String lf = "---\ntitle: \"Event 1\"\n---\n# AWS Day\n\n## Agenda\n\n### 1. Amazon S3\n\n- Lưu trữ\n";

        Report cr = parse(lf.replace('\n', '\r'));

        assertSameModel(cr, parse(lf));
        assertThat(cr.sessions()).extracting(s -> s.title()).containsExactly("Amazon S3");
    }

    @Test
    void aFileThatIsOnlyABomIsAnEmptyReport() {
        Report report = parse(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

        assertThat(report.sections()).isEmpty();
        assertThat(report.frontMatter()).isNull();
        assertThat(report.diagnostics()).noneMatch(d -> d.code().startsWith("text.")
                || d.code().startsWith("front-matter."));
    }

    @Test
    void anEmptyFileIsAnEmptyReport() {
        Report report = parse(new byte[0]);

        assertThat(report.sections()).isEmpty();
        assertThat(report.title()).isNull();
    }
}
