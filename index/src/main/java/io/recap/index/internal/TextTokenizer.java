package io.recap.index.internal;

import java.io.IOException;
import java.util.Iterator;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.Attribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * The first step of {@link TextAnalyzer}'s analysis as one tokenizer: {@link StandardTokenizer}'s words with a
 * position left free where punctuation separates two of them ({@link PunctuationGapFilter}, which must see the text
 * the tokenizer reads). {@link TextAnalyzer} wires the two itself; this form is for analysis chains built from
 * factories, such as a Solr schema ({@link TextTokenizerFactory}).
 */
final class TextTokenizer extends Tokenizer {

    private final StandardTokenizer words;
    private final PunctuationGapFilter gaps;

    TextTokenizer(AttributeFactory factory) {
        super(factory);
        words = new StandardTokenizer(factory);
        gaps = new PunctuationGapFilter(words);
        for (Iterator<Class<? extends Attribute>> it = gaps.getAttributeClassesIterator(); it.hasNext(); ) {
            addAttribute(it.next());
        }
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!gaps.incrementToken()) {
            return false;
        }
        gaps.copyTo(this);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        words.setReader(gaps.wrap(input));
        gaps.reset();
    }

    @Override
    public void end() throws IOException {
        super.end();
        gaps.end();
        gaps.copyTo(this);
    }

    @Override
    public void close() throws IOException {
        try {
            gaps.close();
        } finally {
            super.close();
        }
    }
}
