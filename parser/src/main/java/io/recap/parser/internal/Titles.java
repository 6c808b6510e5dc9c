package io.recap.parser.internal;

import io.recap.model.SectionKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the event's own name: the quoted or explicit name in the heading that opens the report (without
 * "Summary Report:", "Bài thu hoạch", "Báo cáo tổng kết:" and the like), else an "Event Name:" line, else the
 * front matter's title when it is not a placeholder such as "Event 1".
 */
public final class Titles {

    private static final Pattern QUOTED = Pattern.compile("[“\"«„]([^“”\"«»„]{2,})[”\"»“]");
    private static final Pattern LEADING_EVENT_NUMBER = Pattern.compile(
            "(?i)^(?:event|sự kiện|su kien)\\s*#?\\d+\\s*[:.\\-–—]\\s*");
    private static final Pattern TRAILING_DATE = Pattern.compile("\\s*[(\\[][^()\\[\\]]*\\d{4}[^()\\[\\]]*[)\\]]\\s*$");

    private Titles() {
    }

    /** The event's name, or {@code null}. */
    static String extract(ParseContext ctx, String frontMatterTitle) {
        String fromField = null;
        for (Field f : ctx.fields()) {
            if (f.name().equals("event-name") && Text.hasLetterOrDigit(f.value())) {
                String v = unquote(Logistics.cleanValue(f.value()));
                if (!ctx.vocabulary.isPlaceholder(v)) {
                    fromField = v;
                    break;
                }
            }
        }
        for (OutlineNode n : ctx.outline.nodes()) {
            if (n.kind() == SectionKind.PREAMBLE && n.heading != null) {
                String name = fromHeading(n.heading.text(), ctx.vocabulary);
                if (name == null && "event-name".equals(ctx.vocabulary.field(
                        Text.trimPunctuation(n.heading.stripped())))) {
                    name = nameBelow(n, ctx);
                }
                if (name != null) {
                    // "### DevOps on AWS" above "Event name: AWS Cloud Mastery Series #2 – DevOps on AWS"
                    boolean fieldIsFuller = fromField != null && fromField.length() > name.length()
                            && Text.fold(fromField).contains(Text.fold(name));
                    // "What I Learned from FCAJ Community Day: …" above "Event name: FCAJ Community Day": the
                    // heading frames the name the field gives
                    boolean headingFramesField = fromField != null && framedBy(name, fromField);
                    return fieldIsFuller || headingFramesField ? fromField : name;
                }
                break;
            }
        }
        if (fromField != null) {
            return fromField;
        }
        if (frontMatterTitle != null && !ctx.vocabulary.isPlaceholder(frontMatterTitle)) {
            return unquote(Text.squeeze(frontMatterTitle));
        }
        return null;
    }

    /**
     * Whether a heading is the author's framing of the name a field gives: the name comes after three words or
     * more of the author's own ("What I Learned from | FCAJ Community Day", "Tôi học được gì từ | …").
     */
    private static boolean framedBy(String heading, String name) {
        String h = Text.fold(heading);
        String n = Text.fold(name);
        int at = n.isEmpty() ? -1 : h.indexOf(n);
        return at > 0 && h.substring(0, at).strip().split(" ").length >= 3;
    }

    /** The first line of text under an "Event Name" heading: the name the heading announces. */
    private static String nameBelow(OutlineNode n, ParseContext ctx) {
        for (Block b : n.blocks) {
            if (b.kind() == Block.Kind.TEXT && Text.hasLetterOrDigit(b.text())) {
                String v = unquote(Logistics.cleanValue(b.stripped()));
                return v.isEmpty() || ctx.vocabulary.isPlaceholder(v) ? null : v;
            }
        }
        return null;
    }

    /** The name a heading gives, or {@code null} when it gives none ("Post-experience Report"). */
    static String fromHeading(String heading, Vocabulary vocabulary) {
        String h = Text.stripSymbols(heading);
        int colon = h.indexOf(':');
        if (colon > 0 && "event-name".equals(vocabulary.field(Text.trimPunctuation(h.substring(0, colon))))) {
            h = h.substring(colon + 1); // "### Event Name: FCAJ Community Day", "### Tên sự kiện: …"
        } else if ("event-name".equals(vocabulary.field(Text.trimPunctuation(h)))) {
            return null; // "### Event Name" with the name in the paragraph below: see nameBelow
        }
        Matcher q = QUOTED.matcher(h);
        if (q.find()) {
            String inner = Text.trimPunctuation(q.group(1)).strip();
            if (Text.hasLetterOrDigit(inner)) {
                return inner;
            }
        }
        String s = stripPrefix(h, vocabulary);
        s = LEADING_EVENT_NUMBER.matcher(s).replaceFirst("");
        s = TRAILING_DATE.matcher(s).replaceFirst("");
        s = stripSuffix(s, vocabulary);
        s = Text.trimPunctuation(s).strip();
        if (!Text.hasLetterOrDigit(s) || vocabulary.isPlaceholder(s)) {
            return null;
        }
        return unquote(s);
    }

    /**
     * Removes a leading report prefix ("Summary Report:", "Bài thu hoạch"), or a label followed by a colon
     * ("Workshop: X"), comparing folded words so that case and diacritics do not matter.
     */
    private static String stripPrefix(String h, Vocabulary vocabulary) {
        String s = h;
        for (int i = 0; i < 3; i++) { // "Báo Cáo Tổng Kết: Tham dự AWS Cloud Mastery Series #1"
            String stripped = stripPrefix(Text.trimPunctuation(s).strip(), vocabulary.titlePrefixes(), false);
            if (stripped.equals(Text.trimPunctuation(s).strip())) {
                break;
            }
            s = stripped;
        }
        return s != h ? s : stripPrefix(h, vocabulary.titleLabels(), true);
    }

    private static String stripPrefix(String h, List<String> prefixes, boolean colonRequired) {
        String[] words = h.split("\\s+");
        for (String prefix : prefixes) {
            int n = prefix.split(" ").length;
            if (n > words.length) {
                continue;
            }
            // fold the first n words (and nothing else) and compare
            StringBuilder sb = new StringBuilder();
            int used = 0;
            int chars = 0;
            for (String w : words) {
                String fw = Text.fold(w);
                chars += w.length() + 1;
                if (fw.isEmpty()) {
                    continue;
                }
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(fw);
                used++;
                if (used == n) {
                    break;
                }
            }
            if (used == n && sb.toString().equals(prefix)) {
                String rest = chars >= h.length() ? "" : h.substring(Math.min(h.length(), chars));
                String last = words[Math.max(0, Math.min(words.length, countWords(h, chars)) - 1)];
                if (colonRequired && !last.endsWith(":") && !rest.strip().startsWith(":")) {
                    continue;
                }
                return rest;
            }
        }
        return h;
    }

    /** How many whitespace-separated words lie in the first {@code chars} characters of {@code h}. */
    private static int countWords(String h, int chars) {
        String head = h.substring(0, Math.min(h.length(), chars)).strip();
        return head.isEmpty() ? 0 : head.split("\\s+").length;
    }

    private static String stripSuffix(String s, Vocabulary vocabulary) {
        String folded = Text.fold(s);
        for (String suffix : vocabulary.titleSuffixes()) {
            if (folded.endsWith(" " + suffix)) {
                String[] words = s.strip().split("\\s+");
                int n = suffix.split(" ").length;
                if (words.length > n) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < words.length - n; i++) {
                        if (i > 0) {
                            sb.append(' ');
                        }
                        sb.append(words[i]);
                    }
                    return sb.toString();
                }
            }
        }
        return s;
    }

    static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2) {
            char a = t.charAt(0);
            char b = t.charAt(t.length() - 1);
            if ((a == '"' || a == '“' || a == '\'') && (b == '"' || b == '”' || b == '\'')) {
                return t.substring(1, t.length() - 1).strip();
            }
        }
        return t;
    }
}
