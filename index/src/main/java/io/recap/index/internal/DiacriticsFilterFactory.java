package io.recap.index.internal;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Makes the filter of recap's text fields that folds words with diacritics to a marked folded form beside the exact
 * one ({@link DiacriticsFilter}; expects lower case), for analysis chains built from factories: recap-solr's configset
 * names it {@code class="io.recap.index.internal.DiacriticsFilterFactory"}, so a Solr node needs recap-index's jar on
 * its class path. Takes no parameters.
 */
public final class DiacriticsFilterFactory extends TokenFilterFactory {

    /** The factory's SPI name. */
    public static final String NAME = "recapDiacritics";

    /**
     * A factory of a chain's configuration.
     *
     * @param args the chain's parameters for it: none are known
     */
    public DiacriticsFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Only for Lucene's service loader, which requires a constructor without arguments. */
    public DiacriticsFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new DiacriticsFilter(input);
    }
}
