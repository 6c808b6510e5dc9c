package io.recap.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@link LineCleaner} removes the invisible and layout characters people paste into reports. */
class LineCleanerTest {

    @Test
    void leavesPlainLinesAlone() {
        String line = "- **Diễn giả:** Nguyễn Văn A – Solutions Architect, AWS “Việt Nam”";

        assertThat(LineCleaner.clean(line)).isEqualTo(line);
        assertThat(LineCleaner.clean("")).isEmpty();
    }

    @Test
    void dashesQuotesAndEllipsesNeedNoCleaningAndCostNoCopy() {
        String line = "Phiên 1 – “DevOps” — tư duy… ‘mới’ • 08:30";

        assertThat(LineCleaner.clean(line)).isSameAs(line);
    }

    @Test
    void dropsZeroWidthCharactersInsideWords() {
        assertThat(LineCleaner.clean("Code\u200BPipeline và Cloud\u200CFormation\u200D")).isEqualTo(
                "CodePipeline và CloudFormation");
        assertThat(LineCleaner.clean("Amazon\u2060S3 \uFEFFLambda sof\u00ADtware")).isEqualTo(
                "AmazonS3 Lambda software");
    }

    @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Ngày:&emsp;17/11/2025           | Ngày: 17/11/2025",
            "a&nbsp;b&ensp;c&thinsp;d        | a b c d",
            "a&#160;b&#xA0;c&#8195;d&#x2003;e | a b c d e",
            "a&NBSP;b                        | a b",
            "a\u00A0b\u2003c\u2002d\u202Fe   | a b c d e",
    })
    void turnsSpaceEntitiesAndWideSpacesIntoSpaces(String line, String expected) {
        assertThat(LineCleaner.clean(line)).isEqualTo(expected);
    }

    @Test
    void dropsWideSpacesUsedForIndentation() {
        assertThat(LineCleaner.clean("&emsp;&emsp;- mục con")).isEqualTo("- mục con");
        assertThat(LineCleaner.clean("\u2003\u2003**Thời gian:** 8:30")).isEqualTo("**Thời gian:** 8:30");
        assertThat(LineCleaner.clean("\u00A0\u00A0")).isEmpty();
    }

    @Test
    void keepsOrdinarySpacesAndTabsOfIndentation() {
        assertThat(LineCleaner.clean("    - nested&nbsp;item")).isEqualTo("    - nested item");
        assertThat(LineCleaner.clean("\t- item\u200B")).isEqualTo("\t- item");
    }

    @Test
    void keepsOtherEntitiesForTheMarkdownReader() {
        assertThat(LineCleaner.clean("R&amp;D &lt;b&gt; &copy; & co")).isEqualTo("R&amp;D &lt;b&gt; &copy; & co");
    }

    @Test
    void neverChangesTheNumberOfLines() {
        assertThat(LineCleaner.clean("a\u2028b")).doesNotContain("\n");
        assertThat(LineCleaner.clean("\u200B")).isEmpty();
    }
}
