package io.recap.index.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The analysis of indexed text, chosen by the field's name (see {@link Schema}):
 * <ul>
 *   <li>text fields: a position left free where punctuation separates two words ({@link PunctuationGapFilter}),
 *       words split on case changes and inner delimiters, the whole word kept too
 *       ({@link WordPartsFilter}: "CodeDeploy" is {@code codedeploy code deploy}), lower-cased, and folded with
 *       {@link DiacriticsFilter}: "Tư Duy" becomes {@code tu}+MARKED {@code tư duy}, "đám mây" {@code dam}+MARKED
 *       {@code đám may}+MARKED {@code mây};</li>
 *   <li>{@link Schema#ENGLISH English} twins (titles and text, of reports in every language): folded and stemmed (Snowball's
 *       English, "Porter2"), so "deploying" finds "deployment".</li>
 * </ul>
 * Queries are not analysed with it: {@link QueryWords} looks their words up as this analysis indexes them.
 * Text is expected in Unicode NFC (see {@link Documents}). Thread-safe; share one instance.
 */
public final class TextAnalyzer extends Analyzer {

    /** Gap between the values of a multi-valued field, so that a phrase never spans two speakers. */
    static final int VALUE_GAP = 100;

    private TextAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    /** The analyzer documents are indexed with. */
    public static TextAnalyzer forIndexing() {
        return new TextAnalyzer();
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        PunctuationGapFilter gaps = new PunctuationGapFilter(source);
        TokenStream stream = new WordPartsFilter(gaps);
        boolean english = Schema.isEnglish(fieldName);
        if (english) {
            stream = new EnglishPossessiveFilter(stream);
        }
        stream = new LowerCaseFilter(stream);
        if (english) {
            return new TokenStreamComponents(r -> source.setReader(gaps.wrap(r)),
                    new SnowballFilter(new ASCIIFoldingFilter(stream), new EnglishStemmer()));
        }
        return new TokenStreamComponents(r -> source.setReader(gaps.wrap(r)), new DiacriticsFilter(stream));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }
}
