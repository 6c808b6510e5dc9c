package io.recap.parser.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds labelled values in blocks, in every shape the corpus has: {@code **Label:** value},
 * {@code **Label**: value}, {@code - Label: value}, {@code **- Label:** value}, table rows
 * {@code | **Label** | value |}, and one-line headers joining several fields with {@code |}.
 */
public final class Fields {

    private static final int MAX_LABEL_WORDS = 6;

    private final Vocabulary vocabulary;

    /** Fields named by {@code vocabulary}. */
    public Fields(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The fields of one block, in order (several for a {@code |}-joined header line). */
    public List<Field> of(Block b) {
        List<Field> out = new ArrayList<>();
        switch (b.kind()) {
            case TABLE_ROW -> {
                if (!b.header() && b.cells().size() >= 2) {
                    String label = Text.trimPunctuation(Text.stripSymbols(plain(b.cells().get(0))));
                    String name = vocabulary.field(label);
                    if (name != null) {
                        out.add(new Field(name, label, Text.squeeze(plain(b.cells().get(1))), b));
                    }
                }
            }
            case TEXT, HTML -> {
                String text = b.stripped();
                String byEmoji = vocabulary.emojiField(b.text());
                if (byEmoji != null && firstColon(text) < 0 && !text.isEmpty()) {
                    // "📍 **Bitexco Financial Tower**", "📅 Saturday, November 29, 2025"
                    out.add(new Field(byEmoji, "", Text.trimPunctuation(text), b));
                    return out;
                }
                if (text.indexOf(':') < 0 && text.indexOf('：') < 0) {
                    // "**Ngày** 17/11/2025" without a colon: only a bold lead can be a label
                    String lead = b.lead();
                    if (lead != null) {
                        String label = Text.trimPunctuation(Text.stripSymbols(lead));
                        String name = vocabulary.field(label);
                        if (name != null && !b.afterLead().isBlank()) {
                            out.add(new Field(name, label, Text.trimPunctuation(b.afterLead()), b));
                        }
                    }
                    return out;
                }
                for (String part : splitParts(text)) {
                    int colon = firstColon(part);
                    if (colon <= 0) {
                        continue;
                    }
                    String label = Text.trimPunctuation(part.substring(0, colon));
                    if (label.isEmpty() || words(label) > MAX_LABEL_WORDS) {
                        continue;
                    }
                    String name = vocabulary.field(label);
                    if (name != null) {
                        out.add(new Field(name, label, Text.trimPunctuation(part.substring(colon + 1)).strip(), b));
                    }
                }
            }
            default -> {
                // headings, code and rules hold no fields
            }
        }
        return out;
    }

    /** Splits a header line joining several fields with " | " or " · ", unless it holds only one label. */
    private static List<String> splitParts(String text) {
        if (text.indexOf('|') < 0 && !text.contains(" · ")) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        for (String p : text.split("\\s*\\|\\s*|\\s+·\\s+")) {
            if (!p.isBlank()) {
                parts.add(p);
            }
        }
        return parts;
    }

    /** The first colon that ends a label (not one inside a time such as 8:30). */
    private static int firstColon(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '：') {
                boolean digitBefore = i > 0 && Character.isDigit(s.charAt(i - 1));
                boolean digitAfter = i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
                if (digitBefore && digitAfter) {
                    return -1; // a time comes first: not a label line
                }
                return i;
            }
        }
        return -1;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = s.charAt(i) == ' ';
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    static String plain(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        return Text.squeeze(sb.toString());
    }
}
