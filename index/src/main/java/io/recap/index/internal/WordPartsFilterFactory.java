package io.recap.index.internal;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Makes the filter of recap's text fields that splits words on case changes and inner delimiters, keeping the whole
 * word too ({@link WordPartsFilter}), for analysis chains built from factories: recap-solr's configset names it {@code
 * class="io.recap.index.internal.WordPartsFilterFactory"}, so a Solr node needs recap-index's jar on its class path.
 * Takes no parameters.
 */
public final class WordPartsFilterFactory extends TokenFilterFactory {

    /** The factory's SPI name. */
    public static final String NAME = "recapWordParts";

    /**
     * A factory of a chain's configuration.
     *
     * @param args the chain's parameters for it: none are known
     */
    public WordPartsFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Only for Lucene's service loader, which requires a constructor without arguments. */
    public WordPartsFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new WordPartsFilter(input);
    }
}
