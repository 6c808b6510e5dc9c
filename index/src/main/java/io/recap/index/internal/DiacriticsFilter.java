package io.recap.index.internal;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Index-time folding (see {@link Diacritics}): a word without marks passes unchanged; a word with marks becomes
 * its folded form with the {@link Diacritics#MARKED} suffix, followed at the same position by the word as
 * written, its tone mark placed the modern way. Expects lower-cased tokens.
 */
final class DiacriticsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private String exact;
    private State state;

    DiacriticsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (exact != null) {
            restoreState(state);
            term.setEmpty().append(exact);
            position.setPositionIncrement(0);
            exact = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!needsFolding()) {
            return true;
        }
        String word = term.toString();
        String folded = Diacritics.fold(word);
        if (folded.equals(word)) {
            return true;
        }
        exact = Diacritics.normalizeTones(word);
        state = captureState();
        term.setEmpty().append(folded).append(Diacritics.MARKED);
        return true;
    }

    private boolean needsFolding() {
        char[] b = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) {
            if (b[i] >= 0x80) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        exact = null;
        state = null;
    }
}
