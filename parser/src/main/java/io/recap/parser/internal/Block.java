package io.recap.parser.internal;

import java.util.List;

/**
 * One logical line of a report's body, the unit every extractor works on: a heading, one line of a paragraph
 * or list item, one table row, one line of code or HTML.
 *
 * @param kind      what the line is
 * @param line      1-based line in the original file
 * @param level     the heading level (1–6) for headings, else 0
 * @param depth     how many lists enclose the line (0 outside lists)
 * @param itemStart whether the line starts a list item
 * @param ordinal   the item's number in an ordered list, else 0
 * @param quoted    whether the line is inside a block quote
 * @param spans     inline text of the line (headings, paragraph and item lines)
 * @param cells     cell texts of a table row, else empty
 * @param header    whether a table row is the header row
 * @param text      the plain text of the line, trimmed, markup removed
 * @param stripped  {@code text} without emoji and symbols ({@link Text#stripSymbols}), computed once here because
 *                  most extractors read it
 */
public record Block(
        Kind kind,
        int line,
        int level,
        int depth,
        boolean itemStart,
        int ordinal,
        boolean quoted,
        List<Span> spans,
        List<List<Span>> cells,
        boolean header,
        String text,
        String stripped) {

    /** What a line is. */
    public enum Kind {
        /** An ATX or setext heading. */
        HEADING,
        /** A line of a paragraph or of a list item's paragraph. */
        TEXT,
        /** A table row. */
        TABLE_ROW,
        /** A line of a code block. */
        CODE,
        /** A line of an HTML block, tags removed. */
        HTML,
        /** A thematic break. */
        RULE
    }

    /** Copies the lists; computes {@code stripped} when it is {@code null}. */
    public Block {
        spans = List.copyOf(spans);
        cells = List.copyOf(cells);
        if (stripped == null) {
            stripped = Text.stripSymbols(text);
        }
    }

    /** A block whose {@link #stripped} text is computed from {@code text}. */
    public Block(Kind kind, int line, int level, int depth, boolean itemStart, int ordinal, boolean quoted,
                 List<Span> spans, List<List<Span>> cells, boolean header, String text) {
        this(kind, line, level, depth, itemStart, ordinal, quoted, spans, cells, header, text, null);
    }

    /** Whether the line's whole text is bold (ignoring punctuation, emoji and spaces outside the bold). */
    public boolean allStrong() {
        boolean any = false;
        for (Span s : spans) {
            if (s.strong()) {
                any |= !s.text().isBlank();
            } else if (Text.hasLetterOrDigit(s.text())) {
                return false;
            }
        }
        return any;
    }

    /**
     * The bold text at the start of the line (after emoji or a bullet written as text), or {@code null}
     * when the line does not start with bold.
     */
    public String lead() {
        for (Span s : spans) {
            if (s.strong()) {
                return s.text().strip();
            }
            if (Text.hasLetterOrDigit(s.text())) {
                return null;
            }
        }
        return null;
    }

    /** The text after the leading bold span, or the whole text when there is none. */
    public String afterLead() {
        StringBuilder sb = new StringBuilder();
        boolean passed = false;
        boolean seenLead = false;
        for (Span s : spans) {
            if (!passed) {
                if (s.strong()) {
                    passed = true;
                    seenLead = true;
                } else if (Text.hasLetterOrDigit(s.text())) {
                    passed = true;
                    sb.append(s.text());
                }
                continue;
            }
            sb.append(s.text());
        }
        return seenLead ? sb.toString().strip() : text;
    }
}
