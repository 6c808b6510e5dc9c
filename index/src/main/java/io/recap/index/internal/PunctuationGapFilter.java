package io.recap.index.internal;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Leaves a position free between two words that punctuation separates ("code, deploy", "code → deploy",
 * "end. Deploy"), so that a phrase — and a word written as one, such as "CodeDeploy", which matches as its parts
 * in sequence — does not run across it; characters that join words ({@code - / ' _ & + # @} and a dot inside a
 * word) leave none, so "CI/CD" and "blue-green" stay phrases. It reads the characters between two tokens from
 * the text the tokenizer was given, which {@link #wrap} records.
 */
final class PunctuationGapFilter extends TokenFilter {

    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private int lastEnd = -1;

    PunctuationGapFilter(TokenStream input) {
        super(input);
    }

    /** The reader the tokenizer reads, recording what it reads for this filter. */
    Reader wrap(Reader in) {
        text.setLength(0);
        return new Reader() {
            @Override
            public int read(char[] buffer, int off, int len) throws IOException {
                int n = in.read(buffer, off, len);
                if (n > 0) {
                    text.append(buffer, off, n);
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int start = offset.startOffset();
        if (lastEnd >= 0 && start > lastEnd && start <= text.length() && separates(text, lastEnd, start)) {
            position.setPositionIncrement(position.getPositionIncrement() + 1);
        }
        lastEnd = offset.endOffset();
        return true;
    }

    /** Whether the characters from {@code from} to {@code to} hold punctuation that ends a phrase. */
    static boolean separates(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || "-/'’_&+#@\u00AD".indexOf(c) >= 0) {
                continue;
            }
            if (c == '.' && (i + 1 >= to || !Character.isWhitespace(s.charAt(i + 1)))) {
                continue; // a dot inside a word ("v1.2", "e.g") or at the end without a space
            }
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        lastEnd = -1;
    }
}
