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
 * a name as a sub-heading, several names joined by commas, "/", "&" or "and". Honorifics such as "Mr.",
 * "Dr.", "Anh", "Chị" are removed from names. Where people are named, groups and sentences in the speaker
 * section are left out; where none is, the first group presented as the speaker is kept.
 */
public final class Speakers {

    private static final Pattern HONORIFIC = Pattern.compile(
            "(?i)^(?:(?:mr|mrs|ms|mx|dr|prof|mister|miss|sir|h\\.e|he)\\.?|anh|chị|chi|thầy|cô|ông|bà|bạn|tiến sĩ"
            + "|ts\\.|ths\\.|pgs\\.)\\s+");
    private static final Pattern PARENS = Pattern.compile("^(.+?)\\s*\\((.+)\\)\\s*$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s+[–—-]\\s+|\\s*[–—]\\s*|:\\s+|,\\s+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|/|&|;|\\band\\b|\\bvà\\b)\\s*");
    private static final Pattern AT_ORG = Pattern.compile("(?i)\\s+(?:at|@|tại|from|của)\\s+");
    private static final Pattern GROUP_WORD = Pattern.compile(
            "(?iu)^(?:team|teams|đội|nhóm|group|ban|các|cac|the)(?![\\p{L}])");
    private static final int MAX_NAME_WORDS = 16;
    private static final int MAX_PERSON_WORDS = 5;

    private Speakers() {
    }

    /** Speakers of the whole report, each once, in document order. */
    static List<Speaker> extract(ParseContext ctx) {
        Map<String, Speaker> out = new LinkedHashMap<>();
        for (OutlineNode n : ctx.outline.nodes()) {
            if (n.kind() != SectionKind.SPEAKERS || n.under(SectionKind.SPEAKERS)) {
                continue;
            }
            List<Speaker> own = fromBlocks(n.blocks, ctx.vocabulary);
            List<Speaker> found = !own.isEmpty() ? own : fromBlocks(n.allBlocks(), ctx.vocabulary);
            found.forEach(sp -> out.putIfAbsent(Text.fold(sp.name()), sp));
        }
        for (Field f : ctx.fields()) {
            if (f.name().equals("speaker")) {
                fromValue(f.value(), ctx.vocabulary).forEach(s -> out.putIfAbsent(Text.fold(s.name()), s));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static List<Speaker> fromBlocks(List<Block> blocks, Vocabulary vocabulary) {
        List<Speaker> out = new ArrayList<>();
        int depth = itemDepth(blocks, vocabulary);
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.HEADING) {
                for (Speaker sp : parse(b.text(), null, vocabulary)) {
                    if (isPerson(sp.name())) {
                        out.add(sp); // a sub-heading counts only when it is a person's name
                    }
                }
            } else if (b.kind() == Block.Kind.TABLE_ROW && !b.header() && !b.cells().isEmpty()) {
                out.addAll(fromRow(b, vocabulary));
            } else if (b.kind() == Block.Kind.TEXT && (depth == Integer.MAX_VALUE
                    ? !b.text().isEmpty() : b.itemStart() && b.depth() == depth)) {
                out.addAll(parse(b.text(), b.lead(), vocabulary));
            }
        }
        return out;
    }

    /**
     * The list depth whose items are the speakers: the shallowest, unless its items are only labels
     * ("- **Diễn giả & Hướng dẫn viên:**" above the names), then the next one.
     */
    private static int itemDepth(List<Block> blocks, Vocabulary vocabulary) {
        int min = Integer.MAX_VALUE;
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.TEXT && b.itemStart()) {
                min = Math.min(min, b.depth());
            }
        }
        if (min == Integer.MAX_VALUE) {
            return min;
        }
        boolean onlyLabels = true;
        int next = Integer.MAX_VALUE;
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.TEXT && b.itemStart()) {
                if (b.depth() == min) {
                    onlyLabels &= isLabel(b, vocabulary);
                } else {
                    next = Math.min(next, b.depth());
                }
            }
        }
        return onlyLabels && next != Integer.MAX_VALUE ? next : min;
    }

    private static boolean isLabel(Block b, Vocabulary vocabulary) {
        if (!b.allStrong()) {
            return false;
        }
        Vocabulary.SectionMatch m = vocabulary.section(b.text());
        return m != null && m.kind() == SectionKind.SPEAKERS || vocabulary.field(Text.trimPunctuation(b.text())) != null;
    }

    /** Where people are named, groups, teams and sentences are dropped. */
    static List<Speaker> peopleFirst(List<Speaker> speakers) {
        List<Speaker> people = new ArrayList<>();
        for (Speaker s : speakers) {
            if (isPerson(s.name())) {
                people.add(s);
            }
        }
        if (!people.isEmpty()) {
            return people;
        }
        return speakers.isEmpty() ? speakers : List.of(speakers.get(0));
    }

    /** Whether a name looks like a person's: a few words, each capitalised, not a team or group. */
    static boolean isPerson(String name) {
        String[] words = name.split("\\s+");
        if (words.length > MAX_PERSON_WORDS || GROUP_WORD.matcher(name).find()) {
            return false;
        }
        for (String w : words) {
            int cp = w.codePointAt(0);
            if (!Character.isUpperCase(cp) || w.chars().anyMatch(Character::isDigit)
                    || w.length() > 3 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The people a line of a session's prose presents as speakers: a bold name right after a
     * {@linkplain Vocabulary#endsWithSpeakerLead lead} ("speaker **Quang Tịnh** opened", "presented by **Kha**"),
     * a bold list of names there ("presented by **Đức Anh, Tuấn Thịnh**"), and further bold names joined to it by
     * "and", "và", "&" or a comma. Only names that look like people's count.
     */
    static List<Speaker> inProse(Block b, Vocabulary vocabulary) {
        List<Span> spans = b.spans();
        List<Speaker> out = new ArrayList<>();
        for (int k = 0; k + 1 < spans.size(); k++) {
            if (spans.get(k).strong() || !spans.get(k + 1).strong()
                    || !vocabulary.endsWithSpeakerLead(spans.get(k).text())) {
                continue;
            }
            int j = k + 1;
            while (addPeople(spans.get(j).text(), out) && j + 2 < spans.size() && !spans.get(j + 1).strong()
                    && spans.get(j + 2).strong() && isJoiner(spans.get(j + 1).text())) {
                j += 2;
            }
        }
        return out;
    }

    /** Adds the people {@code bold} names (one name or a list); whether it named any. */
    private static boolean addPeople(String bold, List<Speaker> out) {
        List<String> names = nameList(bold);
        if (names.isEmpty()) {
            String one = cleanName(bold);
            names = one != null && isPerson(one) ? List.of(one) : List.of();
        }
        for (String n : names) {
            out.add(new Speaker(n, null, null));
        }
        return !names.isEmpty();
    }

    private static boolean isJoiner(String text) {
        String t = Text.fold(text).strip();
        return t.equals("and") || t.equals("va") || text.strip().equals(",") || text.strip().equals("&");
    }

    /** The speakers a "Speaker:" value names ("Mr. Tinh (Platform Engineer at GoTymeX)", "A, B and C"). */
    static List<Speaker> fromValue(String value, Vocabulary vocabulary) {
        return parse(value, null, vocabulary);
    }

    private static List<Speaker> fromRow(Block b, Vocabulary vocabulary) {
        String name = cleanName(Fields.plain(b.cells().get(0)));
        if (name == null || vocabulary.field(name) != null) {
            return List.of();
        }
        String role = b.cells().size() > 1 ? blankToNull(Fields.plain(b.cells().get(1))) : null;
        String org = b.cells().size() > 2 ? blankToNull(Fields.plain(b.cells().get(2))) : null;
        return List.of(new Speaker(name, role, org));
    }

    /** The speakers of one line: the bold lead is the name (or names) when there is one. */
    static List<Speaker> parse(String text, String lead, Vocabulary vocabulary) {
        String t = Text.stripSymbols(text);
        if (t.isEmpty()) {
            return List.of();
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
            int colon = t.indexOf(": ");
            if (colon > 0 && lead == null) {
                // "Detection & Monitoring experts: Tran Duc Anh, Nguyen Tuan Thinh"
                String before = cleanName(t.substring(0, colon));
                String after = t.substring(colon + 2);
                if (before != null && !isPerson(before)) {
                    List<String> listed = nameList(PARENS.matcher(after).matches()
                            ? PARENS.matcher(after).replaceFirst("$1") : after);
                    String first = cleanName(NAME_SEPARATOR.split(after, 2)[0].replaceAll("\\(.*", ""));
                    if (listed.size() >= 2 || first != null && isPerson(first)) {
                        return parse(after, null, vocabulary);
                    }
                }
            }
            Matcher listed = PARENS.matcher(t);
            if (listed.matches() && nameList(listed.group(2)).size() >= 2) {
                // "Experts from AWS Community Builders (Truong Quang Tinh, Kha Van, Bao Huynh)"
                t = listed.group(2);
            }
            List<String> names = nameList(t);
            if (names.size() >= 2) {
                List<Speaker> out = new ArrayList<>();
                names.forEach(n -> out.add(Speaker.named(n)));
                return out;
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
        String org = null;
        Matcher inParens = PARENS.matcher(Text.trimPunctuation(name));
        if (inParens.matches()) {
            name = inParens.group(1);
            org = inParens.group(2);
        }
        String[] roleAndOrg = roleAndOrg(rest);
        String role = roleAndOrg[0];
        if (org == null) {
            org = roleAndOrg[1];
        } else if (role == null) {
            role = roleAndOrg[1];
        }
        List<String> names = nameList(name);
        if (names.size() < 2) {
            String single = cleanName(name);
            if (single == null) {
                return List.of();
            }
            if (vocabulary.section(single) != null) {
                return List.of(); // a label ("Danh sách diễn giả", "Morning Session") written as an item
            }
            names = List.of(single);
        }
        List<Speaker> out = new ArrayList<>();
        for (String n : names) {
            out.add(new Speaker(n, blankToNull(trimValue(role)), blankToNull(trimValue(org))));
        }
        return out;
    }

    /** {@code [role, organization]} from what follows a name ("Role, Org", "Role at Org", "(Role)"). */
    private static String[] roleAndOrg(String raw) {
        String rest = Text.trimPunctuation(raw).strip();
        if (rest.isEmpty()) {
            return new String[]{null, null};
        }
        Matcher pr = PARENS.matcher(rest);
        if (pr.matches()) {
            rest = pr.group(1) + ", " + pr.group(2);
        }
        Matcher at = AT_ORG.matcher(rest);
        int comma = rest.lastIndexOf(", ");
        if (at.find()) {
            return new String[]{rest.substring(0, at.start()), rest.substring(at.end())};
        }
        if (comma > 0) {
            return new String[]{rest.substring(0, comma), rest.substring(comma + 2)};
        }
        return new String[]{rest, null};
    }

    /**
     * Several people's names joined by commas, "/", "&", "and" or "và" ("Diem My / Dinh Nguyen"), each cleaned
     * of honorifics; a single name or anything that is not only names gives a list of at most one.
     */
    static List<String> nameList(String text) {
        String[] parts = LIST_SEPARATOR.split(Text.trimPunctuation(text));
        if (parts.length < 2) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String p : parts) {
            String n = cleanName(p);
            if (n == null) {
                continue;
            }
            if (!isPerson(n)) {
                return List.of();
            }
            names.add(n);
        }
        return names;
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
        while (!t.isEmpty() && ".;\\".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
