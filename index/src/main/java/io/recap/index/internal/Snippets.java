package io.recap.index.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.recap.index.Snippet;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of hits with the matched words marked, by Lucene's UnifiedHighlighter from the offsets stored in the
 * postings of the session text and title; a phrase's words are marked only where they stand as the phrase.
 * Thread-safe.
 */
final class Snippets {

    /** Marks around a matched word while a snippet is made (private-use characters no text has). */
    static final String OPEN = "\uE001";
    static final String CLOSE = "\uE002";
    /** About how long a snippet is, in characters. */
    static final int LENGTH = 160;
    /** The longest snippet, in characters. */
    static final int MAX_LENGTH = 240;

    private static final String[] FIELDS = {Schema.SESSION_TEXT, Schema.SESSION_TITLE};
    private static final int[] ONE_PASSAGE = {1, 1};

    private final TextAnalyzer analyzer = TextAnalyzer.forIndexing();

    /**
     * A snippet per document of {@code page}, {@code null} where no word of the query matched; {@code docs} are
     * the page's stored fields, already loaded (so the highlighter need not load them again).
     */
    Snippet[] of(IndexSearcher s, Query text, ScoreDoc[] page, Document[] docs) throws IOException {
        Snippet[] out = new Snippet[page.length];
        if (text == null || page.length == 0) {
            return out;
        }
        Map<Integer, Document> loaded = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            loaded.put(page[i].doc, docs[i]);
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(s, analyzer)
                .withFormatter(new DefaultPassageFormatter(OPEN, CLOSE, " … ", false))
                .withMaxNoHighlightPassages(0)
                // Terms of the highlighted field, not Weight.matches() of the whole query over every twin field:
                // an order of magnitude cheaper; phrases (and the parts of a word like CodeDeploy) are checked.
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(true)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), LENGTH, 0.3f));
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                           int cacheCharsThreshold) throws IOException {
                List<CharSequence[]> out = new ArrayList<>();
                for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                    Document d = loaded.get(doc);
                    CharSequence[] values = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String v = d == null ? null : d.get(fields[f]);
                        values[f] = v == null ? "" : v;
                    }
                    out.add(values);
                }
                return out;
            }
        };
        int[] ids = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            ids[i] = page[i].doc;
        }
        Map<String, String[]> byField = highlighter.highlightFields(FIELDS, text, ids, ONE_PASSAGE);
        String[] inText = byField.get(Schema.SESSION_TEXT);
        String[] inTitle = byField.get(Schema.SESSION_TITLE);
        for (int i = 0; i < page.length; i++) {
            String s1 = inText == null ? null : inText[i];
            if (s1 == null || !s1.contains(OPEN)) {
                s1 = inTitle == null ? null : inTitle[i];
            }
            out[i] = s1 == null || !s1.contains(OPEN) ? null : snippet(around(oneLine(s1)));
        }
        return out;
    }

    /**
     * For hits found by filters alone: the first line of a session's text that names one of {@code names}
     * (as a whole word, any case), with the name marked; else the first line.
     */
    static Snippet lineMentioning(String text, List<String> names) {
        if (text != null && !names.isEmpty()) {
            for (String line : text.split("\n")) {
                for (String name : names) {
                    int at = wholeWord(line, name);
                    if (at >= 0) {
                        String one = line.substring(0, at) + OPEN + line.substring(at, at + name.length()) + CLOSE
                                + line.substring(at + name.length());
                        return snippet(around(oneLine(one)));
                    }
                }
            }
        }
        String first = firstLine(text);
        return first.isEmpty() ? Snippet.NONE : new Snippet(first, List.of());
    }

    /** A snippet from text with {@link #OPEN} and {@link #CLOSE} around its marks. */
    static Snippet snippet(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<Snippet.Mark> marks = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN.charAt(0)) {
                start = start < 0 ? text.length() : start;
            } else if (c == CLOSE.charAt(0)) {
                if (start >= 0 && text.length() > start) {
                    Snippet.Mark last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
                    if (last != null && last.end() >= start) {
                        marks.set(marks.size() - 1, new Snippet.Mark(last.start(), text.length()));
                    } else {
                        marks.add(new Snippet.Mark(start, text.length()));
                    }
                }
                start = -1;
            } else {
                text.append(c);
            }
        }
        return new Snippet(text.toString(), marks);
    }

    /** Where {@code word} stands in {@code text} as a whole word, ignoring case (char by char), or -1. */
    private static int wholeWord(String text, String word) {
        int n = word.length();
        for (int at = 0; at + n <= text.length(); at++) {
            if (text.regionMatches(true, at, word, 0, n)
                    && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (at + n == text.length() || !Character.isLetterOrDigit(text.charAt(at + n)))) {
                return at;
            }
        }
        return -1;
    }

    /** The first line of a session's text, for hits without a marked passage. */
    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        return cut(oneLine(text.lines().filter(l -> !l.isBlank()).findFirst().orElse("")));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** At most {@link #MAX_LENGTH} characters, keeping the first mark in view. */
    private static String around(String s) {
        if (s.length() <= MAX_LENGTH) {
            return s;
        }
        int mark = s.indexOf(OPEN);
        int start = Math.max(0, Math.min(mark - MAX_LENGTH / 3, s.length() - MAX_LENGTH));
        if (start > 0) {
            int space = s.indexOf(' ', start);
            start = space >= 0 && space < mark ? space + 1 : start;
        }
        String body = cut(s.substring(start));
        return start > 0 ? "…" + body : body;
    }

    private static String cut(String s) {
        if (s.length() <= MAX_LENGTH) {
            return s;
        }
        int end = s.lastIndexOf(' ', MAX_LENGTH - 1);
        if (end < MAX_LENGTH / 2) {
            end = MAX_LENGTH - 1;
        }
        String head = s.substring(0, end);
        int open = head.lastIndexOf(OPEN);
        if (open > head.lastIndexOf(CLOSE)) {
            head = head + CLOSE;
        }
        return head + "…";
    }
}
