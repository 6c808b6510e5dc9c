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
 * The analysis of text, chosen by the field's name (see {@link Schema}) and by what it is for:
 * <ul>
 *   <li>{@link #forIndexing() indexing} a text field: lower-cased and folded to ASCII, and a word that had
 *       diacritics also kept exact at the same position: "Tư Duy" becomes {@code tu tư duy}, "đám mây"
 *       {@code dam đám may mây};</li>
 *   <li>{@link #forQueries() querying} a text field: lower-cased and folded, so that "tu duy" and "Tư Duy" both
 *       find both spellings;</li>
 *   <li>{@link #forExactQueries() exact querying}: lower-cased only, so that a word typed with diacritics can
 *       also be looked up as typed and rank exact spellings first;</li>
 *   <li>{@link Schema#ENGLISH English} twins (English reports' titles and text), in every mode: folded and
 *       stemmed (Snowball's English, "Porter2"), so "deploying" finds "deployment".</li>
 * </ul>
 * All split words on case changes and inner delimiters and keep the whole word too, so "CodeDeploy" is found by
 * "codedeploy", "CodeDeploy" and "code deploy": at index time with {@link WordPartsFilter} (whole word, then its
 * parts), at query time with Lucene's WordDelimiterGraphFilter, whose token graph makes "CodeDeploy" the query
 * {@code codedeploy OR (code AND deploy)}.
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

    private enum Mode { INDEX, QUERY, EXACT_QUERY }

    private final Mode mode;

    private TextAnalyzer(Mode mode) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.mode = mode;
    }

    /** The analyzer documents are indexed with. */
    public static TextAnalyzer forIndexing() {
        return new TextAnalyzer(Mode.INDEX);
    }

    /** The analyzer queries are parsed with. */
    public static TextAnalyzer forQueries() {
        return new TextAnalyzer(Mode.QUERY);
    }

    /** The analyzer that looks words up as typed (lower-cased, diacritics kept), except in English twins. */
    public static TextAnalyzer forExactQueries() {
        return new TextAnalyzer(Mode.EXACT_QUERY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = mode == Mode.INDEX ? new WordPartsFilter(source)
                : new WordDelimiterGraphFilter(source, QUERY_FLAGS, null);
        boolean english = Schema.isEnglish(fieldName);
        if (english) {
            stream = new EnglishPossessiveFilter(stream);
        }
        stream = new LowerCaseFilter(stream);
        if (english) {
            return new TokenStreamComponents(source,
                    new SnowballFilter(new ASCIIFoldingFilter(stream), new EnglishStemmer()));
        }
        if (mode != Mode.EXACT_QUERY) {
            stream = new ASCIIFoldingFilter(stream, mode == Mode.INDEX);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream out = new LowerCaseFilter(in);
        return mode == Mode.EXACT_QUERY && !Schema.isEnglish(fieldName) ? out : new ASCIIFoldingFilter(out);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }
}
