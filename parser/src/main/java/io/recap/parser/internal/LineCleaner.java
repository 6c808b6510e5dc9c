package io.recap.parser.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans one line of a report of the invisible and layout characters people paste into Markdown: zero-width
 * spaces inside words, a BOM in the middle of a file, {@code &emsp;}-style entities and the characters they
 * stand for (EM SPACE, NBSP) used for indentation. The line count never changes, so line numbers keep pointing
 * into the original file.
 */
public final class LineCleaner {

    private static final Pattern SPACE_ENTITY = Pattern.compile(
            "&(?:emsp|ensp|nbsp|thinsp|numsp|#8195|#8194|#8201|#160|#xA0|#x2003|#x2002);", Pattern.CASE_INSENSITIVE);

    private LineCleaner() {
    }

    /** The cleaned line. */
    public static String clean(String line) {
        if (isPlain(line)) {
            return line;
        }
        String s = line;
        if (s.indexOf('&') >= 0) {
            Matcher m = SPACE_ENTITY.matcher(s);
            if (m.find()) {
                s = m.replaceAll("\u2003");
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean leading = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                    // invisible: dropped
                }
                case '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\u205F', '\u3000' -> {
                    if (!leading) {
                        out.append(' ');
                    }
                }
                default -> {
                    if (leading && c != ' ' && c != '\t') {
                        leading = false;
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static boolean isPlain(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < '\u00A0' ? c == '&' : isCleaned(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #clean} drops or replaces {@code c}: exactly the characters of its switch. */
    private static boolean isCleaned(char c) {
        return switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD',
                    '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\u205F', '\u3000' -> true;
            default -> false;
        };
    }
}
