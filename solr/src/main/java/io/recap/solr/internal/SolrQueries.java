package io.recap.solr.internal;

import io.recap.index.InvalidQueryException;
import java.util.Locale;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopTermsRewrite;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Writes a Lucene query, as recap's query parser makes it for the local index, in the syntax of Solr's standard
 * query parser, so that Solr runs the same query: the terms are already analysed (recap's schema queries text
 * fields with a whitespace tokenizer and lower-casing only, which leave them as they are), boosts, occurrences
 * and slops are kept, filters become {@code filter(…)} (cached by Solr, not scored). Stateless.
 *
 * <p>Solr's syntax cannot say everything a Lucene query can; what it cannot say is refused with an
 * {@link InvalidQueryException} (a usage error) rather than written differently, except one documented approximation: a
 * {@link SynonymQuery} becomes a disjunction of its terms (same matches, scores differ). A fuzzy term is sent to
 * Solr's {@code fuzzy} parser (Solr 9.9 and later) with all of its settings, since the standard syntax's
 * {@code term~N} has no prefix length.
 */
public final class SolrQueries {

    private SolrQueries() {
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
            out.append('(');
            boolean first = true;
            for (Term t : s.getTerms()) {
                if (!first) {
                    out.append(' ');
                }
                first = false;
                term(t, out);
            }
            out.append(')');
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
        int[] positions = p.getPositions();
        if (terms.length == 0) {
            write(new MatchNoDocsQuery(), out);
            return;
        }
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] != positions[0] + i) {
                throw new InvalidQueryException("recap cannot send a phrase with gaps to Solr: " + p, null);
            }
        }
        field(terms[0].field(), out);
        out.append('"');
        for (int i = 0; i < terms.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            for (char c : terms[i].text().toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        out.append('"');
        if (p.getSlop() > 0) {
            out.append('~').append(p.getSlop());
        }
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
