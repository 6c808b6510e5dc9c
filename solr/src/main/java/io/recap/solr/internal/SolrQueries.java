package io.recap.solr.internal;

import io.recap.index.InvalidQueryException;
import io.recap.index.internal.QueryTermsFilterFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.PrefixCodedTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopTermsRewrite;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Writes a Lucene query, as recap's query parser makes it for the local index, in the syntax of Solr's standard
 * query parser, so that Solr runs the same query: the terms are already analysed, and the configset queries text
 * fields with a whitespace tokenizer, lower-casing and {@link QueryTermsFilterFactory}, which leave them as they
 * are and read several terms at one position and positions left free from the characters this class writes; so
 * synonym queries (several spellings of a word), phrases with gaps and multi-phrase queries are rebuilt by Solr's
 * parser as they are. Boosts, occurrences and slops are kept, filters become {@code filter(…)} (cached by Solr,
 * not scored), sets of terms go to Solr's {@code terms} parser. Stateless.
 *
 * <p>Solr's syntax cannot say everything a Lucene query can; what it cannot say is refused with an
 * {@link InvalidQueryException} (a usage error) rather than written differently. A fuzzy term is sent to Solr's
 * {@code fuzzy} parser (Solr 9.9 and later) with all of its settings, since the standard syntax's {@code term~N}
 * has no prefix length.
 */
public final class SolrQueries {

    /** Separates the values of a {@link TermInSetQuery} (a control character no path holds). */
    private static final char TERMS_SEPARATOR = '\u001F';

    private SolrQueries() {
    }

    /** {@code value} as the value of a local parameter ({@code {!term f=… v=…}}): quoted, with escapes. */
    public static String localParam(String value) {
        StringBuilder out = new StringBuilder();
        quoted(value, out);
        return out.toString();
    }

    /** {@code query} in Solr's standard syntax. */
    public static String write(Query query) {
        StringBuilder out = new StringBuilder();
        write(query, out);
        return out.toString();
    }

    private static void write(Query q, StringBuilder out) {
        if (q instanceof BooleanQuery b) {
            bool(b, out);
        } else if (q instanceof TermQuery t) {
            term(t.getTerm(), out);
        } else if (q instanceof BoostQuery b) {
            out.append('(');
            write(b.getQuery(), out);
            out.append(")^").append(number(b.getBoost()));
        } else if (q instanceof PhraseQuery p) {
            phrase(p, out);
        } else if (q instanceof FuzzyQuery f) {
            fuzzy(f, out);
        } else if (q instanceof PrefixQuery p) {
            field(p.getPrefix().field(), out);
            escape(p.getPrefix().text(), out);
            out.append('*');
        } else if (q instanceof WildcardQuery w) {
            field(w.getTerm().field(), out);
            wildcard(w.getTerm().text(), out);
        } else if (q instanceof RegexpQuery r) {
            field(r.getRegexp().field(), out);
            out.append('/').append(r.getRegexp().text().replace("/", "\\/")).append('/');
        } else if (q instanceof TermRangeQuery r) {
            field(r.getField(), out);
            out.append(r.includesLower() ? '[' : '{');
            bound(r.getLowerTerm(), out);
            out.append(" TO ");
            bound(r.getUpperTerm(), out);
            out.append(r.includesUpper() ? ']' : '}');
        } else if (q instanceof PointRangeQuery r) {
            longRange(r, out);
        } else if (q instanceof MatchAllDocsQuery) {
            out.append("*:*");
        } else if (q instanceof MatchNoDocsQuery) {
            out.append("(+*:* -*:*)");
        } else if (q instanceof ConstantScoreQuery c) {
            out.append('(');
            write(c.getQuery(), out);
            out.append(")^=1");
        } else if (q instanceof SynonymQuery s) {
            stacked(s.getField(), s.getTerms().stream().map(Term::text).toList(), out);
        } else if (q instanceof MultiPhraseQuery m) {
            multiPhrase(m, out);
        } else if (q instanceof TermInSetQuery t) {
            termSet(t, out);
        } else {
            throw new InvalidQueryException("recap cannot send this query to Solr: " + q.getClass().getSimpleName()
                    + " (" + q + ")", null);
        }
    }

    private static void bool(BooleanQuery b, StringBuilder out) {
        if (b.getMinimumNumberShouldMatch() > 0) {
            throw new InvalidQueryException("recap cannot send a minimum number of optional clauses to Solr: "
                    + b, null);
        }
        if (b.clauses().isEmpty() || b.clauses().stream()
                .allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
            write(new MatchNoDocsQuery(), out); // Lucene: a query of exclusions alone matches nothing
            return;
        }
        out.append('(');
        boolean first = true;
        for (BooleanClause c : b.clauses()) {
            if (!first) {
                out.append(' ');
            }
            first = false;
            switch (c.getOccur()) {
                case MUST -> {
                    out.append('+');
                    write(c.getQuery(), out);
                }
                case MUST_NOT -> {
                    out.append('-');
                    write(c.getQuery(), out);
                }
                case FILTER -> {
                    out.append("+filter(");
                    write(c.getQuery(), out);
                    out.append(')');
                }
                case SHOULD -> write(c.getQuery(), out);
                default -> throw new IllegalArgumentException("unknown occurrence " + c.getOccur());
            }
        }
        out.append(')');
    }

    private static void phrase(PhraseQuery p, StringBuilder out) {
        Term[] terms = p.getTerms();
        if (terms.length == 0) {
            write(new MatchNoDocsQuery(), out);
            return;
        }
        List<List<String>> positions = new ArrayList<>();
        for (Term t : terms) {
            positions.add(List.of(t.text()));
        }
        phrase(terms[0].field(), positions, p.getPositions(), p.getSlop(), out);
    }

    private static void multiPhrase(MultiPhraseQuery m, StringBuilder out) {
        Term[][] terms = m.getTermArrays();
        if (terms.length == 0) {
            write(new MatchNoDocsQuery(), out);
            return;
        }
        List<List<String>> positions = new ArrayList<>();
        for (Term[] at : terms) {
            positions.add(java.util.Arrays.stream(at).map(Term::text).toList());
        }
        phrase(terms[0][0].field(), positions, m.getPositions(), m.getSlop(), out);
    }

    /**
     * {@code field:"a b"~slop}, where a position of several terms is written with
     * {@link QueryTermsFilterFactory#ALTERNATIVE} between them and a position left free as
     * {@link QueryTermsFilterFactory#GAP}: the field's query analysis gives Solr's query parser these very terms at
     * these positions, from which it builds the same phrase or multi-phrase query.
     */
    private static void phrase(String field, List<List<String>> terms, int[] positions, int slop,
                               StringBuilder out) {
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] <= positions[i - 1]) {
                throw new InvalidQueryException("recap cannot send a phrase with terms out of order to Solr", null);
            }
        }
        field(field, out);
        out.append('"');
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                out.append(' ');
                for (int gap = positions[i - 1] + 1; gap < positions[i]; gap++) {
                    out.append(QueryTermsFilterFactory.GAP).append(' ');
                }
            }
            quoted(terms.get(i), out);
        }
        out.append('"');
        if (slop > 0) {
            out.append('~').append(slop);
        }
    }

    /** Terms at one position in a phrase (between double quotes, where a backslash escapes " and \). */
    private static void quoted(List<String> terms, StringBuilder out) {
        for (int k = 0; k < terms.size(); k++) {
            if (k > 0) {
                out.append(QueryTermsFilterFactory.ALTERNATIVE);
            }
            for (char c : terms.get(k).toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
            }
        }
    }

    /** Several terms at one position, which Solr's query parser makes a {@link SynonymQuery} of. */
    private static void stacked(String field, List<String> terms, StringBuilder out) {
        field(field, out);
        for (int k = 0; k < terms.size(); k++) {
            if (k > 0) {
                out.append(QueryTermsFilterFactory.ALTERNATIVE);
            }
            escape(terms.get(k), out);
        }
    }

    /** {@code {!terms f=field separator=… v='a…b'}}: Solr's terms parser, a {@link TermInSetQuery} too. */
    private static void termSet(TermInSetQuery t, StringBuilder out) {
        StringBuilder values = new StringBuilder();
        PrefixCodedTerms.TermIterator it = t.getTermData().iterator();
        for (BytesRef v = it.next(); v != null; v = it.next()) {
            if (values.length() > 0) {
                values.append(TERMS_SEPARATOR);
            }
            values.append(v.utf8ToString());
        }
        out.append("{!terms f=");
        quoted(t.getField(), out);
        out.append(" separator=");
        quoted(String.valueOf(TERMS_SEPARATOR), out);
        out.append(" v=");
        quoted(values.toString(), out);
        out.append('}');
    }

    /**
     * {@code {!fuzzy f=field maxEdits=2 prefixLength=1 maxExpansions=50 transpositions=true v='word'}}: the same
     * {@link FuzzyQuery} on Solr's side, the first letters that must match included.
     */
    private static void fuzzy(FuzzyQuery f, StringBuilder out) {
        int expansions = f.getRewriteMethod() instanceof TopTermsRewrite<?> top ? top.getSize()
                : FuzzyQuery.defaultMaxExpansions;
        out.append("{!fuzzy f=");
        quoted(f.getTerm().field(), out);
        out.append(" maxEdits=").append(f.getMaxEdits()).append(" prefixLength=").append(f.getPrefixLength())
                .append(" maxExpansions=").append(expansions).append(" transpositions=").append(f.getTranspositions())
                .append(" v=");
        quoted(f.getTerm().text(), out);
        out.append('}');
    }

    /** A value of local parameters, in single quotes (a backslash escapes a quote or a backslash). */
    private static void quoted(String s, StringBuilder out) {
        out.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('\'');
    }

    private static void longRange(PointRangeQuery r, StringBuilder out) {
        if (r.getNumDims() != 1 || r.getBytesPerDim() != Long.BYTES) {
            throw new IllegalArgumentException("recap sends ranges of one long to Solr only: " + r, null);
        }
        long from = LongPoint.decodeDimension(r.getLowerPoint(), 0);
        long to = LongPoint.decodeDimension(r.getUpperPoint(), 0);
        field(r.getField(), out);
        out.append('[').append(from == Long.MIN_VALUE ? "*" : Long.toString(from)).append(" TO ")
                .append(to == Long.MAX_VALUE ? "*" : Long.toString(to)).append(']');
    }

    private static void bound(BytesRef value, StringBuilder out) {
        if (value == null) {
            out.append('*');
        } else {
            escape(value.utf8ToString(), out);
        }
    }

    private static void term(Term t, StringBuilder out) {
        field(t.field(), out);
        if (t.text().isEmpty()) {
            out.append("\"\"");
        } else {
            escape(t.text(), out);
        }
    }

    private static void field(String name, StringBuilder out) {
        escape(name, out);
        out.append(':');
    }

    /** Characters Solr's standard parser gives a meaning to (and whitespace), escaped with a backslash. */
    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpecial(c) || c == '*' || c == '?') {
                out.append('\\');
            }
            out.append(c);
        }
    }

    /** A wildcard term: {@code *} and {@code ?} keep their meaning, a backslash escapes the next character. */
    private static void wildcard(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                out.append('\\').append(s.charAt(++i));
            } else {
                if (isSpecial(c)) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
    }

    private static boolean isSpecial(char c) {
        return switch (c) {
            case '\\', '+', '-', '!', '(', ')', ':', '^', '[', ']', '"', '{', '}', '~', '|', '&', ';', '/' -> true;
            default -> Character.isWhitespace(c);
        };
    }

    private static String number(float f) {
        return f == (long) f ? Long.toString((long) f) : String.format(Locale.ROOT, "%s", f);
    }
}
