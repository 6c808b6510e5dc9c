package io.recap.index.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Reads terms that are already analysed, written one position per token as {@link QueryTermsFilterFactory} says:
 * a token of several terms separated by {@link QueryTermsFilterFactory#ALTERNATIVE} gives them all at one position
 * (a query parser makes a synonym query of them, or a multi-phrase query in a phrase), and a token that is
 * {@link QueryTermsFilterFactory#GAP} leaves a position free (a phrase with a gap).
 */
final class QueryTermsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> stacked = new ArrayDeque<>();
    private State state;

    QueryTermsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!stacked.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(stacked.poll());
            position.setPositionIncrement(0);
            return true;
        }
        int skipped = 0;
        while (input.incrementToken()) {
            String t = term.toString();
            if (t.equals(QueryTermsFilterFactory.GAP)) {
                skipped += position.getPositionIncrement();
                continue;
            }
            position.setPositionIncrement(position.getPositionIncrement() + skipped);
            int sep = t.indexOf(QueryTermsFilterFactory.ALTERNATIVE);
            if (sep >= 0) {
                String[] all = t.split(String.valueOf(QueryTermsFilterFactory.ALTERNATIVE), -1);
                for (int i = 1; i < all.length; i++) {
                    stacked.add(all[i]);
                }
                term.setEmpty().append(all[0]);
                state = captureState();
            }
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        stacked.clear();
        state = null;
    }
}
