package io.recap.index.internal;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Makes the query-side filter of recap's text fields in Solr: recap analyses a query itself, as the local index
 * does, and sends Solr the terms it made, one position per whitespace-separated token; a token may hold several
 * terms at one position, separated by {@link #ALTERNATIVE} (a synonym query, or a position of a multi-phrase
 * query), or be {@link #GAP}, a position left free in a phrase (see {@link QueryTermsFilter}). So Solr's standard
 * query parser rebuilds the very queries the local index runs. recap-solr's configset names it
 * {@code class="io.recap.index.internal.QueryTermsFilterFactory"}. Takes no parameters.
 */
public final class QueryTermsFilterFactory extends TokenFilterFactory {

    /** The factory's SPI name. */
    public static final String NAME = "recapQueryTerms";
    /** Separates the terms of one position in a token (a private-use character no analysed term holds). */
    public static final char ALTERNATIVE = '\uE003';
    /** A token that leaves a position free (a private-use character no analysed term holds). */
    public static final String GAP = "\uE004";

    /**
     * A factory of a chain's configuration.
     *
     * @param args the chain's parameters for it: none are known
     */
    public QueryTermsFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Only for Lucene's service loader, which requires a constructor without arguments. */
    public QueryTermsFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new QueryTermsFilter(input);
    }
}
