package io.recap.parser.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises the text between two items of a list of services: separators such as {@code ,} {@code /}
 * {@code +} {@code &} {@code |} {@code →}, or the words "and", "or", "và", "hoặc", "vs", "combined with",
 * "kết hợp với", with spaces ("Rekognition, Translate, Textract", "S3 → Glue → Athena", "WAF + Shield"); a short
 * gloss in parentheses after an item ("Translate (translation), Comprehend (sentiment), and Textract"); and items
 * in parentheses after their description ("Text Extraction (Textract) and Language Processing (Comprehend)").
 * Spaces alone, a full stop or other words do not make a list.
 */
final class ListGlue {

    private static final String SEPARATORS = ",;/+&|→←↔⇒⟶>-–—·•)[]*`'\"";
    private static final Set<String> PHRASES = Set.of("and", "or", "và", "hoặc", "vs", "versus", "plus",
            "combined with", "together with", "along with", "kết hợp với", "cùng với", "cùng");
    private static final int MAX_GLUE = 24;
    private static final int MAX_GLOSS = 60;
    private static final int MAX_DESCRIPTION_WORDS = 7;

    private ListGlue() {
    }

    /** Whether {@code text} between {@code from} and {@code to} only separates two items of a list. */
    static boolean between(String text, int from, int to) {
        if (to <= from || to - from > MAX_GLUE + MAX_GLOSS) {
            return false;
        }
        return glue(text, from, to) || parallel(text, from, to);
    }

    /** Separators and conjunctions, after glosses in parentheses are taken out. */
    private static boolean glue(String text, int from, int to) {
        StringBuilder words = new StringBuilder();
        boolean separator = false;
        int length = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '(') {
                int close = text.indexOf(')', i);
                if (close >= 0 && close < to) {
                    if (close - i > MAX_GLOSS) {
                        return false;
                    }
                    i = close + 1; // a gloss: "Translate (translation), Comprehend"
                    continue;
                }
                separator = true; // the next item is in parentheses: "EC2 (Fargate)"
                i++;
                continue;
            }
            if (++length > MAX_GLUE) {
                return false;
            }
            if (Character.isLetter(c)) {
                int w = i;
                while (i < to && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                if (words.length() > 0) {
                    words.append(' ');
                }
                words.append(text, w, i);
                length += i - w - 1;
                continue;
            }
            if (SEPARATORS.indexOf(c) >= 0) {
                separator = true;
            } else if (!WordTokens.isSpace(c)) {
                return false;
            }
            i++;
        }
        if (words.length() > 0) {
            return PHRASES.contains(words.toString().toLowerCase(Locale.ROOT));
        }
        return separator;
    }

    /** ") and Natural Language Processing (": the next item in parentheses after its short description. */
    private static boolean parallel(String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && WordTokens.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && WordTokens.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e - s < 3 || text.charAt(s) != ')' || text.charAt(e - 1) != '(') {
            return false;
        }
        String middle = text.substring(s + 1, e - 1).trim();
        int words = 0;
        int i = 0;
        int firstWordEnd = -1;
        boolean leadingSeparator = !middle.isEmpty() && SEPARATORS.indexOf(middle.charAt(0)) >= 0;
        while (i < middle.length()) {
            char c = middle.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int w = i;
                while (i < middle.length() && (Character.isLetterOrDigit(middle.charAt(i))
                        || middle.charAt(i) == '-')) {
                    i++;
                }
                if (++words == 1) {
                    firstWordEnd = i;
                    if (!leadingSeparator && !PHRASES.contains(middle.substring(w, i).toLowerCase(Locale.ROOT))) {
                        return false;
                    }
                }
                continue;
            }
            if (!WordTokens.isSpace(c) && c != '&' && (i > 0 || !leadingSeparator)) {
                return false;
            }
            i++;
        }
        int description = leadingSeparator ? words : words - 1;
        return firstWordEnd >= 0 && description >= 1 && description <= MAX_DESCRIPTION_WORDS;
    }
}
