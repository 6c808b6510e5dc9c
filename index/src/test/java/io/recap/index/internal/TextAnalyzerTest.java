package io.recap.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The tokens each kind of text field is indexed as: "term@position[start,end)", the folded form of a word that had
 * diacritics ending with "*".
 */
class TextAnalyzerTest {

    static final Analyzer INDEX = TextAnalyzer.forIndexing();

    static List<String> tokens(String field, String text) throws IOException {
        return tokens(INDEX, field, text);
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int position = -1;
            int lastStart = 0;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                assertThat(offset.startOffset()).as("offsets never go backwards").isGreaterThanOrEqualTo(lastStart);
                lastStart = offset.startOffset();
                String t = term.toString().replace(Diacritics.MARKED, '*');
                out.add(t + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
            }
            ts.end();
        }
        return out;
    }

    @Test
    void wordsWithDiacriticsAreFoldedAsSuchAndKeptAsWritten() throws IOException {
        assertThat(tokens(Schema.SESSION_TEXT, "Tư Duy đám mây")).containsExactly(
                "tu*@0[0,2)", "tư@0[0,2)", "duy@1[3,6)", "dam*@2[7,10)", "đám@2[7,10)", "may*@3[11,14)",
                "mây@3[11,14)");
    }

    @Test
    void aWordWrittenWithoutDiacriticsIsFoldedPlainly() throws IOException {
        assertThat(tokens(Schema.SESSION_TEXT, "Bao mat")).containsExactly("bao@0[0,3)", "mat@1[4,7)");
    }

    @Test
    void toneMarksOfOaOeUyAreKeptInOnePlace() throws IOException {
        assertThat(tokens(Schema.SESSION_TEXT, "mã hóa mã hoá thủy khỏe quý")).containsExactly(
                "ma*@0[0,2)", "mã@0[0,2)", "hoa*@1[3,6)", "hoá@1[3,6)",
                "ma*@2[7,9)", "mã@2[7,9)", "hoa*@3[10,13)", "hoá@3[10,13)",
                "thuy*@4[14,18)", "thuỷ@4[14,18)", "khoe*@5[19,23)", "khoẻ@5[19,23)", "quy*@6[24,27)",
                "quý@6[24,27)");
    }

    @Test
    void englishTwinsAreStemmed() throws IOException {
        assertThat(tokens(Schema.SESSION_TEXT + Schema.ENGLISH, "Deploying deployments")).containsExactly(
                "deploy@0[0,9)", "deploy@1[10,21)");
    }

    @Test
    void aWordWithACaseChangeIsKeptWholeAndSplit() throws IOException {
        assertThat(tokens(Schema.SESSION_TEXT, "AWS CodeDeploy works")).containsExactly(
                "aws@0[0,3)", "codedeploy@1[4,14)", "code@1[4,8)", "deploy@2[8,14)", "works@3[15,20)");
    }

    @Test
    void aWordWithInnerDelimitersIsAlsoJoined() throws IOException {
        assertThat(tokens(Schema.SESSION_TEXT, "node.js dev_ops")).containsExactly(
                "node.js@0[0,7)", "nodejs@0[0,7)", "node@0[0,4)", "js@1[5,7)",
                "dev_ops@2[8,15)", "devops@2[8,15)", "dev@2[8,11)", "ops@3[12,15)");
    }

    @Test
    void plainWordsAndAcronymsAreLeftAlone() throws IOException {
        assertThat(tokens(Schema.SESSION_TEXT, "EC2 AWS s3 iPhone")).containsExactly(
                "ec2@0[0,3)", "aws@1[4,7)", "s3@2[8,10)", "iphone@3[11,17)", "i@3[11,12)", "phone@4[12,17)");
    }

    @Test
    void punctuationBetweenWordsLeavesAPositionFree() throws IOException {
        assertThat(tokens(Schema.SESSION_TEXT, "code, deploy code → deploy. Next CI/CD blue-green")).containsExactly(
                "code@0[0,4)", "deploy@2[6,12)", "code@3[13,17)", "deploy@5[20,26)", "next@7[28,32)",
                "ci@8[33,35)", "cd@9[36,38)", "blue@10[39,43)", "green@11[44,49)");
    }

    @Test
    void valuesOfAMultiValuedFieldAreFarApart() {
        assertThat(INDEX.getPositionIncrementGap(Schema.SPEAKERS)).isGreaterThan(10);
    }
}
