package io.recap.cli;

/**
 * How many terminal columns text takes: combining marks and ANSI escape sequences take none, East Asian wide
 * characters and emoji take two, everything else one. Enough for aligned tables of Vietnamese and English.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    /** Columns {@code s} takes on a terminal. */
    static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp == 0x1b) {
                i = skipEscape(s, i);
                continue;
            }
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Columns one code point takes. */
    static int of(int cp) {
        if (cp == Table.MARK_OPEN || cp == Table.MARK_CLOSE) {
            return 0;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.CONTROL) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    /**
     * {@code s} cut to at most {@code columns} columns, ending with "…" when cut. Text without escape
     * sequences only (cells are styled after they are fitted).
     */
    static String fit(String s, int columns) {
        if (of(s) <= columns) {
            return s;
        }
        if (columns <= 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = of(cp);
            if (used + w > columns - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return sb.toString().stripTrailing() + "…";
    }

    /** The longest start of {@code s} that takes at most {@code columns} columns (at least one character). */
    static String take(String s, int columns) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int w = of(cp);
            if (used + w > columns && i > 0) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** {@code s} followed by spaces up to {@code columns} columns. */
    static String padRight(String s, int columns) {
        int w = of(s);
        return w >= columns ? s : s + " ".repeat(columns - w);
    }

    /** Spaces up to {@code columns} columns followed by {@code s}. */
    static String padLeft(String s, int columns) {
        int w = of(s);
        return w >= columns ? s : " ".repeat(columns - w) + s;
    }

    private static int skipEscape(String s, int i) {
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '[') {
            j++;
            while (j < s.length() && (s.charAt(j) < 0x40 || s.charAt(j) > 0x7e)) {
                j++;
            }
        }
        return Math.min(s.length(), j + 1);
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115f)
                || (cp >= 0x2e80 && cp <= 0xa4cf && cp != 0x303f)
                || (cp >= 0xac00 && cp <= 0xd7a3)
                || (cp >= 0xf900 && cp <= 0xfaff)
                || (cp >= 0xfe30 && cp <= 0xfe4f)
                || (cp >= 0xff00 && cp <= 0xff60)
                || (cp >= 0xffe0 && cp <= 0xffe6)
                || (cp >= 0x1f300 && cp <= 0x1f64f)
                || (cp >= 0x1f900 && cp <= 0x1f9ff)
                || (cp >= 0x20000 && cp <= 0x3fffd);
    }
}
