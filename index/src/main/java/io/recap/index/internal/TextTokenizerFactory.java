package io.recap.index.internal;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Makes the tokenizer of recap's text fields ({@link TextAnalyzer}: words as {@code StandardTokenizer} finds them,
 * a position left free where punctuation separates two), for analysis chains built from factories: recap-solr's
 * configset names it {@code class="io.recap.index.internal.TextTokenizerFactory"}, so a Solr node needs recap-index's
 * jar on its class path. Takes no parameters.
 */
public final class TextTokenizerFactory extends TokenizerFactory {

    /** The factory's SPI name. */
    public static final String NAME = "recapText";

    /**
     * A factory of a chain's configuration.
     *
     * @param args the chain's parameters for it: none are known
     */
    public TextTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Only for Lucene's service loader, which requires a constructor without arguments. */
    public TextTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public TextTokenizer create(AttributeFactory factory) {
        return new TextTokenizer(factory);
    }
}
