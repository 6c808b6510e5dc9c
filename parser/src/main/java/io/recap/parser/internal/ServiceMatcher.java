package io.recap.parser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds service mentions in text in one pass: the text is split into word tokens, and a trie over the
 * catalog's tokenised aliases finds, at each token, the longest alias that starts there. Rules: whole words
 * only; the longest match wins ("Amazon EC2 Container Registry" is ECR, not EC2); tokens of an alias may be
 * joined by spaces or hyphens; short all-caps abbreviations ("ECS", "IAM") match only in capitals; the bare
 * short name of an ambiguous entry ("Shield", "Glue") counts only with the catalog's capitalisation and
 * beside another service on the same line (an "AWS"/"Amazon" prefix makes any alias unambiguous); nothing
 * inside URLs, file paths or code identifiers counts. Immutable and thread-safe.
 */
public final class ServiceMatcher {

    private static final String[] PREFIXES = {"aws", "amazon"};

    /** A trie node: children by lower-case token, and what an alias ending here means. */
    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        CatalogEntry entry;
        /** The exact spelling required, or {@code null} when any case matches. */
        String exactCase;
        /** Whether the alias is an ambiguous entry's bare short name. */
        boolean needsSignal;
    }

    private final Node root = new Node();

    /** Compiles a matcher for {@code entries}; later entries override earlier ones for the same alias. */
    public ServiceMatcher(List<CatalogEntry> entries) {
        for (CatalogEntry e : entries) {
            for (String alias : e.aliases()) {
                List<String> tokens = tokensOf(alias);
                if (tokens.isEmpty()) {
                    continue;
                }
                boolean prefixed = tokens.size() > 1 && isPrefix(tokens.get(0));
                boolean bare = !prefixed && e.ambiguous();
                String exact = null;
                if (bare) {
                    exact = alias;
                } else if (tokens.size() == 1 && isShortCaps(alias)) {
                    exact = alias;
                }
                add(tokens, e, exact, bare);
                if (!prefixed) {
                    for (String p : PREFIXES) {
                        List<String> withPrefix = new ArrayList<>(tokens.size() + 1);
                        withPrefix.add(p);
                        withPrefix.addAll(tokens);
                        add(withPrefix, e, null, false);
                    }
                }
            }
        }
    }

    private void add(List<String> tokens, CatalogEntry e, String exact, boolean needsSignal) {
        Node n = root;
        for (String t : tokens) {
            n = n.next.computeIfAbsent(t, k -> new Node());
        }
        n.entry = e;
        n.exactCase = exact;
        n.needsSignal = needsSignal;
    }

    /** Whether {@code alias} is a short abbreviation in capitals without digits ("ECS", "IAM", "WAF"). */
    private static boolean isShortCaps(String alias) {
        if (alias.length() > 4) {
            return false;
        }
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (!Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPrefix(String token) {
        for (String p : PREFIXES) {
            if (p.equals(token)) {
                return true;
            }
        }
        return false;
    }

    /** The mentions in {@code text}, in order, not overlapping. */
    public List<Mention> find(String text) {
        List<Token> tokens = tokenize(text);
        List<Mention> found = new ArrayList<>();
        List<Mention> pending = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            if (first.skip) {
                i++;
                continue;
            }
            Node n = root;
            Node best = null;
            int bestEnd = -1;
            for (int j = i; j < tokens.size(); j++) {
                Token t = tokens.get(j);
                if (t.skip || (j > i && !joinable(text, tokens.get(j - 1), t))) {
                    break;
                }
                n = n.next.get(t.lower);
                if (n == null) {
                    break;
                }
                if (n.entry != null && (n.exactCase == null || n.exactCase.equals(text.substring(first.start,
                        t.end)))) {
                    best = n;
                    bestEnd = j;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            Mention m = new Mention(best.entry, first.start, tokens.get(bestEnd).end);
            (best.needsSignal ? pending : found).add(m);
            i = bestEnd + 1;
        }
        if (!pending.isEmpty() && !found.isEmpty()) {
            found.addAll(pending);
            found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return found;
    }

    /** Two tokens of one alias may be separated by spaces or one hyphen, nothing else. */
    private static boolean joinable(String text, Token a, Token b) {
        int gap = b.start - a.end;
        if (gap == 0) {
            return false;
        }
        for (int k = a.end; k < b.start; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '-' && c != '\u00A0') {
                return false;
            }
        }
        return gap <= 3;
    }

    /** A word token: a maximal run of letters and digits. */
    private static final class Token {
        final int start;
        final int end;
        final String lower;
        final boolean skip;

        Token(int start, int end, String lower, boolean skip) {
            this.start = start;
            this.end = end;
            this.lower = lower;
            this.skip = skip;
        }
    }

    /** The tokens of an alias, lower-cased. */
    static List<String> tokensOf(String alias) {
        List<String> out = new ArrayList<>();
        for (Token t : tokenize(alias)) {
            out.add(t.lower);
        }
        return out;
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int chunkStart = 0;
        boolean chunkSkip = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            // a chunk is a run of non-space characters; URLs, paths and identifiers are skipped whole
            if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
                chunkStart = i;
                int e = i;
                while (e < n && !Character.isWhitespace(text.charAt(e))) {
                    e++;
                }
                chunkSkip = isCodeLike(text, chunkStart, e);
            }
            if (Character.isLetterOrDigit(c)) {
                int s = i;
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(s, i, text.substring(s, i).toLowerCase(Locale.ROOT), chunkSkip));
            } else {
                i++;
            }
        }
        return tokens;
    }

    /**
     * Whether a chunk of non-space text is a URL, a path or a code identifier: it contains "://", starts
     * with "/" or "@", holds an underscore or "=", or a dot between two letters ("s3.amazonaws.com",
     * "image.png").
     */
    private static boolean isCodeLike(String text, int s, int e) {
        if (text.charAt(s) == '/' || text.charAt(s) == '@') {
            return true;
        }
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c == '_' || c == '=' || c == '\\') {
                return true;
            }
            if (c == ':' && k + 2 < e && text.charAt(k + 1) == '/' && text.charAt(k + 2) == '/') {
                return true;
            }
            if (c == '.' && k > s && k + 1 < e && Character.isLetter(text.charAt(k - 1))
                    && Character.isLetter(text.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }
}
