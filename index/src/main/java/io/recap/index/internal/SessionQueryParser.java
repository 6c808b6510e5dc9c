package io.recap.index.internal;

import io.recap.index.InvalidQueryException;
import io.recap.index.Topic;
import io.recap.index.TopicExpansion;
import io.recap.index.internal.QueryWords.Mode;
import io.recap.index.internal.QueryWords.Word;
import io.recap.model.Part;
import io.recap.model.Service;
import io.recap.parser.ServiceCatalog;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Turns a user's query ({@link QuerySyntax}) into a query over the session documents. A word may match any text
 * of a session — its title, its text, its speakers, the names of its services — and its event's name and place,
 * titles weighing more; but at least one word of the query must be in the session itself, so that a word of an
 * event's name does not bring every session of the event. Field names ({@code title:}, {@code service:}…) narrow
 * where a word may match. Diacritics typed mean what {@link Mode} says. Not thread-safe: one instance per query.
 */
public final class SessionQueryParser {

    /**
     * What a session with the query's words in their exact spelling gains over the others: far more than any text
     * score (a few tens), so that exact spellings rank first.
     */
    static final float EXACT_BONUS = 1000f;
    /**
     * What a session with the query's words as typed gains over those found only through a topic's other names
     * (when a topic expanded the query): more than any text score, less than {@link #EXACT_BONUS}.
     */
    static final float TYPED_BONUS = 200f;
    /** Weight of a topic's other names relative to the words typed. */
    static final float TOPIC_WEIGHT = 0.5f;
    /** Weight of an English-stemmed twin relative to its folded field. */
    private static final float ENGLISH_WEIGHT = 0.5f;
    /** Words at least this long may differ by one letter in a retry with similar words (eight letters: two). */
    static final int FUZZY_MIN_LENGTH = 5;

    /** Where a word without a field may match, with weights. */
    private static final Map<String, Float> ANY = fields(Schema.SESSION_TITLE, 3f, Schema.EVENT_TITLE, 2f,
            Schema.SESSION_TEXT, 1f, Schema.SPEAKERS, 1f, Schema.EVENT_SPEAKERS, 0.5f, Schema.LOCATION, 0.5f,
            Schema.SERVICE_NAMES, 1f);
    /** The session's own text: one word of a query must match here. */
    private static final Map<String, Float> OWN = fields(Schema.SESSION_TITLE, 3f, Schema.SESSION_TEXT, 1f,
            Schema.SPEAKERS, 1f, Schema.SERVICE_NAMES, 1f);
    /** The event's text on a session: what {@link #ANY} adds to {@link #OWN}. */
    private static final Map<String, Float> EVENT = fields(Schema.EVENT_TITLE, 2f, Schema.EVENT_SPEAKERS, 0.5f,
            Schema.LOCATION, 0.5f);
    /** User field name → the text fields it searches, with weights. */
    private static final Map<String, Map<String, Float>> NAMED = Map.of(
            "title", fields(Schema.SESSION_TITLE, 1f),
            "event", fields(Schema.EVENT_TITLE, 1f, Schema.PAGE_TITLE, 1f),
            "text", fields(Schema.SESSION_TEXT, 1f),
            "speaker", fields(Schema.SPEAKERS, 1f, Schema.EVENT_SPEAKERS, 0.5f),
            "location", fields(Schema.LOCATION, 1f));

    /**
     * A parsed query.
     *
     * @param query the query the sessions must match, with {@link #EXACT_BONUS} for exact spellings
     * @param exact the same query in the session's own text with typed diacritics matching exactly; {@code null}
     *              when no word has diacritics
     * @param typed the query as typed, without the topics' names, when topics expanded it; else {@code null}
     * @param expansions the topics that expanded the query, in the order of the query's words
     */
    public record Parsed(Query query, Query exact, Query typed, List<Expansion> expansions) {

        /** A query that no topic expanded. */
        public Parsed(Query query, Query exact) {
            this(query, exact, null, List.of());
        }
    }

    private final ServiceCatalog catalog;
    private final boolean fuzzy;
    private final QueryWords words;

    private SessionQueryParser(ServiceCatalog catalog, boolean fuzzy, Predicate<Term> exists) {
        this.catalog = catalog;
        this.fuzzy = fuzzy;
        this.words = new QueryWords(exists);
    }

    private static Map<String, Float> fields(Object... fieldsAndWeights) {
        Map<String, Float> m = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndWeights.length; i += 2) {
            m.put((String) fieldsAndWeights[i], (Float) fieldsAndWeights[i + 1]);
        }
        return m;
    }

    /**
     * Parses {@code text}; {@code ignoreDiacritics} makes typed diacritics not matter, {@code fuzzy} makes words
     * of five or more letters match similar words.
     *
     * @throws InvalidQueryException with a message for people when the query cannot be understood
     */
    public static Parsed parse(String text, ServiceCatalog catalog, boolean ignoreDiacritics, boolean fuzzy) {
        return parse(text, catalog, ignoreDiacritics, fuzzy, t -> true, null);
    }

    /**
     * {@link #parse(String, ServiceCatalog, boolean, boolean)} for an index that holds the terms {@code exists}
     * accepts: spellings it lacks are left out of the query, which is then lighter to run.
     */
    public static Parsed parse(String text, ServiceCatalog catalog, boolean ignoreDiacritics, boolean fuzzy,
                               Predicate<Term> exists) {
        return parse(text, catalog, ignoreDiacritics, fuzzy, exists, null);
    }

    /**
     * {@link #parse(String, ServiceCatalog, boolean, boolean, Predicate)} expanding words that name a topic of
     * {@code topics} (when not {@code null}) to the topic's other names and services: sessions found only through
     * them score below every session with the words as typed ({@link #TYPED_BONUS}).
     */
    public static Parsed parse(String text, ServiceCatalog catalog, boolean ignoreDiacritics, boolean fuzzy,
                               Predicate<Term> exists, Topics topics) {
        try {
            QueryTree tree = QuerySyntax.parse(Documents.nfc(text), text);
            if (tree == null) {
                return new Parsed(new MatchNoDocsQuery("nothing to search for"), null);
            }
            SessionQueryParser p = new SessionQueryParser(catalog, fuzzy, exists);
            Mode mode = ignoreDiacritics ? Mode.LOOSE : Mode.STRICT;
            Query typed = p.build(tree, mode);
            Query query = typed;
            List<Expansion> expansions = new ArrayList<>();
            if (topics != null) {
                QueryTree wide = p.expand(tree, topics, expansions);
                Query widened = expansions.isEmpty() ? null : p.build(wide, mode);
                if (widened != null) {
                    // what was typed ranks first: a bonus no text score reaches, below the exact-spelling bonus
                    query = typed == null ? widened : new BooleanQuery.Builder()
                            .add(widened, BooleanClause.Occur.MUST)
                            .add(new BoostQuery(new ConstantScoreQuery(typed), TYPED_BONUS), BooleanClause.Occur.SHOULD)
                            .build();
                    for (Expansion e : expansions) {
                        e.compile(p, mode);
                    }
                } else {
                    expansions.clear();
                }
            }
            if (query == null) {
                return new Parsed(new MatchNoDocsQuery("no words to search for"), null);
            }
            // exact spellings in the session itself rank first (not in its event's name, which all its sessions
            // share): a bonus no text score reaches, so that Lucene still skips what cannot make the page
            Query exact = !fuzzy && p.hasMarks(tree) ? p.compile(tree, Mode.EXACT, OWN) : null;
            if (exact != null) {
                query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                        .add(new BoostQuery(new ConstantScoreQuery(exact), EXACT_BONUS), BooleanClause.Occur.SHOULD)
                        .build();
            }
            return new Parsed(query, exact, expansions.isEmpty() ? null : typed, List.copyOf(expansions));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("the query '" + text + "' is too large; use fewer words", e);
        }
    }

    /** The query for a parsed tree: its words in the session itself, its event's name and place adding score. */
    private Query build(QueryTree tree, Mode mode) {
        if (isOpenLeaf(tree)) {
            // one word or phrase: it must be in the session itself; its event's name and place only add to
            // the score (the same as the general form below, reading each field once)
            Query own = leaf(tree, mode, OWN);
            Query event = leaf(tree, mode, EVENT);
            return own == null || event == null ? own : new BooleanQuery.Builder()
                    .add(own, BooleanClause.Occur.MUST).add(event, BooleanClause.Occur.SHOULD).build();
        }
        Query query = compile(tree, mode, ANY);
        Query own = query == null ? null : own(tree, mode);
        if (own != null) {
            query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(own, BooleanClause.Occur.FILTER).build();
        }
        return query;
    }

    // ---- topics ----

    /**
     * Expanding queries with topics.
     *
     * @param matcher       finds the topic a query's words name
     * @param crossLanguage whether names in the other language than the one typed count
     */
    public record Topics(TopicMatcher matcher, boolean crossLanguage) {
    }

    /**
     * A topic that expanded the query, and the query of each name (or service) it added, in the session's own
     * text, for telling which one a session was found by.
     */
    public static final class Expansion {
        private final TopicExpansion info;
        private final Map<String, String> languages;
        private final Map<String, Query> alternatives = new LinkedHashMap<>();

        Expansion(TopicExpansion info, Map<String, String> languages) {
            this.info = info;
            this.languages = languages;
        }

        /** What expanded the query. */
        public TopicExpansion info() {
            return info;
        }

        /** Each added name (or a service's name) and its query in the session's own text. */
        Map<String, Query> alternatives() {
            return alternatives;
        }

        /** The language of an added name, or {@code null} (the same in both, or a service). */
        String language(String name) {
            return languages.get(name);
        }

        private void compile(SessionQueryParser p, Mode mode) {
            for (String name : info.added()) {
                Query q = p.alternative(name, mode, OWN);
                if (q != null) {
                    alternatives.put(name, q);
                }
            }
        }
    }

    /** {@code t} with each run of words, word or phrase that names a topic wrapped in {@link QueryTree.Expanded}. */
    private QueryTree expand(QueryTree t, Topics topics, List<Expansion> out) {
        if (t instanceof QueryTree.Or or) {
            List<QueryTree> any = new ArrayList<>();
            or.any().forEach(c -> any.add(expand(c, topics, out)));
            return new QueryTree.Or(any);
        }
        if (t instanceof QueryTree.And and) {
            List<QueryTree> kids = and.all();
            List<QueryTree> all = new ArrayList<>();
            int i = 0;
            while (i < kids.size()) {
                // words side by side: typed words, and syllables QuerySyntax made a phrase of ("kỹ thuật" prompt)
                int end = i;
                while (end < kids.size() && openText(kids.get(end)) != null) {
                    end++;
                }
                if (end == i) {
                    QueryTree c = kids.get(i++);
                    all.add(c instanceof QueryTree.Not ? c : expand(c, topics, out));
                    continue;
                }
                // the longest run of words from i that names a topic, else the word alone
                boolean found = false;
                for (int j = end; j > i && !found; j--) {
                    List<QueryTree> run = kids.subList(i, j);
                    StringBuilder text = new StringBuilder();
                    run.forEach(w -> text.append(text.length() == 0 ? "" : " ").append(openText(w)));
                    QueryTree typed = run.size() == 1 ? run.get(0) : new QueryTree.And(List.copyOf(run));
                    QueryTree e = expanded(typed, text.toString(), topics, out);
                    if (e != null) {
                        all.add(e);
                        i = j;
                        found = true;
                    }
                }
                if (!found) {
                    all.add(kids.get(i++));
                }
            }
            return new QueryTree.And(all);
        }
        String text = openText(t);
        if (text != null) {
            QueryTree e = expanded(t, text, topics, out);
            return e == null ? t : e;
        }
        return t;
    }

    /** The text of a word or phrase in no field, else {@code null}. */
    private static String openText(QueryTree t) {
        return t instanceof QueryTree.Word w && w.field() == null ? w.text()
                : t instanceof QueryTree.Phrase p && p.field() == null ? p.text() : null;
    }

    /** {@code typed} expanded when {@code text} is a name of a topic, else {@code null}. */
    private QueryTree expanded(QueryTree typed, String text, Topics topics, List<Expansion> out) {
        TopicMatcher.Name name = topics.matcher().nameOf(QueryWords.words(text));
        if (name == null) {
            return null;
        }
        Topic topic = name.topic();
        String typedKey = key(text);
        List<String> added = new ArrayList<>();
        Map<String, String> languages = new LinkedHashMap<>();
        for (TopicMatcher.Name n : topics.matcher().namesOf(topic)) {
            boolean sameLanguage = name.language() == null || n.language() == null
                    || n.language().equals(name.language());
            if (key(n.text()).equals(typedKey) || !topics.crossLanguage() && !sameLanguage) {
                continue;
            }
            added.add(n.text());
            languages.put(n.text(), n.language());
        }
        TopicExpansion info = new TopicExpansion(text, topic, name.language(), added);
        Expansion e = new Expansion(info, languages);
        out.add(e);
        return new QueryTree.Expanded(typed, info);
    }

    private static String key(String s) {
        StringBuilder b = new StringBuilder();
        for (Word w : QueryWords.words(s)) {
            b.append(b.length() == 0 ? "" : " ").append(w.lower());
        }
        return b.toString();
    }

    /** The fields where a topic's other names are looked for: the session's own title, text and services. */
    private static final Map<String, Float> TOPIC_FIELDS = fields(Schema.SESSION_TITLE, 3f, Schema.SESSION_TEXT, 1f,
            Schema.SERVICE_NAMES, 1f);

    /**
     * One added name as a phrase in the topic fields of {@code targets}, or {@code null}: as written, not by its
     * English stem (a name's other forms are names of their own when they mean the topic: "logging" is not "log
     * in").
     */
    private Query alternative(String name, Mode mode, Map<String, Float> targets) {
        List<Query> parts = new ArrayList<>();
        for (Map.Entry<String, Float> f : TOPIC_FIELDS.entrySet()) {
            if (!targets.containsKey(f.getKey())) {
                continue;
            }
            Query q = words.sequence(f.getKey(), QueryWords.words(name), 0, mode);
            if (q != null && !(q instanceof MatchNoDocsQuery)) {
                parts.add(f.getValue() == 1f ? q : new BoostQuery(q, f.getValue()));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        parts.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
        return b.build();
    }

    /** An expanded leaf: the words as typed, or, weighing {@link #TOPIC_WEIGHT}, another name of the topic. */
    private Query expandedLeaf(QueryTree.Expanded e, Mode mode, Map<String, Float> targets) {
        Query typed = compile(e.typed(), mode, targets);
        BooleanQuery.Builder others = new BooleanQuery.Builder();
        boolean any = false;
        for (String name : e.expansion().added()) {
            Query q = alternative(name, mode, targets);
            if (q != null) {
                others.add(q, BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        if (!any) {
            return typed;
        }
        Query wide = new BoostQuery(others.build(), TOPIC_WEIGHT);
        if (typed == null || typed instanceof MatchNoDocsQuery) {
            return wide;
        }
        return new BooleanQuery.Builder().add(typed, BooleanClause.Occur.SHOULD).add(wide, BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * The query for a name in a field of names ({@code --speaker}): all its words in one value, in any order
     * ("Đào Đức" is "Đức Đào"), diacritics as {@code ignoreDiacritics} says; {@code null} when it has no
     * words.
     */
    static Query name(String field, String name, boolean ignoreDiacritics) {
        List<Word> w = QueryWords.words(name);
        if (w.isEmpty()) {
            return null;
        }
        return new QueryWords().sequence(field, w, Math.min(2 * w.size() + 2, TextAnalyzer.VALUE_GAP - 1),
                ignoreDiacritics ? Mode.LOOSE : Mode.STRICT);
    }

    /** The query for words that must all be in a text field ({@code --event} words), or {@code null}. */
    static Query allWords(String field, String text, boolean ignoreDiacritics) {
        QueryWords qw = new QueryWords();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (Word w : QueryWords.words(text)) {
            b.add(qw.word(field, w, ignoreDiacritics ? Mode.LOOSE : Mode.STRICT), BooleanClause.Occur.MUST);
            any = true;
        }
        return any ? b.build() : null;
    }

    // ---- compiling the tree ----

    private Query compile(QueryTree t, Mode mode, Map<String, Float> targets) {
        if (t instanceof QueryTree.Or or) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            boolean any = false;
            for (QueryTree c : or.any()) {
                Query q = compile(c, mode, targets);
                if (q != null) {
                    b.add(q, BooleanClause.Occur.SHOULD);
                    any = true;
                }
            }
            return any ? b.build() : null;
        }
        if (t instanceof QueryTree.And and) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            boolean positive = false;
            boolean any = false;
            for (QueryTree c : and.all()) {
                boolean not = c instanceof QueryTree.Not;
                Query q = compile(not ? ((QueryTree.Not) c).tree() : c, mode, targets);
                if (q != null) {
                    b.add(q, not ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.MUST);
                    positive |= !not;
                    any = true;
                }
            }
            if (!any) {
                return null;
            }
            if (!positive) {
                b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER); // "-word" alone: everything but word
            }
            return b.build();
        }
        if (t instanceof QueryTree.Not not) {
            return compile(new QueryTree.And(List.of(not)), mode, targets);
        }
        if (t instanceof QueryTree.All) {
            return new MatchAllDocsQuery();
        }
        return leaf(t, mode, targets);
    }

    /** Any positive word of the query without a field, in the session's own text; {@code null} when none. */
    private Query own(QueryTree tree, Mode mode) {
        List<QueryTree> leaves = new ArrayList<>();
        positiveLeaves(tree, leaves);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (QueryTree leaf : leaves) {
            Query q = leaf(leaf, mode, OWN);
            if (q != null) {
                b.add(q, BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        return any ? b.build() : null;
    }

    /** Whether {@code t} is one word, phrase or pattern in no field. */
    private static boolean isOpenLeaf(QueryTree t) {
        List<QueryTree> leaves = new ArrayList<>();
        positiveLeaves(t, leaves);
        return leaves.size() == 1 && leaves.get(0) == t;
    }

    private static void positiveLeaves(QueryTree t, List<QueryTree> out) {
        if (t instanceof QueryTree.Or or) {
            or.any().forEach(c -> positiveLeaves(c, out));
        } else if (t instanceof QueryTree.And and) {
            and.all().forEach(c -> positiveLeaves(c, out));
        } else if (t instanceof QueryTree.Word w && w.field() == null
                || t instanceof QueryTree.Phrase p && p.field() == null
                || t instanceof QueryTree.Pattern pt && pt.field() == null
                || t instanceof QueryTree.Fuzzy f && f.field() == null
                || t instanceof QueryTree.Expanded) {
            out.add(t);
        }
    }

    private boolean hasMarks(QueryTree t) {
        if (t instanceof QueryTree.Or or) {
            return or.any().stream().anyMatch(this::hasMarks);
        }
        if (t instanceof QueryTree.And and) {
            return and.all().stream().anyMatch(this::hasMarks);
        }
        if (t instanceof QueryTree.Not not) {
            return hasMarks(not.tree());
        }
        String text = t instanceof QueryTree.Word w ? w.text() : t instanceof QueryTree.Phrase p ? p.text() : null;
        return text != null && QueryWords.anyMarked(QueryWords.words(text));
    }

    private Query leaf(QueryTree t, Mode mode, Map<String, Float> any) {
        if (t instanceof QueryTree.Expanded e) {
            return expandedLeaf(e, mode, any);
        }
        String field = fieldOf(t);
        if (field != null && !NAMED.containsKey(field)) {
            return keyword(t, field);
        }
        Map<String, Float> targets = field == null ? any : NAMED.get(field);
        List<Query> parts = new ArrayList<>();
        boolean absent = false;
        for (Map.Entry<String, Float> target : targets.entrySet()) {
            for (String variant : fuzzy ? List.of(target.getKey()) : Schema.variants(target.getKey())) {
                Query q = inField(t, variant, mode);
                if (q instanceof MatchNoDocsQuery) {
                    absent = true; // the index has not these words in this field
                } else if (q != null) {
                    float weight = target.getValue() * (Schema.isEnglish(variant) ? ENGLISH_WEIGHT : 1f);
                    parts.add(weight == 1f ? q : new BoostQuery(q, weight));
                }
            }
        }
        if (parts.isEmpty()) {
            return absent ? new MatchNoDocsQuery("no such words") : null;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        parts.forEach(p -> b.add(p, BooleanClause.Occur.SHOULD));
        return b.build();
    }

    private static String fieldOf(QueryTree t) {
        if (t instanceof QueryTree.Word w) {
            return w.field();
        }
        if (t instanceof QueryTree.Phrase p) {
            return p.field();
        }
        if (t instanceof QueryTree.Pattern p) {
            return p.field();
        }
        if (t instanceof QueryTree.Fuzzy f) {
            return f.field();
        }
        if (t instanceof QueryTree.Range r) {
            return r.field();
        }
        throw new IllegalStateException(t.toString());
    }

    private Query inField(QueryTree t, String field, Mode mode) {
        boolean english = Schema.isEnglish(field);
        if (t instanceof QueryTree.Word w) {
            List<Word> ws = QueryWords.words(w.text());
            if (fuzzy && ws.size() == 1 && !english) {
                Word one = ws.get(0);
                int length = Diacritics.fold(one.lower()).length();
                return length >= FUZZY_MIN_LENGTH ? words.similar(field, one, length >= 8 ? 2 : 1)
                        : words.word(field, one, Mode.LOOSE);
            }
            return words.sequence(field, ws, 0, mode);
        }
        if (t instanceof QueryTree.Phrase p) {
            return words.sequence(field, QueryWords.words(p.text()), p.slop(), mode);
        }
        if (t instanceof QueryTree.Fuzzy f) {
            List<Word> ws = QueryWords.words(f.text());
            if (english || ws.size() != 1) {
                return english ? null : words.sequence(field, ws, 0, mode);
            }
            return f.edits() == 0 ? words.word(field, ws.get(0), mode) : words.similar(field, ws.get(0), f.edits());
        }
        if (t instanceof QueryTree.Pattern p) {
            return english ? null : pattern(field, p.text(), mode);
        }
        throw new InvalidQueryException("ranges work on dates and years only, such as "
                + "date:[2025-01-01 TO 2025-06-30] or year:[2024 TO 2025]", null);
    }

    /** {@code cont*}, {@code c?de}: a prefix or wildcard over every spelling (or, with marks, as typed). */
    private static Query pattern(String field, String text, Mode mode) {
        String lower = Documents.nfc(text).toLowerCase(Locale.ROOT);
        boolean marked = Diacritics.hasMarks(lower);
        String p = marked && mode != Mode.LOOSE ? lower : Diacritics.fold(lower);
        int star = p.indexOf('*');
        if (star == p.length() - 1 && p.indexOf('?') < 0) {
            return new PrefixQuery(new Term(field, p.substring(0, star)));
        }
        Query plain = new WildcardQuery(new Term(field, p));
        if (p.endsWith("*") || marked && mode != Mode.LOOSE) {
            return plain;
        }
        return new BooleanQuery.Builder().add(plain, BooleanClause.Occur.SHOULD)
                .add(new WildcardQuery(new Term(field, p + Diacritics.MARKED)), BooleanClause.Occur.SHOULD)
                .build();
    }

    private Query keyword(QueryTree t, String field) {
        if (t instanceof QueryTree.Range r) {
            return range(r);
        }
        String value;
        if (t instanceof QueryTree.Word w) {
            value = w.text();
        } else if (t instanceof QueryTree.Phrase p) {
            value = p.text();
        } else {
            throw new InvalidQueryException("the field '" + field + "' takes whole values, not patterns", null);
        }
        String v = value.strip();
        switch (field) {
            case "service": {
                Service s = resolveService(catalog, v);
                return new TermQuery(new Term(Schema.SERVICE, s.id()));
            }
            case "lang":
            case "language":
                return new TermQuery(new Term(Schema.LANG, v.toLowerCase(Locale.ROOT)));
            case "year":
                if (!v.matches("\\d{4}")) {
                    throw new InvalidQueryException("a year has four digits, not '" + v + "'", null);
                }
                return new TermQuery(new Term(Schema.YEAR, v));
            case "part": {
                Part p = Part.fromLabel(v);
                if (p == null) {
                    throw new InvalidQueryException("unknown part of the day '" + v + "'; use morning, afternoon "
                            + "or evening", null);
                }
                return new TermQuery(new Term(Schema.PART, p.label()));
            }
            case "date":
                return LongPoint.newExactQuery(Schema.DAY, day(v).toEpochDay());
            default:
                throw new IllegalStateException(field);
        }
    }

    private static Query range(QueryTree.Range r) {
        switch (r.field() == null ? "" : r.field()) {
            case "date": {
                long from = r.from() == null ? Long.MIN_VALUE
                        : day(r.from()).toEpochDay() + (r.fromIncluded() ? 0 : 1);
                long to = r.to() == null ? Long.MAX_VALUE : day(r.to()).toEpochDay() - (r.toIncluded() ? 0 : 1);
                return LongPoint.newRangeQuery(Schema.DAY, from, to);
            }
            case "year":
                return TermRangeQuery.newStringRange(Schema.YEAR, r.from(), r.to(), r.fromIncluded(),
                        r.toIncluded());
            default:
                throw new InvalidQueryException("ranges work on dates and years only, such as "
                        + "date:[2025-01-01 TO 2025-06-30] or year:[2024 TO 2025]", null);
        }
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("'" + text + "' is not a date; write it as 2025-11-17", e);
        }
    }

    /**
     * The service a user's name refers to.
     *
     * @throws InvalidQueryException naming close services when the catalog does not know the name
     */
    public static Service resolveService(ServiceCatalog catalog, String name) {
        return catalog.resolve(name).orElseThrow(() -> {
            List<Service> close = catalog.suggest(name, 3);
            String hint = close.isEmpty() ? "" : "; did you mean " + close.stream().map(Service::shortName)
                    .collect(Collectors.joining(", ")) + "?";
            return new InvalidQueryException("unknown service '" + name + "'" + hint, null);
        });
    }
}
