package io.recap.parser.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Small text functions shared by the extractors. */
public final class Text {

    /** Characters below this (all of Latin and Vietnamese) are never emoji or pictographic symbols. */
    private static final char SYMBOL_RANGE = '\u2000';

    private Text() {
    }

    /** Whether {@code s} holds a letter or digit. */
    public static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Folds for comparison: lower case, diacritics removed ({@code đ} becomes {@code d}), every run of
     * characters other than letters and digits becomes one space, trimmed.
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < FOLDED.length) {
                char f = FOLDED[c];
                if (f == MARK) {
                    continue;
                }
                if (f != SEPARATOR) {
                    sb.append(f);
                    space = false;
                    continue;
                }
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
                continue;
            }
            // beyond the table (rare in reports): decompose this character alone
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.charAt(0);
            if (Character.isLetterOrDigit(base)) {
                sb.append(Character.toLowerCase(base));
                space = false;
            } else if (!isMark(base) && !space) {
                sb.append(' ');
                space = true;
            }
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == ' ') {
            sb.setLength(n - 1);
        }
        return sb.toString();
    }

    /** A table value: the character is a combining mark and disappears. */
    private static final char MARK = '\u0000';
    /** A table value: the character separates words. */
    private static final char SEPARATOR = ' ';
    /**
     * What {@link #fold(String)} makes of each character below U+2000 (Latin, Vietnamese, combining marks):
     * its lower-case base letter or digit, {@link #MARK} or {@link #SEPARATOR}. Computed once with the JDK's
     * Unicode decomposition; never modified.
     */
    private static final char[] FOLDED = foldingTable();

    private static char[] foldingTable() {
        char[] table = new char[0x2000];
        for (char c = 0; c < table.length; c++) {
            if (isMark(c)) {
                table[c] = MARK;
                continue;
            }
            char base = c == 'đ' || c == 'Đ' ? 'd' : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                    .charAt(0);
            table[c] = Character.isLetterOrDigit(base) ? Character.toLowerCase(base) : SEPARATOR;
        }
        return table;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * Whether {@code c} is white space in Java's sense or a Unicode space separator (NBSP, EM SPACE …): the
     * union of {@link Character#isWhitespace(char)} and {@link Character#isSpaceChar(char)}, with the common
     * characters decided without a table lookup.
     */
    public static boolean isSpace(char c) {
        if (c < 0xA0) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        if (c < 0x2000) {
            return c == 0xA0 || c == 0x1680; // Vietnamese letters (U+1EA0–U+1EF9) end here, with no lookup
        }
        // the rest of the union: the space separators U+2000–U+200A, U+202F, U+205F, U+3000, the line and
        // paragraph separators U+2028, U+2029 (checked against the JDK's tables for every char by TextTest)
        return c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** Collapses runs of white space to one space and trims. */
    public static String squeeze(String s) {
        if (isSqueezed(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether code point {@code cp} is an emoji or pictographic symbol, or a joiner or selector used in one. */
    public static boolean isSymbol(int cp) {
        if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.SURROGATE
                || (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x2B00 && cp <= 0x2BFF) || cp == 0x20E3;
    }

    /** {@code s} without emoji and pictographic symbols, white space squeezed. */
    public static String stripSymbols(String s) {
        int i = 0;
        int n = s.length();
        // one pass for the common case: no character that could be a symbol, and white space already squeezed
        boolean squeezed = n == 0 || (s.charAt(0) != ' ' && s.charAt(n - 1) != ' ');
        char prev = 'x';
        while (i < n) {
            char c = s.charAt(i);
            if (c >= SYMBOL_RANGE) {
                break;
            }
            if (c == ' ' ? prev == ' ' : c < 0x21 || c > 0x7E && isSpace(c)) {
                squeezed = false;
            }
            prev = c;
            i++;
        }
        if (i == n) {
            return squeezed ? s : squeeze(s);
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!isSymbol(cp)) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return squeeze(sb.toString());
    }

    /** Whether {@code s} has no leading, trailing, doubled or non-space white space. */
    private static boolean isSqueezed(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        char prev = 'x';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (prev == ' ') {
                    return false;
                }
            } else if (c < 0x21 || c > 0x7E && isSpace(c)) {
                return false;
            }
            prev = c;
        }
        return true;
    }

    /**
     * Removes surrounding punctuation people put around a label or title: colons, dashes, bullets, quotes,
     * asterisks, pipes.
     */
    public static String trimPunctuation(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isEdgePunct(s.charAt(b))) {
            b++;
        }
        while (e > b && isEdgePunct(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isEdgePunct(char c) {
        return isSpace(c) || ":：-–—•*|·,;>_~".indexOf(c) >= 0;
    }

    /**
     * Whether two titles name the same thing: after folding, one contains the other, or they share at least
     * half of all their words of three letters or more ("Kubernetes trên AWS" and "Kubernetes on AWS EKS").
     */
    public static boolean similarTitles(String a, String b) {
        String fa = fold(a);
        String fb = fold(b);
        if (fa.isEmpty() || fb.isEmpty()) {
            return false;
        }
        if (fa.contains(fb) || fb.contains(fa)) {
            return true;
        }
        java.util.Set<String> wa = significantWords(fa);
        java.util.Set<String> wb = significantWords(fb);
        java.util.Set<String> union = new java.util.HashSet<>(wa);
        union.addAll(wb);
        wa.retainAll(wb);
        return !union.isEmpty() && wa.size() * 2 >= union.size();
    }

    private static java.util.Set<String> significantWords(String folded) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : folded.split(" ")) {
            if (w.length() > 2) {
                out.add(w);
            }
        }
        return out;
    }

    /** Lower-case in the root locale. */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
