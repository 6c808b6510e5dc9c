package io.recap.parser.internal;

import java.util.Arrays;

/**
 * The words of a text for service detection: maximal runs of letters and digits, each with its offsets, its
 * number in the catalog's {@link WordTable}, and whether it lies inside a URL, a file path or a code identifier:
 * a run of non-space characters that contains {@code ://}, {@code ::}, {@code _}, {@code =}, {@code \}, or a dot
 * between a letter or digit and a letter, or that starts with {@code /}, {@code @}, {@code #} or {@code ~}.
 * Such words never name a service.
 */
final class WordTokens {

    /** Characters that never make a chunk code-like, so the chunk need not be examined. */
    private static final String PLAIN_PUNCTUATION = ",;!?()-*\"'’“”";

    private int size;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private boolean[] code = new boolean[32];
    private int[] ids = new int[32];
    private final String text;

    private WordTokens(String text) {
        this.text = text;
    }

    /**
     * Splits {@code text} into words, numbering each with its number in {@code table}. One pass over the
     * characters: each word's hash is computed while it is read, and looked up once its chunk is known not to
     * be code.
     */
    static WordTokens of(String text, WordTable table) {
        WordTokens t = new WordTokens(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            // one chunk of non-space characters at a time
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int chunkStart = i;
            int firstWord = t.size;
            boolean plain = true;
            while (i < n) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    int w = i;
                    int h = 0;
                    do {
                        h = WordTable.hashStep(h, c);
                        if (++i == n) {
                            break;
                        }
                        c = text.charAt(i);
                    } while (isWordChar(c));
                    t.add(w, i, h);
                } else if (isSpace(c)) {
                    break;
                } else {
                    plain &= PLAIN_PUNCTUATION.indexOf(c) >= 0;
                    i++;
                }
            }
            boolean code = !plain && isCodeLike(text, chunkStart, i);
            for (int k = firstWord; k < t.size; k++) {
                t.code[k] = code;
                t.ids[k] = code ? WordTable.ABSENT : table.find(text, t.starts[k], t.ends[k], t.ids[k]);
            }
        }
        return t;
    }

    /** Adds a word; its hash waits in {@code ids} until the chunk is known. */
    private void add(int s, int e, int hash) {
        if (size == starts.length) {
            int cap = size * 2;
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
            code = Arrays.copyOf(code, cap);
            ids = Arrays.copyOf(ids, cap);
        }
        starts[size] = s;
        ends[size] = e;
        ids[size] = hash;
        size++;
    }

    static boolean isSpace(char c) {
        return Text.isSpace(c);
    }

    /** Whether {@code c} is part of a word: a letter or digit (a table below U+2000: Latin and Vietnamese). */
    static boolean isWordChar(char c) {
        if (c < WORD_CHARS.length) {
            return WORD_CHARS[c];
        }
        return Character.isLetterOrDigit(c);
    }

    /** {@link Character#isLetterOrDigit(char)} of every char below U+2000; computed once, never modified. */
    private static final boolean[] WORD_CHARS = wordChars();

    private static boolean[] wordChars() {
        boolean[] table = new boolean[0x2000];
        for (char c = 0; c < table.length; c++) {
            table[c] = Character.isLetterOrDigit(c);
        }
        return table;
    }

    /**
     * Whether a run of non-space characters is a URL, a path or a code identifier. A capitalised name with a
     * domain ending ("Kiro.dev", "Node.js") is a name, not code.
     */
    static boolean isCodeLike(String text, int s, int e) {
        if (isNameWithDomain(text, s, e)) {
            return false;
        }
        char first = text.charAt(s);
        if (first == '/' || first == '@' || first == '~' || (first == '#' && e - s > 1 && text.charAt(s + 1) != '#')) {
            return true;
        }
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c == '_' || c == '=' || c == '\\') {
                return true;
            }
            if (c == ':' && k + 2 < e && ((text.charAt(k + 1) == '/' && text.charAt(k + 2) == '/')
                    || text.charAt(k + 1) == ':')) {
                return true;
            }
            if (c == '.' && k > s && k + 1 < e && Character.isLetterOrDigit(text.charAt(k - 1))
                    && Character.isLetter(text.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "Kiro.dev": a capitalised word, a dot, two to four lower-case letters, maybe closing punctuation. */
    private static boolean isNameWithDomain(String text, int s, int e) {
        while (e > s && ",;:!?)*_\"'”’".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e > s && text.charAt(e - 1) == '.') {
            e--; // the end of a sentence: "… with Kiro.dev."
        }
        int dot = e - 1;
        while (dot > s && text.charAt(dot) != '.') {
            dot--;
        }
        if (dot <= s || e - dot - 1 < 2 || e - dot - 1 > 4 || !Character.isUpperCase(text.charAt(s))) {
            return false;
        }
        for (int k = s; k < dot; k++) {
            if (!Character.isLetterOrDigit(text.charAt(k))) {
                return false;
            }
        }
        for (int k = dot + 1; k < e; k++) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The text the words were taken from. */
    String text() {
        return text;
    }

    /** Number of words. */
    int size() {
        return size;
    }

    /** Offset of word {@code i}'s first character. */
    int start(int i) {
        return starts[i];
    }

    /** Offset just after word {@code i}. */
    int end(int i) {
        return ends[i];
    }

    /** Whether word {@code i} lies in a URL, path or code identifier. */
    boolean inCode(int i) {
        return code[i];
    }

    /** The number of word {@code i} in the table, or {@link WordTable#ABSENT}. */
    int id(int i) {
        return ids[i];
    }

    /** Whether word {@code i} is exactly {@code word}, case included. */
    boolean isExactly(int i, String word) {
        return ends[i] - starts[i] == word.length() && text.startsWith(word, starts[i]);
    }

    /** The first character of word {@code i}. */
    char first(int i) {
        return text.charAt(starts[i]);
    }

    /** Whether every letter of word {@code i} is upper case. */
    boolean allUpper(int i) {
        for (int k = starts[i]; k < ends[i]; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether words {@code i} and {@code i + 1} may be two words of one name: separated by spaces, or by one
     * hyphen with optional spaces ("X-Ray", "Code Deploy", "Auto - Scaling" is too loose and refused).
     */
    boolean joined(int i) {
        int a = ends[i];
        int b = starts[i + 1];
        if (b - a > 2 || code[i + 1] != code[i]) {
            return false;
        }
        int hyphens = 0;
        for (int k = a; k < b; k++) {
            char c = text.charAt(k);
            if (c == '-' || c == '\u2011') {
                hyphens++;
            } else if (!isSpace(c)) {
                return false;
            }
        }
        return hyphens == 0 || (hyphens == 1 && b - a == 1);
    }
}
