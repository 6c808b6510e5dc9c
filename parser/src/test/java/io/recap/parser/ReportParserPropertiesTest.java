package io.recap.parser;

import static io.recap.parser.ReportInvariants.assertSameModel;
import static io.recap.parser.ReportInvariants.assertWellFormed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arrays;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.recap.model.Report;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Properties of {@link ReportParser} over generated input: arbitrary Unicode, arbitrary bytes, Markdown
 * "soup" and report-like documents ({@link ReportDocuments}). For each, the parser returns a report that keeps
 * the promises of {@link ReportInvariants}, deterministically; and a document's CRLF and CR twins read as it
 * does. Example counts are moderate so the suite stays fast; QuickTheories prints the seed of a failure.
 */
class ReportParserPropertiesTest {

    private final ReportParser parser = ReportParser.builder().build();

    private static QuickTheory theory(int examples) {
        return qt().withExamples(examples).withShrinkCycles(200);
    }

    private void parsesWellAndTheSameTwice(byte[] input) {
        Report report = parser.parse("generated.md", input);
        assertWellFormed(report, input);
        assertThat(ReportParser.builder().build().parse("generated.md", input)).isEqualTo(report);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void arbitraryUnicodeParsesWellAndDeterministically() {
        theory(300).forAll(strings().allPossible().ofLengthBetween(0, 300))
                .checkAssert(s -> parsesWellAndTheSameTwice(utf8(s)));
    }

    @Test
    void arbitraryBytesParseWellAndDeterministically() {
        theory(200).forAll(arrays().ofIntegers(integers().between(0, 255)).withLengthBetween(0, 400))
                .checkAssert(values -> {
                    byte[] bytes = new byte[values.length];
                    for (int i = 0; i < values.length; i++) {
                        bytes[i] = (byte) (int) values[i];
                    }
                    parsesWellAndTheSameTwice(bytes);
                });
    }

    @Test
    void markdownSoupParsesWellAndDeterministically() {
        theory(400).forAll(ReportDocuments.markdownSoup()).checkAssert(s -> parsesWellAndTheSameTwice(utf8(s)));
    }

    @Test
    void reportLikeDocumentsParseWellAndDeterministically() {
        AtomicInteger withSessionServices = new AtomicInteger();
        theory(300).forAll(ReportDocuments.documents()).checkAssert(s -> {
            parsesWellAndTheSameTwice(utf8(s));
            if (parser.parse("generated.md", s).sessions().stream().anyMatch(x -> !x.services().isEmpty())) {
                withSessionServices.incrementAndGet();
            }
        });
        // the promise about session services was put to the test, not met vacuously
        assertThat(withSessionServices).hasPositiveValue();
    }

    @Test
    void crlfAndCrLineEndsGiveTheModelOfLf() {
        theory(150).forAll(ReportDocuments.documents()).checkAssert(lf -> {
            Report expected = parser.parse("doc.md", lf);
            assertSameModel(parser.parse("doc.md", lf.replace("\n", "\r\n")), expected);
            assertSameModel(parser.parse("doc.md", lf.replace("\n", "\r")), expected);
        });
    }

    @Test
    void aByteOrderMarkChangesNothingButTheSource() {
        theory(100).forAll(ReportDocuments.documents()).checkAssert(doc -> {
            Report expected = parser.parse("doc.md", doc);
            assertSameModel(parser.parse("doc.md", "\uFEFF" + doc), expected);
        });
    }
}
