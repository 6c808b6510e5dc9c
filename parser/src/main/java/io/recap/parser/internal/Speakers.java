package io.recap.parser.internal;

import io.recap.model.SectionKind;
import io.recap.model.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds speakers in speaker sections and "Speaker:" lines, in the shapes people write them:
 * {@code **Name** – Role, Org}, {@code Name - Role}, {@code Name (Role at Org)}, {@code | **Name** | Role | Org |},
 * a name as a sub-heading. Honorifics such as "Mr.", "Dr.", "Anh", "Chị" are removed from names.
 */
public final class Speakers {

    private static final Pattern HONORIFIC = Pattern.compile(
            "(?i)^(?:(?:mr|mrs|ms|mx|dr|prof|mister|miss|sir)\\.?|anh|chị|chi|thầy|cô|ông|bà|bạn|tiến sĩ|ts\\.|ths\\.)\\s+");
    private static final Pattern PARENS = Pattern.compile("^(.+?)\\s*\\((.+)\\)\\s*$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s+[–—-]\\s+|\\s*[–—]\\s*|:\\s+|,\\s+");
    private static final Pattern AT_ORG = Pattern.compile("(?i)\\s+(?:at|@|tại|from|của)\\s+");
    private static final int MAX_NAME_WORDS = 12;

    private Speakers() {
    }

    /** Speakers of the whole report, each once, in document order. */
    static List<Speaker> extract(ParseContext ctx) {
        Map<String, Speaker> out = new LinkedHashMap<>();
        for (OutlineNode n : ctx.outline.nodes()) {
            if (n.kind() != SectionKind.SPEAKERS || n.under(SectionKind.SPEAKERS)) {
                continue;
            }
            int minDepth = Integer.MAX_VALUE;
            List<Block> blocks = n.allBlocks();
            for (Block b : blocks) {
                if (b.kind() == Block.Kind.TEXT && b.itemStart()) {
                    minDepth = Math.min(minDepth, b.depth());
                }
            }
            for (Block b : blocks) {
                Speaker s = null;
                if (b.kind() == Block.Kind.HEADING) {
                    s = parse(b.text(), null, ctx.vocabulary);
                } else if (b.kind() == Block.Kind.TABLE_ROW && !b.header() && !b.cells().isEmpty()) {
                    s = fromRow(b, ctx.vocabulary);
                } else if (b.kind() == Block.Kind.TEXT && (minDepth == Integer.MAX_VALUE
                        ? !b.text().isEmpty() : b.itemStart() && b.depth() == minDepth)) {
                    s = parse(b.text(), b.lead(), ctx.vocabulary);
                }
                if (s != null) {
                    out.putIfAbsent(Text.fold(s.name()), s);
                }
            }
        }
        for (Field f : ctx.fields()) {
            if (f.name().equals("speaker")) {
                for (Speaker s : fromValue(f.value(), ctx.vocabulary)) {
                    out.putIfAbsent(Text.fold(s.name()), s);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The speakers a "Speaker:" value names ("Mr. Tinh (Platform Engineer at GoTymeX)", "A, B and C"). */
    static List<Speaker> fromValue(String value, Vocabulary vocabulary) {
        List<Speaker> out = new ArrayList<>();
        Speaker s = parse(value, null, vocabulary);
        if (s != null) {
            out.add(s);
        }
        return out;
    }

    private static Speaker fromRow(Block b, Vocabulary vocabulary) {
        String name = cleanName(Fields.plain(b.cells().get(0)));
        if (name == null || vocabulary.field(name) != null) {
            return null;
        }
        String role = b.cells().size() > 1 ? blankToNull(Fields.plain(b.cells().get(1))) : null;
        String org = b.cells().size() > 2 ? blankToNull(Fields.plain(b.cells().get(2))) : null;
        return new Speaker(name, role, org);
    }

    /** One speaker from a line: the bold lead is the name when there is one. */
    static Speaker parse(String text, String lead, Vocabulary vocabulary) {
        String t = Text.stripSymbols(text);
        if (t.isEmpty()) {
            return null;
        }
        String name;
        String rest;
        if (lead != null && !lead.isBlank() && vocabulary.field(Text.trimPunctuation(lead)) == null) {
            name = lead;
            int at = t.indexOf(lead.strip());
            rest = at >= 0 ? t.substring(at + lead.strip().length()) : "";
        } else {
            if (lead != null && vocabulary.field(Text.trimPunctuation(lead)) != null) {
                // "**Speaker:** Name – Role": the lead is a label
                int at = t.indexOf(lead.strip());
                t = at >= 0 ? t.substring(at + lead.strip().length()) : t;
                t = Text.trimPunctuation(t);
            }
            Matcher p = PARENS.matcher(t);
            Matcher sep = NAME_SEPARATOR.matcher(t);
            if (p.matches() && !p.group(1).contains(" - ") && !p.group(1).contains(" – ")) {
                name = p.group(1);
                rest = p.group(2);
            } else if (sep.find()) {
                name = t.substring(0, sep.start());
                rest = t.substring(sep.end());
            } else {
                name = t;
                rest = "";
            }
        }
        name = cleanName(name);
        if (name == null) {
            return null;
        }
        Vocabulary.SectionMatch label = vocabulary.section(name);
        if (label != null && label.kind() == SectionKind.SPEAKERS) {
            return null; // the section's own label written as an item
        }
        rest = Text.trimPunctuation(rest).strip();
        String role = null;
        String org = null;
        if (!rest.isEmpty()) {
            Matcher pr = PARENS.matcher(rest);
            if (pr.matches()) {
                rest = pr.group(1) + ", " + pr.group(2);
            }
            Matcher at = AT_ORG.matcher(rest);
            int comma = rest.lastIndexOf(", ");
            if (at.find()) {
                role = rest.substring(0, at.start());
                org = rest.substring(at.end());
            } else if (comma > 0) {
                role = rest.substring(0, comma);
                org = rest.substring(comma + 2);
            } else {
                role = rest;
            }
        }
        return new Speaker(name, blankToNull(trimValue(role)), blankToNull(trimValue(org)));
    }

    /** A name without honorifics, trailing punctuation or surrounding markup; null when nothing is left. */
    static String cleanName(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Text.trimPunctuation(Text.stripSymbols(raw)).strip();
        String before;
        do {
            before = s;
            s = HONORIFIC.matcher(s).replaceFirst("").strip();
        } while (!s.equals(before));
        while (!s.isEmpty() && ".;,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!Text.hasLetterOrDigit(s) || s.split("\\s+").length > MAX_NAME_WORDS) {
            return null;
        }
        return s;
    }

    private static String trimValue(String s) {
        if (s == null) {
            return null;
        }
        String t = Text.trimPunctuation(s).strip();
        while (!t.isEmpty() && ".;".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
