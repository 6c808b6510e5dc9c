package io.recap.parser.internal;

import java.util.Set;

/**
 * Recognises the text between two items of a list of services: separators such as {@code ,} {@code /}
 * {@code +} {@code &} {@code |} {@code →} or the words "and", "or", "và", "hoặc", "vs", with spaces
 * ("Rekognition, Translate, Textract", "S3 → Glue → Athena", "WAF + Shield"), after a short gloss in
 * parentheses ("Translate (translation), Comprehend (sentiment), and Textract"). Spaces alone or a full stop
 * do not make a list.
 */
final class ListGlue {

    private static final String SEPARATORS = ",;/+&|→←↔⇒⟶>-–—·•)[]*`'\"";
    private static final Set<String> WORDS = Set.of("and", "or", "và", "hoặc", "vs", "versus");
    private static final int MAX_LENGTH = 12;
    private static final int MAX_GLOSS = 60;

    private ListGlue() {
    }

    /** Whether {@code text} between {@code from} and {@code to} only separates two items of a list. */
    static boolean between(String text, int from, int to) {
        if (to - from < 1 || to - from > MAX_LENGTH + MAX_GLOSS) {
            return false;
        }
        boolean separator = false;
        int glue = 0;
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
            if (++glue > MAX_LENGTH) {
                return false;
            }
            if (Character.isLetter(c)) {
                int w = i;
                while (i < to && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                if (!WORDS.contains(text.substring(w, i).toLowerCase(java.util.Locale.ROOT))) {
                    return false;
                }
                separator = true;
                continue;
            }
            if (SEPARATORS.indexOf(c) >= 0) {
                separator = true;
            } else if (!WordTokens.isSpace(c)) {
                return false;
            }
            i++;
        }
        return separator;
    }
}
