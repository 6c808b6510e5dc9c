package io.recap.index.internal;

import io.recap.index.InvalidQueryException;
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
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Parses a user's query (Lucene's classic syntax, default operator AND) into a query over the session fields:
 * each word may match any text field, folded or stemmed, and, when typed with diacritics, also as typed (which
 * ranks exact spellings first), with titles weighted more; user field names
 * ({@code title:}, {@code service:}…) map to the index's fields. Not thread-safe: make one per query.
 */
public final class SessionQueryParser extends QueryParser {

    /** The parser's name for "no field given". */
    private static final String ANY = "_any";
    /** Weight of the stemmed twin relative to the folded field. */
    private static final float ENGLISH_WEIGHT = 0.5f;
    /** Words at least this long may differ by one letter in a fuzzy retry (eight letters: two). */
    static final int FUZZY_MIN_LENGTH = 5;

    /** User field name → the text fields it searches, with weights. */
    private static final Map<String, Map<String, Float>> TEXT_FIELDS = textFields();

    private final QueryBuilder exact;
    private final ServiceCatalog catalog;
    private final boolean fuzzy;

    private SessionQueryParser(Analyzer analyzer, QueryBuilder exact, ServiceCatalog catalog, boolean fuzzy) {
        super(ANY, analyzer);
        this.exact = exact;
        this.catalog = catalog;
        this.fuzzy = fuzzy;
        setDefaultOperator(QueryParser.Operator.AND);
        setSplitOnWhitespace(true);
    }

    private static Map<String, Map<String, Float>> textFields() {
        Map<String, Map<String, Float>> m = new LinkedHashMap<>();
        Map<String, Float> any = new LinkedHashMap<>();
        any.put(Schema.SESSION_TITLE, 3f);
        any.put(Schema.EVENT_TITLE, 2f);
        any.put(Schema.SESSION_TEXT, 1f);
        any.put(Schema.SPEAKERS, 1f);
        any.put(Schema.LOCATION, 0.5f);
        any.put(Schema.SERVICE_NAMES, 1f);
        m.put(ANY, any);
        m.put("title", Map.of(Schema.SESSION_TITLE, 1f));
        m.put("event", Map.of(Schema.EVENT_TITLE, 1f, Schema.PAGE_TITLE, 1f));
        m.put("text", Map.of(Schema.SESSION_TEXT, 1f));
        m.put("speaker", Map.of(Schema.SPEAKERS, 1f));
        m.put("location", Map.of(Schema.LOCATION, 1f));
        return m;
    }

    /**
     * Parses {@code text} with {@code analyzer} ({@link TextAnalyzer#forQueries()}) and {@code exact} (a query
     * builder on {@link TextAnalyzer#forExactQueries()}); {@code fuzzy} makes words of five or more letters
     * match similar words.
     *
     * @throws InvalidQueryException with a message for people when the query cannot be understood
     */
    public static Query parse(String text, Analyzer analyzer, QueryBuilder exact, ServiceCatalog catalog,
                              boolean fuzzy) {
        String q = Documents.nfc(text);
        SessionQueryParser parser = new SessionQueryParser(analyzer, exact, catalog, fuzzy);
        try {
            Query query = parser.parse(q);
            return query == null ? new MatchNoDocsQuery("nothing to search for") : query;
        } catch (ParseException | TokenMgrError e) {
            throw new InvalidQueryException("cannot understand the query '" + text + "': " + explain(e), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("the query '" + text + "' is too large; use fewer words", e);
        } catch (RuntimeException e) {
            if (e instanceof InvalidQueryException iqe) {
                throw iqe;
            }
            throw new InvalidQueryException("cannot understand the query '" + text + "': " + e.getMessage(), e);
        }
    }

    /**
     * What went wrong, in recap's words: the classic parser's own text ("Encountered … Was expecting …",
     * "Lexical error at line 1 …") names grammar tokens people never wrote.
     */
    static String explain(Throwable e) {
        Throwable t = e.getCause() instanceof TokenMgrError || e.getCause() instanceof ParseException
                ? e.getCause() : e;
        String m = t.getMessage() == null ? "" : t.getMessage();
        boolean atEnd = t instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null
                ? pe.currentToken.next.kind == 0 : m.contains("<EOF>");
        if (atEnd) {
            return "it ends too early (an unclosed parenthesis or quote, or a trailing AND, OR or NOT?)";
        }
        if (m.contains("not allowed as first character in WildcardQuery")) {
            return "a word cannot start with * or ? (write some letters first, as in kube*; to list everything, "
                    + "give no query)";
        }
        if (t instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            org.apache.lucene.queryparser.classic.Token bad = pe.currentToken.next;
            String image = bad.image == null ? "" : bad.image;
            String hint = switch (image) {
                case "AND", "OR", "NOT", "&&", "||" -> " (" + image + " goes between two words; to search for the word, "
                        + "put it in quotes)";
                case ")" -> " (a closing parenthesis without an opening one?)";
                case "^", "~" -> " (" + image + " goes right after a word, as in devops^2 or kubernets~)";
                default -> " (put it in quotes to search for it as it is)";
            };
            return "unexpected \"" + image + "\" at column " + (bad.beginColumn + 1) + hint;
        }
        if (t instanceof TokenMgrError) {
            return "a character that cannot stand there, such as a lone backslash or quote (put the text in "
                    + "quotes, or leave the character out)";
        }
        if (m.startsWith("Cannot parse '")) {
            int end = m.indexOf("': ");
            if (end > 0) {
                m = m.substring(end + 3);
            }
        }
        m = m.lines().findFirst().orElse("").strip();
        return m.isEmpty() || m.contains("Encountered") ? "a syntax error" : m;
    }

    private static String field(String field) {
        return field == null ? ANY : field.toLowerCase(Locale.ROOT);
    }

    /** The text fields {@code field} searches, or {@code null} when it is no text field. */
    private static Map<String, Float> targets(String field) {
        return TEXT_FIELDS.get(field);
    }

    /** Thrown for a field name nobody defined. */
    private static InvalidQueryException unknownField(String field) {
        return new InvalidQueryException("unknown field '" + field + "' in the query; known fields: title, "
                + "event, text, speaker, location, service, lang, year, part, date (put the word in quotes to "
                + "search for it as it is)", null);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        String f = field(field);
        Map<String, Float> targets = targets(f);
        if (targets == null) {
            return keywordQuery(f, queryText);
        }
        List<Query> parts = new ArrayList<>();
        for (Map.Entry<String, Float> t : targets.entrySet()) {
            for (String variant : variants(t.getKey())) {
                Query q = super.getFieldQuery(variant, queryText, quoted);
                if (q != null) {
                    parts.add(boost(q, t.getValue() * weight(variant)));
                }
                Query exact = exact(variant, queryText, quoted, getPhraseSlop());
                if (exact != null) {
                    parts.add(boost(exact, t.getValue()));
                }
            }
        }
        return disjunction(parts);
    }

    /**
     * The words as typed, when they have diacritics, for a folded field (which holds the exact forms beside the
     * folded ones): matching them too ranks exact spellings first. {@code null} otherwise.
     */
    private Query exact(String field, String text, boolean quoted, int slop) {
        if (fuzzy || Schema.isEnglish(field) || isAscii(text)) {
            return null;
        }
        return quoted ? exact.createPhraseQuery(field, text, slop)
                : exact.createBooleanQuery(field, text, getDefaultOperator() == QueryParser.Operator.AND
                        ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        String f = field(field);
        if (targets(f) == null) {
            return keywordQuery(f, queryText);
        }
        List<Query> parts = new ArrayList<>();
        for (Map.Entry<String, Float> t : targets(f).entrySet()) {
            for (String variant : variants(t.getKey())) {
                Query q = withSlop(super.getFieldQuery(variant, queryText, true), slop);
                if (q != null) {
                    parts.add(boost(q, t.getValue() * weight(variant)));
                }
                Query exact = exact(variant, queryText, true, slop);
                if (exact != null) {
                    parts.add(boost(exact, t.getValue()));
                }
            }
        }
        return disjunction(parts);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        List<Query> parts = new ArrayList<>();
        for (Map.Entry<String, Float> t : textTargets(field).entrySet()) {
            parts.add(boost(super.getFuzzyQuery(t.getKey(), termStr, minSimilarity), t.getValue()));
        }
        return disjunction(parts);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        List<Query> parts = new ArrayList<>();
        for (Map.Entry<String, Float> t : textTargets(field).entrySet()) {
            for (String variant : variants(t.getKey())) {
                if (!Schema.isEnglish(variant)) {
                    parts.add(boost(super.getPrefixQuery(variant, termStr), t.getValue()));
                }
            }
        }
        return disjunction(parts);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if ("*".equals(field) && "*".equals(termStr)) {
            return new MatchAllDocsQuery();
        }
        List<Query> parts = new ArrayList<>();
        for (Map.Entry<String, Float> t : textTargets(field).entrySet()) {
            for (String variant : variants(t.getKey())) {
                if (!Schema.isEnglish(variant)) {
                    parts.add(boost(super.getWildcardQuery(variant, termStr), t.getValue()));
                }
            }
        }
        return disjunction(parts);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        List<Query> parts = new ArrayList<>();
        try {
            for (Map.Entry<String, Float> t : textTargets(field).entrySet()) {
                parts.add(boost(super.getRegexpQuery(t.getKey(), termStr), t.getValue()));
            }
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidQueryException iqe) {
                throw iqe;
            }
            // Lucene's RegExp refuses the pattern ("expected ')' at position 5")
            throw new InvalidQueryException("/" + termStr + "/ is not a regular expression recap can read ("
                    + e.getMessage() + "); put it in quotes to search for the text", null);
        }
        return disjunction(parts);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        String f = field(field);
        switch (f) {
            case "date": {
                long from = part1 == null ? Long.MIN_VALUE : day(part1).toEpochDay() + (startInclusive ? 0 : 1);
                long to = part2 == null ? Long.MAX_VALUE : day(part2).toEpochDay() - (endInclusive ? 0 : 1);
                return LongPoint.newRangeQuery(Schema.DAY, from, to);
            }
            case "year":
                return TermRangeQuery.newStringRange(Schema.YEAR, part1, part2, startInclusive, endInclusive);
            default:
                throw new InvalidQueryException("ranges work on dates and years only, such as "
                        + "date:[2025-01-01 TO 2025-06-30] or year:[2024 TO 2025]", null);
        }
    }

    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
        Query q = super.getBooleanQuery(clauses);
        if (q instanceof BooleanQuery bq && !bq.clauses().isEmpty()
                && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
            // "-word" alone means "everything but word", not "nothing".
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
            bq.clauses().forEach(b::add);
            return b.build();
        }
        return q;
    }

    @Override
    protected Query newTermQuery(Term term, float boost) {
        String f = term.field();
        if (fuzzy && !Schema.isEnglish(f) && term.text().length() >= FUZZY_MIN_LENGTH) {
            int edits = term.text().length() >= 8 ? 2 : 1;
            return boost(new FuzzyQuery(term, edits, 1), boost);
        }
        return super.newTermQuery(term, boost);
    }

    /** The text fields a multi-term query (prefix, wildcard…) on {@code field} searches. */
    private Map<String, Float> textTargets(String field) {
        String f = field(field);
        Map<String, Float> t = targets(f);
        if (t == null) {
            throw new InvalidQueryException(isKeyword(f) ? "the field '" + f + "' takes whole values, not "
                    + "patterns" : unknownField(f).getMessage(), null);
        }
        return t;
    }

    private static boolean isKeyword(String f) {
        return switch (f) {
            case "service", "lang", "language", "year", "part", "date" -> true;
            default -> false;
        };
    }

    /** The field and its twins ({@link Schema#variants}); none in a fuzzy retry (the folded field finds similar words). */
    private List<String> variants(String field) {
        return fuzzy ? List.of(field) : Schema.variants(field);
    }

    private static float weight(String variant) {
        return Schema.isEnglish(variant) ? ENGLISH_WEIGHT : 1f;
    }

    private Query keywordQuery(String field, String value) {
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
                throw unknownField(field);
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

    private static Query boost(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }

    private static Query disjunction(List<Query> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        parts.forEach(p -> b.add(p, BooleanClause.Occur.SHOULD));
        return b.build();
    }

    private static Query withSlop(Query q, int slop) {
        if (q instanceof PhraseQuery pq) {
            PhraseQuery.Builder b = new PhraseQuery.Builder();
            b.setSlop(slop);
            org.apache.lucene.index.Term[] terms = pq.getTerms();
            int[] positions = pq.getPositions();
            for (int i = 0; i < terms.length; i++) {
                b.add(terms[i], positions[i]);
            }
            return b.build();
        }
        if (q instanceof MultiPhraseQuery mpq) {
            return new MultiPhraseQuery.Builder(mpq).setSlop(slop).build();
        }
        return q;
    }
}
