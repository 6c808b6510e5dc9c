package io.recap.index.internal;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Index-time word splitting: a word with a case change or an inner delimiter ("CodeDeploy", "node.js",
 * "dev_ops") is kept whole and followed by its parts, the first at the whole word's position and each next one
 * a position further ({@code codedeploy code deploy}), and, when delimiters were removed, by the parts joined
 * ({@code nodejs}). So "code deploy", "codedeploy" and "CodeDeploy" all find it, also as phrases.
 *
 * <p>It does what Lucene's WordDelimiterGraphFilter followed by FlattenGraphFilter does for these cases, at a
 * fraction of the cost: most words have nothing to split and pass through after one scan of their letters.
 * {@link QueryWords} splits query words by the same rules.
 */
final class WordPartsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

    private char[] word = new char[32];
    private int wordLength;
    private int wordStart;
    private int wordEnd;
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int parts;
    private int next;
    private boolean joinPending;

    WordPartsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (joinPending) {
            joinPending = false;
            int n = 0;
            for (int i = 0; i < parts; i++) {
                n += ends[i] - starts[i];
            }
            char[] buf = term.resizeBuffer(n);
            n = 0;
            for (int i = 0; i < parts; i++) {
                System.arraycopy(word, starts[i], buf, n, ends[i] - starts[i]);
                n += ends[i] - starts[i];
            }
            term.setLength(n);
            offset.setOffset(wordStart, wordEnd);
            position.setPositionIncrement(0);
            return true;
        }
        if (next < parts) {
            int i = next++;
            term.copyBuffer(word, starts[i], ends[i] - starts[i]);
            if (wordEnd - wordStart == wordLength) {
                offset.setOffset(wordStart + starts[i], wordStart + ends[i]);
            } else {
                offset.setOffset(wordStart, wordEnd); // the text was changed before us: keep the whole word's
            }
            position.setPositionIncrement(i == 0 ? 0 : 1);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        split();
        return true;
    }

    /** Finds the parts of the current word; none when it has nothing to split. */
    private void split() {
        parts = 0;
        next = 0;
        char[] t = term.buffer();
        int len = term.length();
        boolean delimited = false;
        int start = -1;
        for (int i = 0; i < len; i++) {
            char c = t[i];
            boolean wordChar = Character.isLetterOrDigit(c) || isMark(c);
            if (!wordChar) {
                if (start >= 0) {
                    addPart(start, i);
                    start = -1;
                }
                delimited = true;
            } else if (start < 0) {
                start = i;
            } else if (Character.isUpperCase(c) && Character.isLowerCase(t[i - 1])) {
                addPart(start, i);
                start = i;
            }
        }
        if (start >= 0) {
            addPart(start, len);
        }
        if (parts < 2) {
            parts = 0;
            return;
        }
        if (word.length < len) {
            word = new char[Math.max(len, word.length * 2)];
        }
        System.arraycopy(t, 0, word, 0, len);
        wordLength = len;
        wordStart = offset.startOffset();
        wordEnd = offset.endOffset();
        joinPending = delimited;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private void addPart(int start, int end) {
        if (parts == starts.length) {
            starts = java.util.Arrays.copyOf(starts, parts * 2);
            ends = java.util.Arrays.copyOf(ends, parts * 2);
        }
        starts[parts] = start;
        ends[parts] = end;
        parts++;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts = 0;
        next = 0;
        joinPending = false;
    }
}
