package io.recap.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.model.Report;
import io.recap.parser.internal.ReportBounds;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a report just under the 16 MiB limit costs, in the shapes that cost most: thousands of headings and
 * sessions, a real report repeated, one endless list, one endless table, long values. Nothing here is timed
 * (BENCHMARKS.md has the times and peak RSS through bin/recap); the test asserts on what does not depend on the
 * machine: the bytes the parse allocates (a small constant per input byte, so that time and memory grow
 * linearly with the input) and the size of what recap prints and stores for the report (bounded by constants,
 * whatever the input's size).
 */
class LargeReportCostTest {

    /** Just under {@link ReportParser#DEFAULT_MAX_BYTES}. */
    private static final int SIZE = ReportParser.DEFAULT_MAX_BYTES - 4096;
    /** Most bytes one parse may allocate per input byte (the worst shape measures about 20). */
    private static final long ALLOCATED_PER_BYTE = 40;
    /** Most JSON characters one report prints, however large its file (the worst shape prints about 0.7 Mi). */
    private static final long MAX_JSON_CHARS = 4L << 20;

    private static final ReportParser PARSER = ReportParser.builder().build();
    private static final String SEED = new String(Fixtures.bytes(Fixtures.SEED), StandardCharsets.UTF_8)
            .replace("---", "- - -"); // one front matter, at the top
    private static final String[] WORDS = ("AWS CodeDeploy Lambda S3 serverless container Kubernetes triển khai "
            + "liên tục với dịch vụ hội thảo buổi sáng diễn giả Amazon EC2 data pipeline").split(" ");

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("a heading and a paragraph, over and over", (IntFunction<String>) i ->
                        "## " + words(i, 4) + "\n\nSome text about AWS Lambda.\n\n"),
                Arguments.of("a whole report, over and over", (IntFunction<String>) i -> SEED),
                Arguments.of("one endless list", (IntFunction<String>) i -> "- " + words(i, 8) + "\n"),
                Arguments.of("one endless table", (IntFunction<String>) i -> "| 09:00 | " + words(i, 4)
                        + " | Speaker Name |\n"),
                Arguments.of("sessions with long titles and many speakers", (IntFunction<String>) i ->
                        "### " + "Session title ".repeat(80) + i + "\nSpeakers: " + speakers(i) + "\n\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void aSixteenMebibyteReportAllocatesLinearlyAndPrintsABoundedReport(String shape, IntFunction<String> part) {
        byte[] input = fill("---\ntitle: \"Sự kiện lớn\"\ndate: 2025-11-17\n---\n# Event: Big Day\n\n## Agenda\n\n",
                part);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported()).as("this JVM counts allocated bytes").isTrue();
        long thread = Thread.currentThread().getId();

        long before = threads.getThreadAllocatedBytes(thread);
        Report report = PARSER.parse("large.md", input);
        String json = ReportJson.write(report);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(allocated).as("bytes allocated to parse and print %,d input bytes", input.length)
                .isLessThanOrEqualTo(ALLOCATED_PER_BYTE * input.length);
        assertThat((long) json.length()).as("JSON characters").isLessThanOrEqualTo(MAX_JSON_CHARS);
        assertThat(report.sessions()).hasSizeLessThanOrEqualTo(ReportBounds.MAX_SESSIONS);
        assertThat(report.sections()).hasSizeLessThanOrEqualTo(ReportBounds.MAX_SECTIONS);
        assertThat(report.diagnostics()).extracting(d -> d.code()).contains("text.not-analysed");
        ReportInvariants.assertWellFormed(report, input);
    }

    private static byte[] fill(String head, IntFunction<String> part) {
        StringBuilder sb = new StringBuilder(head);
        int bytes = head.getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; ; i++) {
            String p = part.apply(i);
            int n = p.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > SIZE) {
                break;
            }
            sb.append(p);
            bytes += n;
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String words(int seed, int n) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String speakers(int seed) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sb.append(i == 0 ? "" : ", ").append("Nguyễn Văn Người Nói Thứ ").append(seed).append('-').append(i);
        }
        return sb.toString();
    }
}
