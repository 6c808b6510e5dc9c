package io.recap.index.internal;

import io.recap.index.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a query as people write one for a web search engine:
 * <ul>
 *   <li>{@code a b} — both (also {@code a AND b}); but syllables typed side by side with Vietnamese diacritics
 *       are one word of several syllables ("bảo mật"): they must stand together, as a phrase;</li>
 *   <li>{@code a OR b} — either ({@code |} works too); AND binds tighter than OR, so {@code bảo mật OR security}
 *       is "bảo mật", or "security";</li>
 *   <li>{@code (a OR b) c} — parentheses group;</li>
 *   <li>{@code -a} — not a (also {@code NOT a}, {@code !a}); alone, everything but a ({@code *:*} alone:
 *       everything);</li>
 *   <li>{@code "a b"} — a phrase, {@code "a b"~2} with up to two words between or moved;</li>
 *   <li>{@code field:word}, {@code field:"a phrase"}, {@code field:(a OR b)} for the fields title, event, text,
 *       speaker, location, service, lang, year, part and date; {@code date:[2025-01-01 TO 2025-06-30]} and
 *       {@code year:[2024 TO 2025]} ranges ({@code {…}} excludes the bounds, {@code *} leaves one open); a word
 *       with another colon ({@code re:Invent}) is just a word;</li>
 *   <li>{@code cont*}, {@code c?de} patterns, {@code kubernets~} similar spellings;</li>
 *   <li>{@code \} makes the next character plain: {@code \-rf}.</li>
 * </ul>
 * OR, AND and NOT are operators only in capitals. Not thread-safe: one instance per query.
 */
final class QuerySyntax {

    /** The fields a query may name. */
    static final Set<String> FIELDS = Set.of("title", "event", "text", "speaker", "location", "service", "lang",
            "language", "year", "part", "date");

    /** How far apart the syllables of a Vietnamese word typed without quotes may stand: side by side. */
    static final int SYLLABLE_SLOP = 0;

    private enum Kind { WORD, PHRASE, PATTERN, FUZZY, RANGE, ALL, OPEN, CLOSE, OR, AND, NOT, END }

    private record Token(Kind kind, String field, String text, int number, String to, boolean fromIncluded,
                         boolean toIncluded) {

        static Token of(Kind kind) {
            return new Token(kind, null, null, 0, null, false, false);
        }

        /** An operator as the query wrote it ({@code OR}, {@code |}, {@code &&}…). */
        static Token operator(Kind kind, String written) {
            return new Token(kind, null, written, 0, null, false, false);
        }

        static Token leaf(Kind kind, String field, String text, int number) {
            return new Token(kind, field, text, number, null, false, false);
        }
    }

    private final String query;
    /** The query as its author typed it, which messages quote ({@link #query} may be normalised). */
    private final String typed;
    private final List<Token> tokens = new ArrayList<>();
    /** Where each token starts in the query (a UTF-16 index). */
    private final List<Integer> starts = new ArrayList<>();
    private int next;

    private QuerySyntax(String query, String typed) {
        this.query = query;
        this.typed = typed;
    }

    /**
     * The tree of {@code query}, or {@code null} when it has nothing to search for.
     *
     * @throws InvalidQueryException with a message for people when the query cannot be read
     */
    static QueryTree parse(String query) {
        return parse(query, query);
    }

    /**
     * The tree of {@code query} (the {@code typed} query in Unicode NFC), or {@code null} when it has nothing to
     * search for.
     *
     * @throws InvalidQueryException with a message for people, quoting {@code typed}, when the query cannot be
     *                               read
     */
    static QueryTree parse(String query, String typed) {
        QuerySyntax p = new QuerySyntax(query, typed);
        p.lex();
        if (p.peek() == Kind.END) {
            return null;
        }
        QueryTree tree = p.or(null);
        if (p.peek() == Kind.CLOSE) {
            throw p.error("a ')' without its '('");
        }
        return tree;
    }

    private InvalidQueryException error(String why) {
        return new InvalidQueryException("cannot understand the query '" + typed + "': " + why, null);
    }

    private InvalidQueryException endsEarly() {
        return error("it ends too early (an unclosed parenthesis or quote, or a trailing AND, OR or NOT?)");
    }

    // ---- reading the tokens ----

    private void lex() {
        String s = query;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(Token.of(Kind.OPEN));
                i++;
            } else if (c == ')') {
                tokens.add(Token.of(Kind.CLOSE));
                i++;
            } else if ((c == '-' || c == '!') && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))
                    && s.charAt(i + 1) != ')') {
                tokens.add(Token.of(Kind.NOT));
                i++;
            } else if (c == '+' && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))) {
                i++;
            } else if (c == '"') {
                i = phrase(s, i + 1, null);
            } else {
                i = chunk(s, i);
            }
            while (starts.size() < tokens.size()) {
                starts.add(start);
            }
        }
        tokens.add(Token.of(Kind.END));
        starts.add(s.length());
    }

    /**
     * A phrase whose text starts at {@code from} (a backslash makes the next character plain); returns where the
     * next token starts.
     */
    private int phrase(String s, int from, String field) {
        StringBuilder text = new StringBuilder();
        int i = from;
        while (i < s.length() && s.charAt(i) != '"') {
            if (s.charAt(i) == '\\' && i + 1 < s.length()) {
                i++;
            }
            text.append(s.charAt(i++));
        }
        if (i >= s.length()) {
            throw error("a quote is not closed");
        }
        i++;
        int slop = 0;
        if (i < s.length() && s.charAt(i) == '~') {
            int j = i + 1;
            while (j < s.length() && Character.isDigit(s.charAt(j))) {
                j++;
            }
            slop = j == i + 1 ? 2 : Integer.parseInt(s.substring(i + 1, Math.min(j, i + 4)));
            i = j;
        }
        tokens.add(Token.leaf(Kind.PHRASE, field, text.toString(), slop));
        return i;
    }

    /** A word, an operator or a field's value starting at {@code from}; returns where the next token starts. */
    private int chunk(String s, int from) {
        int colon = fieldEnd(s, from);
        if (colon > 0) {
            String field = s.substring(from, colon).toLowerCase(Locale.ROOT);
            int v = colon + 1;
            char c = s.charAt(v);
            if (c == '(') {
                tokens.add(Token.leaf(Kind.OPEN, field, null, 0));
                return v + 1;
            }
            if (c == '"') {
                return phrase(s, v + 1, field);
            }
            if (c == '[' || c == '{') {
                return range(s, v, field);
            }
            return word(s, v, field);
        }
        if (s.startsWith("*:*", from) && (from + 3 == s.length() || Character.isWhitespace(s.charAt(from + 3)))) {
            tokens.add(Token.of(Kind.ALL));
            return from + 3;
        }
        return word(s, from, null);
    }

    /** Where the colon after a known field name at {@code from} is, or -1. */
    private static int fieldEnd(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isLetter(s.charAt(i)) && s.charAt(i) < 0x80) {
            i++;
        }
        if (i == from || i + 1 >= s.length() || s.charAt(i) != ':' || Character.isWhitespace(s.charAt(i + 1))) {
            return -1;
        }
        return FIELDS.contains(s.substring(from, i).toLowerCase(Locale.ROOT)) ? i : -1;
    }

    private int range(String s, int from, String field) {
        int end = -1;
        for (int j = from + 1; j < s.length(); j++) {
            if (s.charAt(j) == ']' || s.charAt(j) == '}') {
                end = j;
                break;
            }
        }
        if (end < 0) {
            throw error("a range is not closed: write it as " + field + ":[FROM TO UNTIL]");
        }
        String[] bounds = s.substring(from + 1, end).strip().split("\\s+");
        if (bounds.length != 3 || !bounds[1].equals("TO")) {
            throw error("a range is written " + field + ":[FROM TO UNTIL], such as date:[2025-01-01 TO 2025-06-30]");
        }
        tokens.add(new Token(Kind.RANGE, field, bounds[0].equals("*") ? null : bounds[0], 0,
                bounds[2].equals("*") ? null : bounds[2], s.charAt(from) == '[', s.charAt(end) == ']'));
        return end + 1;
    }

    private int word(String s, int from, String field) {
        StringBuilder w = new StringBuilder();
        boolean escaped = false;
        boolean pattern = false;
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                w.append(s.charAt(i + 1));
                escaped = true;
                i += 2;
                continue;
            }
            if (Character.isWhitespace(c) || c == '(' || c == ')') {
                break;
            }
            if ((c == '*' || c == '?')) {
                pattern = true;
            }
            w.append(c);
            i++;
        }
        String text = w.toString();
        if (field == null && !escaped) {
            switch (text) {
                case "OR", "|", "||" -> {
                    tokens.add(Token.operator(Kind.OR, text));
                    return i;
                }
                case "AND", "&&" -> {
                    tokens.add(Token.operator(Kind.AND, text));
                    return i;
                }
                case "NOT" -> {
                    tokens.add(Token.operator(Kind.NOT, text));
                    return i;
                }
                default -> { }
            }
        }
        int tilde = text.lastIndexOf('~');
        if (!escaped && tilde > 0 && text.substring(tilde + 1).matches("[0-2]?")) {
            int edits = tilde + 1 == text.length() ? 2 : Integer.parseInt(text.substring(tilde + 1));
            tokens.add(Token.leaf(Kind.FUZZY, field, text.substring(0, tilde), edits));
        } else if (pattern && !escaped) {
            if (text.charAt(0) == '*' || text.charAt(0) == '?') {
                throw error("a word cannot start with * or ? (write some letters first, as in kube*; to list "
                        + "everything, give no query)");
            }
            tokens.add(Token.leaf(Kind.PATTERN, field, text, 0));
        } else {
            tokens.add(Token.leaf(Kind.WORD, field, text, 0));
        }
        return i;
    }

    // ---- the grammar: or := and (OR and)*; and := unary (AND? unary)*; unary := NOT unary | primary ----

    private Kind peek() {
        return tokens.get(next).kind();
    }

    /**
     * An operator where no operator can stand (first, after another, before a closing parenthesis), in the words
     * of the token at {@code index}.
     */
    private InvalidQueryException misplaced(int index) {
        Token t = tokens.get(index);
        String written = t.text() == null ? t.kind().name() : t.text();
        return error("unexpected \"" + written + "\" at column " + (starts.get(index) + 1) + " (" + written
                + " goes between two words; to search for the word, put it in quotes)");
    }

    private QueryTree or(String field) {
        List<QueryTree> any = new ArrayList<>();
        if (peek() == Kind.OR) {
            throw misplaced(next);
        }
        any.add(and(field));
        while (peek() == Kind.OR) {
            next++;
            if (peek() == Kind.END) {
                throw endsEarly();
            }
            if (peek() == Kind.CLOSE || peek() == Kind.OR || peek() == Kind.AND) {
                throw misplaced(peek() == Kind.CLOSE ? next - 1 : next);
            }
            any.add(and(field));
        }
        return any.size() == 1 ? any.get(0) : new QueryTree.Or(List.copyOf(any));
    }

    private QueryTree and(String field) {
        List<QueryTree> all = new ArrayList<>();
        List<QueryTree.Word> run = new ArrayList<>();
        QueryTree first = unary(field);
        add(first, all, run);
        while (true) {
            Kind k = peek();
            if (k == Kind.END || k == Kind.CLOSE || k == Kind.OR) {
                break;
            }
            if (k == Kind.AND) {
                next++;
                if (peek() == Kind.END) {
                    throw endsEarly();
                }
                if (peek() == Kind.CLOSE || peek() == Kind.OR || peek() == Kind.AND) {
                    throw misplaced(peek() == Kind.CLOSE ? next - 1 : next);
                }
                flush(all, run); // "a AND b": the user asked for two words
            }
            add(unary(field), all, run);
        }
        flush(all, run);
        if (all.size() == 1 && !(all.get(0) instanceof QueryTree.Not)) {
            return all.get(0);
        }
        return new QueryTree.And(List.copyOf(all));
    }

    /**
     * Adds a term of an AND, gathering runs of Vietnamese syllables: a word of several syllables ("bảo mật") is
     * written as words side by side, and the syllables typed together mean that word, not each syllable anywhere.
     */
    private static void add(QueryTree t, List<QueryTree> all, List<QueryTree.Word> run) {
        if (t instanceof QueryTree.Word w && Diacritics.isSyllable(w.text())
                && (run.isEmpty() || java.util.Objects.equals(run.get(0).field(), w.field()))) {
            run.add(w);
            return;
        }
        flush(all, run);
        if (t instanceof QueryTree.Word w && Diacritics.isSyllable(w.text())) {
            run.add(w);
        } else {
            all.add(t);
        }
    }

    /**
     * Ends a run of syllables: two or more, one at least typed with Vietnamese diacritics, must stand together
     * (in this order, {@link #SYLLABLE_SLOP}); else they are words on their own.
     */
    private static void flush(List<QueryTree> all, List<QueryTree.Word> run) {
        if (run.size() >= 2 && run.stream().anyMatch(w -> Diacritics.hasMarks(w.text().toLowerCase(Locale.ROOT)))) {
            StringBuilder text = new StringBuilder();
            for (QueryTree.Word w : run) {
                text.append(text.length() == 0 ? "" : " ").append(w.text());
            }
            all.add(new QueryTree.Phrase(run.get(0).field(), text.toString(), SYLLABLE_SLOP));
        } else {
            all.addAll(run);
        }
        run.clear();
    }

    private QueryTree unary(String field) {
        if (peek() == Kind.NOT) {
            next++;
            if (peek() == Kind.END) {
                throw endsEarly();
            }
            QueryTree t = unary(field);
            return t instanceof QueryTree.Not not ? not.tree() : new QueryTree.Not(t);
        }
        return primary(field);
    }

    private QueryTree primary(String field) {
        Token t = tokens.get(next);
        switch (t.kind()) {
            case OPEN -> {
                next++;
                if (peek() == Kind.CLOSE) {
                    throw error("there is nothing between '(' and ')'");
                }
                if (peek() == Kind.END) {
                    throw endsEarly();
                }
                QueryTree inner = or(t.field() != null ? t.field() : field);
                if (peek() != Kind.CLOSE) {
                    throw endsEarly();
                }
                next++;
                return inner;
            }
            case CLOSE -> throw error("a ')' without its '('");
            case END -> throw endsEarly();
            case OR, AND -> throw misplaced(next);
            case ALL -> {
                next++;
                return new QueryTree.All();
            }
            default -> {
                next++;
                String f = t.field() != null ? t.field() : field;
                return switch (t.kind()) {
                    case PHRASE -> new QueryTree.Phrase(f, t.text(), t.number());
                    case PATTERN -> new QueryTree.Pattern(f, t.text());
                    case FUZZY -> new QueryTree.Fuzzy(f, t.text(), t.number());
                    case RANGE -> new QueryTree.Range(f, t.text(), t.to(), t.fromIncluded(), t.toIncluded());
                    default -> new QueryTree.Word(f, t.text());
                };
            }
        }
    }
}
