package io.recap.index.internal;

import io.recap.index.Topic;
import io.recap.index.TopicGlossary;
import io.recap.index.internal.QueryWords.Word;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Finds the names of a {@link TopicGlossary}'s topics in text (tagging sessions at index time) and in the words
 * of a query (expanding it), by one rule: a name's words in sequence, whole words, case aside; a word of the
 * text or query with diacritics matches a name's word with the same diacritics, one without matches the name's
 * word folded ("giam sat" is "giám sát") or, for English words, by its English stem ("monitor" is
 * "monitoring"). Immutable and thread-safe.
 */
public final class TopicMatcher {

    /** Whether a term is a name of its topic (typing it expands the query) or a close term (it does not). */
    enum Kind { NAME, CLOSE }

    /** One word of a name or a text, as matching compares it. */
    record Token(String exact, String folded, boolean marked, String stem, boolean gap) {
    }

    /**
     * A name or close term of a topic.
     *
     * @param language {@code en}, {@code vi}, or {@code null} when the topic lists it in both languages
     */
    record Name(Topic topic, String text, List<Token> tokens, Kind kind, String language) {
    }

    private final TopicGlossary glossary;
    private final List<Name> names = new ArrayList<>();
    /** Names by the folded form and by the English stem of their first word. */
    private final Map<String, List<Name>> byFirst = new HashMap<>();
    private final Map<String, List<Name>> byTopic = new HashMap<>();

    private TopicMatcher(TopicGlossary glossary) {
        this.glossary = glossary;
        EnglishStemmer stemmer = new EnglishStemmer();
        for (Topic t : glossary.topics()) {
            Set<String> en = new LinkedHashSet<>(t.names());
            en.addAll(t.closeTerms());
            Set<String> vi = new LinkedHashSet<>(t.vietnameseNames());
            vi.addAll(t.closeVietnamese());
            Set<String> seen = new LinkedHashSet<>();
            for (String term : t.allTerms()) {
                if (!seen.add(term)) {
                    continue;
                }
                boolean name = t.names().contains(term) || t.vietnameseNames().contains(term);
                String language = en.contains(term) && vi.contains(term) ? null : en.contains(term) ? "en" : "vi";
                List<Token> tokens = tokens(QueryWords.words(term), stemmer);
                if (tokens.isEmpty()) {
                    continue;
                }
                Name n = new Name(t, term, tokens, name ? Kind.NAME : Kind.CLOSE, language);
                names.add(n);
                byTopic.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(n);
                Token first = tokens.get(0);
                byFirst.computeIfAbsent(first.folded(), k -> new ArrayList<>()).add(n);
                if (!first.marked() && !first.stem().equals(first.folded())) {
                    byFirst.computeIfAbsent(first.stem(), k -> new ArrayList<>()).add(n);
                }
            }
        }
    }

    /** The matcher of {@code glossary}. */
    public static TopicMatcher of(TopicGlossary glossary) {
        return glossary == TopicGlossary.builtIn() ? BuiltIn.INSTANCE : new TopicMatcher(glossary);
    }

    /** Holds the matcher of the built-in glossary, made once. */
    private static final class BuiltIn {
        static final TopicMatcher INSTANCE = new TopicMatcher(TopicGlossary.builtIn());
    }

    /** The glossary. */
    public TopicGlossary glossary() {
        return glossary;
    }

    /** The names and close terms of a topic, in the glossary's order. */
    List<Name> namesOf(Topic topic) {
        return byTopic.getOrDefault(topic.id(), List.of());
    }

    private static List<Token> tokens(List<Word> words, EnglishStemmer stemmer) {
        List<Token> out = new ArrayList<>(words.size());
        for (Word w : words) {
            String folded = Diacritics.fold(w.lower());
            String exact = w.marked() ? Diacritics.normalizeTones(w.lower()) : w.lower();
            stemmer.setCurrent(folded);
            stemmer.stem();
            out.add(new Token(exact, folded, w.marked(), stemmer.getCurrent(), w.gap()));
        }
        return out;
    }

    /** Whether a word of a text or query ({@code t}) is the word {@code n} of a name. */
    private static boolean same(Token n, Token t) {
        if (t.marked()) {
            return n.marked() && n.exact().equals(t.exact());
        }
        return n.folded().equals(t.folded()) || !n.marked() && n.stem().equals(t.stem());
    }

    /**
     * The topics a session is about: those with a name or close term in its {@code title}, a name in its
     * {@code points} (a close term there is too loose a sign: "logs" in a point of a talk on databases), and those
     * of the services ({@code serviceIds}) it mentions; ids in the glossary's order.
     */
    public Set<String> tags(String title, Collection<String> points, Collection<String> serviceIds) {
        Set<String> found = new java.util.HashSet<>();
        EnglishStemmer stemmer = new EnglishStemmer();
        find(title, true, stemmer, found);
        for (String point : points) {
            find(point, false, stemmer, found);
        }
        Set<String> out = new LinkedHashSet<>();
        for (Topic t : glossary.topics()) {
            if (found.contains(t.id()) || t.services().stream().anyMatch(serviceIds::contains)) {
                out.add(t.id());
            }
        }
        return out;
    }

    /** Adds the topics whose names (and, with {@code close}, close terms) {@code text} has to {@code found}. */
    private void find(String text, boolean close, EnglishStemmer stemmer, Set<String> found) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<Token> tokens = tokens(QueryWords.words(text), stemmer);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            for (String key : t.marked() ? List.of(t.folded()) : List.of(t.folded(), t.stem())) {
                for (Name n : byFirst.getOrDefault(key, List.of())) {
                    if ((close || n.kind() == Kind.NAME) && !found.contains(n.topic().id()) && at(n, tokens, i)) {
                        found.add(n.topic().id());
                    }
                }
            }
        }
    }

    /** Whether name {@code n} is in {@code tokens} from {@code start}, its words side by side. */
    private static boolean at(Name n, List<Token> tokens, int start) {
        if (start + n.tokens().size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < n.tokens().size(); k++) {
            Token t = tokens.get(start + k);
            if (!same(n.tokens().get(k), t) || k > 0 && t.gap()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name (not a close term) that is exactly the words {@code words} of a query, or {@code null}; when two
     * topics could match, the one listed first.
     */
    Name nameOf(List<Word> words) {
        List<Token> tokens = tokens(words, new EnglishStemmer());
        if (tokens.isEmpty()) {
            return null;
        }
        Token first = tokens.get(0);
        Name best = null;
        for (String key : first.marked() ? List.of(first.folded()) : List.of(first.folded(), first.stem())) {
            for (Name n : byFirst.getOrDefault(key, List.of())) {
                if (n.kind() != Kind.NAME || n.tokens().size() != tokens.size()) {
                    continue;
                }
                boolean all = true;
                for (int k = 0; k < tokens.size() && all; k++) {
                    all = same(n.tokens().get(k), tokens.get(k));
                }
                if (all && (best == null || names.indexOf(n) < names.indexOf(best))) {
                    best = n;
                }
            }
        }
        return best;
    }
}
