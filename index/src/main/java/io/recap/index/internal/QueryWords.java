package io.recap.index.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The words of a query as the index holds them (see {@link TextAnalyzer} and {@link Diacritics}): split where
 * the index splits text, each word looked up under the spellings it may mean, a word with parts ("CodeDeploy",
 * "node.js") as itself or as its parts in sequence, never as its parts anywhere. Not thread-safe (the English
 * stemmer keeps state): one instance per query.
 */
final class QueryWords {

    /** What diacritics typed in a query mean. */
    enum Mode {
        /** Typed marks must be there, or no marks at all ("bảo" finds "bảo" and "bao", not "báo"). */
        STRICT,
        /** Typed marks do not matter ("bảo" finds "bảo", "báo", "bao"). */
        LOOSE,
        /** Typed marks must be there ("bảo" finds "bảo" only): what ranks exact spellings first. */
        EXACT
    }

    /**
     * One word of the query.
     *
     * @param lower  the word in lower case
     * @param marked whether it has diacritics
     * @param parts  its parts in lower case (camel case, inner punctuation), or none
     * @param joined its parts joined when punctuation separated them ("nodejs"), or {@code null}
     * @param gap    whether punctuation separates it from the word before (the index leaves a position free
     *               there, see {@link PunctuationGapFilter})
     */
    record Word(String lower, boolean marked, List<String> parts, String joined, boolean gap) {

        Word withGap(boolean value) {
            return new Word(lower, marked, parts, joined, value);
        }
    }

    /** Most combinations of split words and whole words one phrase expands to. */
    private static final int MAX_COMBINATIONS = 8;

    private final EnglishStemmer stemmer = new EnglishStemmer();
    private final Predicate<Term> exists;

    /** Words looked up as they may be in any index. */
    QueryWords() {
        this(t -> true);
    }

    /** Words looked up only under the terms {@code exists} says an index holds. */
    QueryWords(Predicate<Term> exists) {
        this.exists = exists;
    }

    /** The words of {@code text}, as the index's tokenizer finds them. */
    static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        String nfc = Documents.nfc(text);
        try (StandardTokenizer t = new StandardTokenizer()) {
            t.setReader(new StringReader(nfc));
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = t.addAttribute(OffsetAttribute.class);
            t.reset();
            int lastEnd = -1;
            while (t.incrementToken()) {
                boolean gap = lastEnd >= 0 && PunctuationGapFilter.separates(nfc, lastEnd, offset.startOffset());
                out.add(word(term.toString()).withGap(gap));
                lastEnd = offset.endOffset();
            }
            t.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** One token: its lower case, marks and parts, split as {@link WordPartsFilter} splits it. */
    static Word word(String token) {
        List<String> parts = new ArrayList<>();
        boolean delimited = false;
        int start = -1;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            int type = Character.getType(c);
            boolean wordChar = Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (!wordChar) {
                if (start >= 0) {
                    parts.add(token.substring(start, i));
                    start = -1;
                }
                delimited = true;
            } else if (start < 0) {
                start = i;
            } else if (Character.isUpperCase(c) && Character.isLowerCase(token.charAt(i - 1))) {
                parts.add(token.substring(start, i));
                start = i;
            }
        }
        if (start >= 0) {
            parts.add(token.substring(start));
        }
        String lower = token.toLowerCase(Locale.ROOT);
        boolean marked = Diacritics.hasMarks(lower);
        if (parts.size() < 2) {
            return new Word(lower, marked, List.of(), null, false);
        }
        List<String> lowerParts = parts.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        return new Word(lower, marked, lowerParts, delimited ? String.join("", lowerParts) : null, false);
    }

    /** Whether a word of {@code words} has diacritics. */
    static boolean anyMarked(List<Word> words) {
        return words.stream().anyMatch(Word::marked);
    }

    /** The terms a word (lower case) may be in a folded field: see {@link Mode}. */
    static List<String> spellings(String lower, Mode mode) {
        String folded = Diacritics.fold(lower);
        if (folded.equals(lower) || mode == Mode.LOOSE) {
            return List.of(folded, Diacritics.marked(folded));
        }
        String exact = Diacritics.normalizeTones(lower);
        return mode == Mode.EXACT ? List.of(exact) : List.of(exact, folded);
    }

    /** The English stem of a word (lower case), as the index's English twins hold it. */
    String stem(String lower) {
        String w = Diacritics.fold(lower);
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        stemmer.setCurrent(w);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /**
     * The query for one word in {@code field}: one of its spellings, or its parts in sequence; {@code null} for an
     * English twin when the word's diacritics must match (stems have none).
     */
    Query word(String field, Word w, Mode mode) {
        if (Schema.isEnglish(field) && w.marked() && mode != Mode.LOOSE) {
            return null;
        }
        Query whole = terms(field, wholeTerms(field, w, mode));
        if (w.parts().isEmpty()) {
            return whole;
        }
        List<List<String>> parts = new ArrayList<>();
        int[] positions = new int[w.parts().size()];
        for (int i = 0; i < positions.length; i++) {
            parts.add(termsOf(field, w.parts().get(i), mode));
            positions[i] = i;
        }
        Query inSequence = phrase(field, parts, positions, 0);
        if (inSequence == null) {
            return whole;
        }
        if (whole instanceof MatchNoDocsQuery) {
            return inSequence;
        }
        return new BooleanQuery.Builder()
                .add(whole, BooleanClause.Occur.SHOULD)
                .add(inSequence, BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * The query for words in sequence (a phrase, or one typed word the tokenizer splits, such as "CI/CD"), at
     * most {@code slop} moves apart; {@code null} as for {@link #word}.
     */
    Query sequence(String field, List<Word> words, int slop, Mode mode) {
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1 && slop == 0) {
            return word(field, words.get(0), mode);
        }
        if (Schema.isEnglish(field) && anyMarked(words) && mode != Mode.LOOSE) {
            return null;
        }
        List<Integer> split = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).parts().isEmpty()) {
                split.add(i);
            }
        }
        int combinations = split.size() > 3 ? 1 : 1 << split.size();
        List<Query> alternatives = new ArrayList<>();
        for (int c = 0; c < Math.min(combinations, MAX_COMBINATIONS); c++) {
            List<List<String>> terms = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            int bit = 0;
            int position = -1;
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                position += w.gap() && i > 0 ? 2 : 1;
                boolean asParts = !w.parts().isEmpty() && combinations > 1 && (c >> bit++ & 1) == 1;
                if (asParts) {
                    for (int k = 0; k < w.parts().size(); k++) {
                        terms.add(termsOf(field, w.parts().get(k), mode));
                        positions.add(position + k);
                    }
                    position += w.parts().size() - 1;
                } else {
                    terms.add(wholeTerms(field, w, mode));
                    positions.add(position);
                }
            }
            Query q = phrase(field, terms, positions.stream().mapToInt(Integer::intValue).toArray(), slop);
            if (q != null) {
                alternatives.add(q);
            }
        }
        if (alternatives.isEmpty()) {
            return new MatchNoDocsQuery("no such words in " + field);
        }
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        alternatives.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** Similar spellings of a word: one or two letters apart by {@code edits}, in every spelling of it. */
    Query similar(String field, Word w, int edits) {
        String folded = Diacritics.fold(w.lower());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new FuzzyQuery(new Term(field, folded), edits, 1), BooleanClause.Occur.SHOULD);
        b.add(new FuzzyQuery(new Term(field, Diacritics.marked(folded)), edits, 1), BooleanClause.Occur.SHOULD);
        return b.build();
    }

    private List<String> wholeTerms(String field, Word w, Mode mode) {
        Set<String> out = new LinkedHashSet<>(termsOf(field, w.lower(), mode));
        if (w.joined() != null) {
            out.addAll(termsOf(field, w.joined(), mode));
        }
        return List.copyOf(out);
    }

    private List<String> termsOf(String field, String lower, Mode mode) {
        return Schema.isEnglish(field) ? List.of(stem(lower)) : spellings(lower, mode);
    }

    /** The terms of {@code field} the index has (all when it cannot tell). */
    private List<Term> existing(String field, List<String> terms) {
        List<Term> out = new ArrayList<>(terms.size());
        for (String t : terms) {
            Term term = new Term(field, t);
            if (exists.test(term)) {
                out.add(term);
            }
        }
        return out;
    }

    /**
     * Words at these positions, at most {@code slop} moves apart: a plain phrase when each position has one term
     * the index holds, else one with alternatives; {@code null} when a position has none.
     */
    private Query phrase(String field, List<List<String>> terms, int[] positions, int slop) {
        List<List<Term>> found = new ArrayList<>(terms.size());
        boolean single = true;
        for (List<String> t : terms) {
            List<Term> e = existing(field, t);
            if (e.isEmpty()) {
                return null;
            }
            single &= e.size() == 1;
            found.add(e);
        }
        if (single) {
            PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
            for (int i = 0; i < found.size(); i++) {
                b.add(found.get(i).get(0), positions[i]);
            }
            return b.build();
        }
        MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder().setSlop(slop);
        for (int i = 0; i < found.size(); i++) {
            b.add(found.get(i).toArray(Term[]::new), positions[i]);
        }
        return b.build();
    }

    /**
     * One term, or a synonym query scoring several spellings as one word, of those the index holds;
     * {@link MatchNoDocsQuery} when it holds none.
     */
    Query terms(String field, List<String> terms) {
        List<Term> found = existing(field, terms);
        if (found.isEmpty()) {
            return new MatchNoDocsQuery("no such word in " + field);
        }
        if (found.size() == 1) {
            return new TermQuery(found.get(0));
        }
        SynonymQuery.Builder b = new SynonymQuery.Builder(field);
        found.forEach(b::addTerm);
        return b.build();
    }
}
