package io.recap.index.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The analysis of every text field, chosen by the field's name (see {@link Schema}):
 * <ul>
 *   <li>folded fields: lower-cased and folded to ASCII, so "Tư Duy" and "tu duy" are both {@code tu duy} and
 *       "đám mây" is {@code dam may};</li>
 *   <li>{@link Schema#EXACT exact} twins: lower-cased only, so a query with the right diacritics also matches
 *       them and ranks exact matches first;</li>
 *   <li>{@link Schema#ENGLISH English} twins: folded and stemmed (Snowball's English, "Porter2") ("deploying" finds "deployment").</li>
 * </ul>
 * All three split words on case changes and inner delimiters and keep the whole word too, so "CodeDeploy" is
 * found by "codedeploy", "CodeDeploy" and "code deploy": at index time with {@link WordPartsFilter} (whole word,
 * then its parts), at query time with Lucene's WordDelimiterGraphFilter, whose token graph makes "CodeDeploy"
 * the query {@code codedeploy OR (code AND deploy)}.
 *
 * <p>Text is expected in Unicode NFC (see {@link Documents} and the query parser, which normalise it).
 * Thread-safe; share one instance per mode.
 */
public final class TextAnalyzer extends Analyzer {

    /** Gap between the values of a multi-valued field, so that a phrase never spans two speakers. */
    static final int VALUE_GAP = 100;

    private static final int QUERY_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

    private final boolean forIndexing;

    private TextAnalyzer(boolean forIndexing) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.forIndexing = forIndexing;
    }

    /** The analyzer documents are indexed with. */
    public static TextAnalyzer forIndexing() {
        return new TextAnalyzer(true);
    }

    /** The analyzer queries are parsed with. */
    public static TextAnalyzer forQueries() {
        return new TextAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = forIndexing ? new WordPartsFilter(source)
                : new WordDelimiterGraphFilter(source, QUERY_FLAGS, null);
        if (Schema.isEnglish(fieldName)) {
            stream = new EnglishPossessiveFilter(stream);
        }
        stream = new LowerCaseFilter(stream);
        if (!Schema.isExact(fieldName)) {
            stream = new ASCIIFoldingFilter(stream);
        }
        if (Schema.isEnglish(fieldName)) {
            stream = new SnowballFilter(stream, new EnglishStemmer());
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream out = new LowerCaseFilter(in);
        return Schema.isExact(fieldName) ? out : new ASCIIFoldingFilter(out);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }
}
