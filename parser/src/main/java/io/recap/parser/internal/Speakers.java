package io.recap.parser.internal;

import io.recap.model.SectionKind;
import io.recap.model.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds speakers: in speaker sections (list items, paragraphs, name sub-headings, tables with a name column),
 * in "Speaker:" / "Moderator:" / "Người chia sẻ:" lines, in session titles ("Title (Speaker: Name – Org)",
 * "Name – Title"), at the start of a session's text ("**Name**, Solutions Architect, AWS", "Name (Org) demoed
 * …") and in prose leads ("presented by **Name**"). What is a person's name is decided by {@link PersonNames};
 * a line is split into several people only where every part is a name ("A, B và C", "A - B - C"), else it is
 * one name followed by a role and an organisation ("Name, Role, Org"). Where people are named, groups are
 * left out; where none is, the groups presented as speakers are kept, never a role or a sentence.
 */
public final class Speakers {

    private static final int MAX_GROUP_WORDS = 8;
    /** The longest line read as a label over a list of speakers ("Diễn giả & Hướng dẫn viên:"). */
    private static final int MAX_LABEL_CHARS = 60;
    /** A group named by a group word may describe itself at length ("Đội ngũ kiến trúc sư giải pháp của AWS …"). */
    private static final int MAX_NAMED_GROUP_WORDS = 16;

    private Speakers() {
    }

    /** Speakers of the report's speaker sections and "Speaker:" lines outside sessions, each once, in order. */
    static List<Speaker> extract(ParseContext ctx) {
        Map<String, Speaker> out = new LinkedHashMap<>();
        for (OutlineNode n : ctx.outline.nodes()) {
            if (n.kind() != SectionKind.SPEAKERS || n.under(SectionKind.SPEAKERS) || insideProgramme(n)) {
                continue;
            }
            List<Speaker> own = fromBlocks(n.blocks, ctx);
            List<Speaker> found = hasPerson(own, ctx) ? own : fromBlocks(n.allBlocks(), ctx);
            if (found.isEmpty()) {
                found = own;
            }
            found.forEach(sp -> out.putIfAbsent(key(sp), sp));
        }
        for (Field f : ctx.fields()) {
            if (f.name().equals("speaker")) {
                fromValue(f.value(), ctx).forEach(s -> out.putIfAbsent(key(s), s));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static boolean insideProgramme(OutlineNode n) {
        return n.under(SectionKind.SESSION) || n.under(SectionKind.AGENDA);
    }

    static String key(Speaker s) {
        return Text.fold(s.name());
    }

    private static boolean hasPerson(List<Speaker> speakers, ParseContext ctx) {
        for (Speaker s : speakers) {
            if (ctx.strength(s.name()).atLeast(PersonNames.Strength.WEAK)) {
                return true;
            }
        }
        return false;
    }

    private static List<Speaker> fromBlocks(List<Block> blocks, ParseContext ctx) {
        List<Speaker> out = new ArrayList<>();
        int depth = itemDepth(blocks, ctx);
        int[] columns = null;
        boolean underLabel = false;
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.HEADING) {
                for (Speaker sp : line(b.text(), null, ctx)) {
                    if (ctx.strength(sp.name()).atLeast(PersonNames.Strength.WEAK)) {
                        out.add(sp); // a sub-heading counts only when it is a person's name
                    }
                }
            } else if (b.kind() == Block.Kind.TABLE_ROW && !b.cells().isEmpty()) {
                if (b.header()) {
                    columns = columns(b);
                } else {
                    out.addAll(fromRow(b, columns, ctx));
                }
            } else if (b.kind() == Block.Kind.TEXT && (depth == Integer.MAX_VALUE
                    ? !b.text().isEmpty() : b.itemStart() && b.depth() == depth)) {
                underLabel = depth != Integer.MAX_VALUE && isLabel(b.text(), ctx);
                if (!underLabel) {
                    out.addAll(line(b.text(), b.lead(), ctx));
                }
            } else if (underLabel && b.kind() == Block.Kind.TEXT && b.itemStart() && b.depth() == depth + 1) {
                out.addAll(line(b.text(), b.lead(), ctx)); // "- Panelists:" above a nested list of names
            }
        }
        return out;
    }

    /**
     * The list depth whose items are the speakers: the shallowest, unless its items are only labels
     * ("- **Diễn giả & Hướng dẫn viên:**", "- Panelists:" above the names), then the next one.
     */
    private static int itemDepth(List<Block> blocks, ParseContext ctx) {
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
                    onlyLabels &= isLabel(b.text(), ctx);
                } else {
                    next = Math.min(next, b.depth());
                }
            }
        }
        return onlyLabels && next != Integer.MAX_VALUE ? next : min;
    }

    /** Whether a line is only a label: a speaker section's name, a speaker field, or a role ("Panelists:"). */
    private static boolean isLabel(String text, ParseContext ctx) {
        String raw = Text.stripSymbols(text).strip();
        String t = Text.trimPunctuation(raw).strip();
        if (t.isEmpty() || t.length() > MAX_LABEL_CHARS) {
            return false; // a label is a few words, not a line about a person
        }
        Vocabulary.SectionMatch m = ctx.vocabulary.section(t);
        boolean endsLabel = raw.endsWith(":") || raw.endsWith("：");
        return m != null && (m.exact() || endsLabel) && m.kind() == SectionKind.SPEAKERS || ctx.vocabulary.field(t) != null
                || ctx.names.onlyRoles(t);
    }

    /** The columns of a speakers table, from its header: {name, role, organization}, -1 where absent. */
    private static int[] columns(Block header) {
        int[] c = {-1, -1, -1};
        for (int i = 0; i < header.cells().size(); i++) {
            String h = Text.fold(Fields.plain(header.cells().get(i)));
            if (c[0] < 0 && (h.contains("name") || h.equals("ten") || h.startsWith("ho ten") || h.contains("speaker")
                    || h.contains("dien gia") || h.contains("presenter") || h.contains("nguoi"))) {
                c[0] = i;
            } else if (c[1] < 0 && (h.contains("role") || h.contains("title") || h.contains("position")
                    || h.contains("vai tro") || h.contains("chuc vu") || h.contains("chuc danh"))) {
                c[1] = i;
            } else if (c[2] < 0 && (h.contains("company") || h.contains("organi") || h.contains("cong ty")
                    || h.contains("to chuc") || h.contains("don vi"))) {
                c[2] = i;
            }
        }
        return c;
    }

    private static List<Speaker> fromRow(Block b, int[] columns, ParseContext ctx) {
        List<List<Span>> cells = b.cells();
        int nameColumn = columns != null && columns[0] >= 0 && columns[0] < cells.size() ? columns[0] : -1;
        if (nameColumn < 0) {
            // the first cell that names a person
            for (int i = 0; i < cells.size() && nameColumn < 0; i++) {
                List<Speaker> found = line(Fields.plain(cells.get(i)), null, ctx);
                if (!found.isEmpty() && ctx.strength(found.get(0).name()).atLeast(PersonNames.Strength.WEAK)) {
                    nameColumn = i;
                }
            }
        }
        if (nameColumn < 0) {
            String first = ctx.cleanName(Fields.plain(cells.get(0)));
            return first == null || ctx.vocabulary.field(first) != null ? List.of() : List.of(Speaker.named(first));
        }
        String cell = Fields.plain(cells.get(nameColumn));
        if (ctx.vocabulary.field(Text.trimPunctuation(cell)) != null) {
            return List.of();
        }
        String role = columns != null && columns[1] >= 0 && columns[1] < cells.size() && columns[1] != nameColumn
                ? Fields.plain(cells.get(columns[1]))
                : nameColumn + 1 < cells.size() ? Fields.plain(cells.get(nameColumn + 1)) : null;
        String org = columns != null && columns[2] >= 0 && columns[2] < cells.size() && columns[2] != nameColumn
                ? Fields.plain(cells.get(columns[2]))
                : nameColumn + 2 < cells.size() ? Fields.plain(cells.get(nameColumn + 2)) : null;
        List<Speaker> out = new ArrayList<>();
        for (Speaker s : line(cell, null, ctx)) {
            out.add(s.role() == null && s.organization() == null ? new Speaker(s.name(), role, org) : s);
        }
        return out;
    }

    /** Where people are named, groups, roles and sentences are dropped; where none is, the groups are kept. */
    static List<Speaker> peopleFirst(List<Speaker> speakers, ParseContext ctx) {
        List<Speaker> people = new ArrayList<>();
        List<Speaker> groups = new ArrayList<>();
        for (Speaker s : speakers) {
            if (ctx.strength(s.name()).atLeast(PersonNames.Strength.WEAK)) {
                people.add(s);
            } else if (isGroup(s.name(), ctx)) {
                groups.add(s);
            }
        }
        return people.isEmpty() ? groups : people;
    }

    /**
     * Whether a phrase can be a group presented as a speaker ("Đội 3KA", "AWS Vietnam Solution Architects",
     * "Signal Scout"): a few words, no sentence, not a bare role ("Senior Solutions Architect").
     */
    static boolean isGroup(String phrase, ParseContext ctx) {
        PersonNames names = ctx.names;
        String p = phrase.strip();
        String[] words = p.split("\\s+");
        int max = names.hasGroupWord(words[0]) || words.length > 1 && names.hasGroupWord(words[0] + " " + words[1])
                ? MAX_NAMED_GROUP_WORDS : MAX_GROUP_WORDS;
        if (words.length > max || p.indexOf(';') >= 0 || p.indexOf('?') >= 0 || p.indexOf('!') >= 0
                || p.endsWith(".") || names.onlyRoles(p)) {
            return false;
        }
        if (names.hasGroupWord(p)) {
            return true;
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (names.onlyRoles(last) && !last.endsWith("s")) {
            return false; // "International Guest Speaker", "DevOps Engineer": one role, nobody named
        }
        int capitalised = 0;
        for (String w : words) {
            int cp = w.codePointAt(0);
            if (Character.isUpperCase(cp) || Character.isDigit(cp)) {
                capitalised++;
            }
        }
        return capitalised >= words.length - 1 && capitalised * 2 > words.length;
    }

    /**
     * The people a line of a session's prose presents as speakers: a bold name right after a
     * {@linkplain Vocabulary#endsWithSpeakerLead lead} ("speaker **Quang Tịnh** opened", "presented by **Kha**"),
     * a bold list of names there ("presented by **Đức Anh, Tuấn Thịnh**"), and further bold names joined to it by
     * "and", "và", "&" or a comma. Only names that look like people's count.
     */
    static List<Speaker> inProse(Block b, ParseContext ctx) {
        List<Span> spans = b.spans();
        List<Speaker> out = new ArrayList<>();
        for (int k = 0; k + 1 < spans.size(); k++) {
            if (spans.get(k).strong() || !spans.get(k + 1).strong()
                    || !ctx.vocabulary.endsWithSpeakerLead(spans.get(k).text())) {
                continue;
            }
            int j = k + 1;
            while (addPeople(spans.get(j).text(), ctx, out) && j + 2 < spans.size() && !spans.get(j + 1).strong()
                    && spans.get(j + 2).strong() && isJoiner(spans.get(j + 1).text())) {
                j += 2;
            }
        }
        return out;
    }

    /** Adds the people {@code bold} names (one name or a list); whether it named any. */
    private static boolean addPeople(String bold, ParseContext ctx, List<Speaker> out) {
        List<Speaker> people = new ArrayList<>();
        for (Speaker s : NameLine.parse(bold, ctx)) {
            if (ctx.strength(s.name()).atLeast(PersonNames.Strength.WEAK)) {
                people.add(Speaker.named(s.name()));
            }
        }
        out.addAll(people);
        return !people.isEmpty();
    }

    private static boolean isJoiner(String text) {
        String t = Text.fold(text).strip();
        return t.equals("and") || t.equals("va") || text.strip().equals(",") || text.strip().equals("&");
    }

    /** The speakers a "Speaker:" value names ("Mr. Tinh (Platform Engineer at GoTymeX)", "A, B and C"). */
    static List<Speaker> fromValue(String value, ParseContext ctx) {
        return line(value, null, ctx);
    }

    /**
     * The speakers of one line of a speakers section or field: the bold lead is the name (or names) when it
     * names people; a leading label ("Moderator:", "Diễn giả:") is skipped. Lines that name nobody give the
     * lead or the line's first phrase, for {@link #peopleFirst} to keep as a group or drop.
     */
    static List<Speaker> line(String text, String lead, ParseContext ctx) {
        String t = Text.stripSymbols(text);
        if (t.isEmpty()) {
            return List.of();
        }
        if (lead != null && !lead.isBlank()) {
            String label = Text.trimPunctuation(Text.stripSymbols(lead)).strip();
            int at = t.indexOf(lead.strip());
            String after = at >= 0 ? t.substring(at + lead.strip().length()) : "";
            if (ctx.vocabulary.field(label) != null || ctx.names.onlyRoles(label) || isSpeakerLabel(label, ctx)) {
                // "**Speaker:** Name – Role", "**Moderator:** Name"
                return line(Text.trimPunctuation(after), null, ctx);
            }
            List<Speaker> named = NameLine.parse(lead, ctx);
            if (!named.isEmpty() && allPeople(named, ctx)) {
                return withRest(named, after);
            }
        }
        List<Speaker> people = NameLine.parse(t, ctx);
        if (!people.isEmpty()) {
            return people;
        }
        String candidate = lead != null && !lead.isBlank() ? lead : NameLine.firstPhrase(t);
        String group = ctx.cleanName(candidate);
        if (group == null || ctx.vocabulary.section(group) != null || ctx.vocabulary.field(group) != null) {
            return List.of(); // a label ("Danh sách diễn giả", "Morning Session") written as an item
        }
        return List.of(Speaker.named(group));
    }

    private static boolean isSpeakerLabel(String label, ParseContext ctx) {
        Vocabulary.SectionMatch m = ctx.vocabulary.section(label);
        return m != null && m.exact() && m.kind() == SectionKind.SPEAKERS;
    }

    private static boolean allPeople(List<Speaker> speakers, ParseContext ctx) {
        for (Speaker s : speakers) {
            if (!ctx.strength(s.name()).atLeast(PersonNames.Strength.WEAK)) {
                return false;
            }
        }
        return true;
    }

    /** The names of a bold lead, with the role and organisation that follow it given to each of them. */
    private static List<Speaker> withRest(List<Speaker> named, String after) {
        return NameLine.shareRest(named, NameLine.roleAndOrg(after));
    }

    /**
     * The people a session title names: a parenthesis that is a person or says "Speaker: Name"
     * ("Inspirational Message (Mr. Joseph Marazzotta)", "Title (Speaker: Name – Org)"), or a name before a dash
     * ("Bảo Huỳnh - Docker: A Containerization Technology"). The title itself is left as written.
     */
    static List<Speaker> inTitle(String title, ParseContext ctx) {
        List<Speaker> out = new ArrayList<>();
        int open = title.lastIndexOf('(');
        int close = title.lastIndexOf(')');
        if (open > 0 && close > open) {
            String inner = title.substring(open + 1, close).strip();
            int colon = inner.indexOf(':');
            if (colon > 0 && ctx.vocabulary.field(inner.substring(0, colon).strip()) != null) {
                if ("speaker".equals(ctx.vocabulary.field(inner.substring(0, colon).strip()))) {
                    out.addAll(people(NameLine.parse(inner.substring(colon + 1), ctx), ctx,
                            PersonNames.Strength.WEAK));
                }
            } else {
                // "(Mr. Joseph Marazzotta)", "(Eric Yeo)", "(Nghiêm, Long, Quý)"
                List<Speaker> named = NameLine.parse(inner, ctx);
                out.addAll(people(named, ctx, named.size() >= 2 ? PersonNames.Strength.WEAK
                        : honorific(inner, ctx) ? PersonNames.Strength.WEAK : PersonNames.Strength.MEDIUM));
            }
        }
        String first = NameLine.beforeDash(title);
        if (out.isEmpty() && first != null) {
            String name = ctx.cleanName(first);
            if (name != null && ctx.strength(name).atLeast(PersonNames.Strength.STRONG)) {
                out.add(Speaker.named(name));
            }
        }
        return out;
    }

    /**
     * The people who open a session's text: a bold name followed by a role ("**Name**, Solutions Architect,
     * AWS"), a line that is only "Name – Role, Org", or a sentence that starts with names ("Trung Vu (Revve AI)
     * brought a voice agent on stage", "Anh Trường và Minh Anh Đặng Cao demo …").
     */
    static List<Speaker> opening(Block b, ParseContext ctx) {
        if (b.kind() != Block.Kind.TEXT || b.text().isEmpty()) {
            return List.of();
        }
        String text = b.stripped();
        String lead = b.lead();
        if (lead != null && text.startsWith(lead.strip())) {
            List<Speaker> named = NameLine.parse(lead, ctx);
            String after = b.afterLead();
            boolean roleFollows = ctx.names.hasRole(after) || ctx.names.hasOrganization(after);
            if (!named.isEmpty() && allPeople(named, ctx) && roleFollows
                    && (after.startsWith(",") || after.startsWith("–") || after.startsWith("-")
                    || after.startsWith("—") || after.startsWith("("))) {
                return withRest(named, after);
            }
            return List.of();
        }
        return NameLine.sentenceSubjects(text, ctx);
    }

    /** Whether a phrase starts with an honorific that {@link PersonNames#clean} drops ("Mr. X", "Ông X"). */
    private static boolean honorific(String phrase, ParseContext ctx) {
        String cleaned = ctx.cleanName(phrase);
        return cleaned != null && !Text.fold(cleaned).equals(Text.fold(Text.trimPunctuation(phrase)));
    }

    private static List<Speaker> people(List<Speaker> found, ParseContext ctx, PersonNames.Strength min) {
        List<Speaker> out = new ArrayList<>();
        for (Speaker s : found) {
            if (ctx.strength(s.name()).atLeast(min)) {
                out.add(s);
            }
        }
        return out.size() == found.size() ? out : List.of();
    }

    /**
     * Whether a bold line or sub-heading of a session is only a speaker label ("**Speakers:**", "#### Panelists",
     * "Diễn giả:"), with nothing after it: the list below it names the session's speakers.
     */
    static boolean isSpeakerLabelLine(Block b, ParseContext ctx) {
        if (!(b.kind() == Block.Kind.TEXT && b.allStrong() || b.kind() == Block.Kind.HEADING)) {
            return false; // a bold line or a sub-heading ("#### Moderator", "#### Panelists")
        }
        String t = Text.trimPunctuation(b.stripped()).strip();
        return !t.isEmpty() && ("speaker".equals(ctx.vocabulary.field(t)) || isSpeakerLabel(t, ctx)
                || ctx.names.onlyRoles(t) && t.toLowerCase(Locale.ROOT).matches(".*(speaker|panel|moderator).*"));
    }
}
