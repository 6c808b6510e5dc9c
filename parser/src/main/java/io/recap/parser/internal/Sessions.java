package io.recap.parser.internal;

import io.recap.model.Part;
import io.recap.model.SectionKind;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sessions of the programme: the first level of structure inside the sections that describe the
 * event's content (agenda, main content, key highlights, morning/afternoon groups). That is their
 * sub-headings; where there are none, their list items with a bold or numbered lead; where there are
 * neither, their time-slot lines and agenda table rows. Breaks, check-in and lunch slots are left out.
 */
public final class Sessions {

    private static final Pattern SESSION_NUMBERING = Pattern.compile(
            "(?i)^(?:(?:session|phiên|phien|part|phần|phan|topic|chủ đề|module|bài|slot)\\s*#?\\d+\\s*[:.\\-–—)]\\s*"
            + "|\\d+(?:\\.\\d+)*\\s*[.):\\-–—](?!\\d)\\s*|\\d+(?:\\.\\d+)+\\s+|[IVX]{1,4}\\s*[.):]\\s+|[a-h]\\)\\s+)");

    private static final int MAX_TITLE_WORDS = 8;
    /** A schedule preferred over other content sections holds at least this many sessions. */
    private static final int MIN_SCHEDULE = 3;
    private static final Pattern TRAILING_TIME = Pattern.compile("\\s*[(\\[]([^()\\[\\]]*\\d[:h]\\d\\d[^()\\[\\]]*)[)\\]]\\s*$");
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "(?iu)^(?:(?:session|phiên|phien|part|phần|phan|topic|chủ đề|chu de|module|track|slot|talk)\\s*#?)?"
            + "(\\d{1,2})\\s*[.):\\-–—]\\s*\\S");
    /** Sub-headings: the best structure a content section can have. */
    static final int TIER_HEADING = 1;
    /** List items or paragraphs with a bold or numbered lead. */
    static final int TIER_LEAD = 2;
    /** Time-slot lines, time-slot headings and agenda table rows. */
    static final int TIER_TIME_SLOT = 3;
    /** Plain "Title: text" paragraphs. */
    static final int TIER_TITLED = 4;

    private Sessions() {
    }

    /** The sessions of the report in {@code ctx}, in document order. */
    static List<SessionDraft> extract(ParseContext ctx) {
        // Each content section yields sessions of one tier; when several describe the same programme (an
        // agenda timeline and the key highlights), the best-structured ones are kept.
        List<List<SessionDraft>> perContainer = new ArrayList<>();
        List<List<SessionDraft>> combined = new ArrayList<>();
        int bestTier = Integer.MAX_VALUE;
        for (OutlineNode n : ctx.outline.nodes()) {
            if (n.kind() == SectionKind.AGENDA && !n.under(SectionKind.AGENDA)) {
                List<SessionDraft> found = new ArrayList<>();
                fromContainer(n, n.part, ctx, found);
                if (found.isEmpty() && n.part != null) {
                    SessionDraft s = fromPartHeading(n, ctx);
                    if (s != null) {
                        found.add(s);
                    }
                }
                if (!found.isEmpty()) {
                    perContainer.add(found);
                    bestTier = Math.min(bestTier, tier(found));
                }
            } else if (n.kind() == SectionKind.SPEAKERS && n.heading != null
                    && ctx.vocabulary.namesProgramme(n.heading.text())) {
                // "Sessions & Speakers": the programme when no content section gives one and its items are
                // titles, not people's names
                List<SessionDraft> found = new ArrayList<>();
                fromContainer(n, n.part, ctx, found);
                if (found.size() >= 2 && mostlyTitles(found, ctx)) {
                    combined.add(found);
                }
            }
        }
        if (perContainer.isEmpty()) {
            perContainer = combined;
            bestTier = tier(perContainer.stream().flatMap(List::stream).toList());
        }
        perContainer = oneLanguage(perContainer, ctx);
        List<SessionDraft> out = new ArrayList<>();
        List<SessionDraft> schedule = schedule(perContainer);
        if (schedule != null && perContainer.size() > 1 && !scheduleMirrored(perContainer, schedule)) {
            // a timed schedule and notes under plain sub-headings that do not follow it: the schedule is the
            // programme, the notes are the author's
            out.addAll(schedule);
        } else {
            for (List<SessionDraft> found : perContainer) {
                if (tier(found) == bestTier) {
                    out.addAll(found);
                }
            }
        }
        if (out.isEmpty()) {
            out = followingSiblings(ctx);
        }
        if (out.isEmpty()) {
            out = numberedHeadings(ctx);
        }
        return out.isEmpty() ? unlabelledRun(ctx) : out;
    }

    /**
     * Whether most sections of a run speak of AWS services (in their heading or text): talks of a technical
     * programme, not the author's notes on the day.
     */
    private static boolean technical(List<OutlineNode> run, ParseContext ctx) {
        int technical = 0;
        for (OutlineNode n : run) {
            StringBuilder text = new StringBuilder(n.heading.text());
            for (Block b : n.allBlocks()) {
                text.append('\n').append(b.text());
            }
            technical += ctx.matcher.find(text.toString()).isEmpty() ? 0 : 1;
        }
        return technical * 3 >= run.size() * 2;
    }

    /** Fewest headings in a run of unlabelled sibling headings that is read as the programme. */
    private static final int MIN_UNLABELLED_RUN = 3;

    /**
     * For reports with no content label and no numbered run: three or more unlabelled headings in a row, siblings
     * outside every labelled section, each holding text ("## DevOps Mindset", "## Infrastructure as Code", "##
     * Container Services" between the speakers and the takeaways). A shorter run is more likely the author's
     * own sections ("Why I attended", "Event format").
     */
    private static List<SessionDraft> unlabelledRun(ParseContext ctx) {
        List<OutlineNode> best = List.of();
        List<OutlineNode> run = new ArrayList<>();
        OutlineNode previous = null;
        for (OutlineNode n : ctx.outline.nodes()) {
            if (n.heading == null || n.heading.kind() != Block.Kind.HEADING || insideLabelled(n)) {
                continue;
            }
            boolean candidate = n.kind() == SectionKind.OTHER && !n.allBlocks().isEmpty();
            boolean continues = previous != null && n.parent == previous.parent && n.level == previous.level;
            if (!candidate) {
                if (previous != null && n.level <= previous.level) {
                    best = run.size() > best.size() ? run : best;
                    run = new ArrayList<>();
                    previous = null;
                }
                continue;
            }
            if (!continues && previous != null && n.level <= previous.level) {
                best = run.size() > best.size() ? run : best;
                run = new ArrayList<>();
            }
            if (run.isEmpty() || continues) {
                run.add(n);
                previous = n;
            }
        }
        best = run.size() > best.size() ? run : best;
        List<SessionDraft> out = new ArrayList<>();
        if (best.size() >= MIN_UNLABELLED_RUN && technical(best, ctx)) {
            for (OutlineNode n : best) {
                SessionDraft d = fromHeading(n, null, ctx);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /**
     * The content sections of a report written twice, once per language, in one file: where two sections give
     * the same number of sessions in different languages, the ones in the report's own language (its file
     * name's, else its text's) are kept, so that no session is counted twice.
     */
    private static List<List<SessionDraft>> oneLanguage(List<List<SessionDraft>> perContainer, ParseContext ctx) {
        if (perContainer.size() < 2) {
            return perContainer;
        }
        List<String> languages = new ArrayList<>();
        for (List<SessionDraft> found : perContainer) {
            List<Block> blocks = new ArrayList<>();
            for (SessionDraft d : found) {
                blocks.addAll(d.blocks);
            }
            languages.add(Languages.ofBlocks(blocks));
        }
        String own = Languages.detect(ctx.path, null, ctx.blocks);
        List<List<SessionDraft>> out = new ArrayList<>(perContainer);
        for (int i = 0; i < perContainer.size(); i++) {
            for (int j = i + 1; j < perContainer.size(); j++) {
                List<SessionDraft> a = perContainer.get(i);
                List<SessionDraft> b = perContainer.get(j);
                String la = languages.get(i);
                String lb = languages.get(j);
                if (a.size() >= 2 && a.size() == b.size() && la != null && lb != null && !la.equals(lb)) {
                    out.remove(la.equals(own) ? b : a);
                }
            }
        }
        return out;
    }

    /** Whether most drafts are titled by something other than a person's name. */
    private static boolean mostlyTitles(List<SessionDraft> drafts, ParseContext ctx) {
        int people = 0;
        for (SessionDraft d : drafts) {
            String first = NameLine.firstPhrase(d.title);
            people += ctx.isPerson(ctx.cleanName(first), PersonNames.Strength.WEAK) ? 1 : 0;
        }
        return people * 2 < drafts.size();
    }

    /**
     * The sessions of the content sections that are timed schedules (two or more slots with a start time, at
     * least half of their sessions; morning and afternoon may be sections of their own), or {@code null} when
     * they hold fewer than three sessions.
     */
    private static List<SessionDraft> schedule(List<List<SessionDraft>> perContainer) {
        List<SessionDraft> out = new ArrayList<>();
        for (List<SessionDraft> found : perContainer) {
            int timed = 0;
            for (SessionDraft d : found) {
                timed += d.start != null ? 1 : 0;
            }
            if (timed >= 2 && timed * 2 >= found.size()) {
                out.addAll(found);
            }
        }
        return out.size() >= MIN_SCHEDULE ? out : null;
    }

    /**
     * Whether the better-structured sections follow the schedule: at least half of the schedule's slots have a
     * session of the same name among them.
     */
    private static boolean scheduleMirrored(List<List<SessionDraft>> perContainer, List<SessionDraft> schedule) {
        List<SessionDraft> others = new ArrayList<>();
        for (List<SessionDraft> found : perContainer) {
            if (!schedule.containsAll(found)) {
                others.addAll(found);
            }
        }
        if (others.isEmpty()) {
            return true;
        }
        int mirrored = 0;
        for (SessionDraft slot : schedule) {
            for (SessionDraft o : others) {
                if (Text.similarTitles(slot.title, o.title)) {
                    mirrored++;
                    break;
                }
            }
        }
        return mirrored * 2 >= schedule.size();
    }

    /**
     * For a content section that yields no session of its own ("### Key Highlights" over two plain bullets):
     * the unlabelled headings that follow it at its level, up to the next labelled one.
     */
    private static List<SessionDraft> followingSiblings(ParseContext ctx) {
        List<OutlineNode> nodes = ctx.outline.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            OutlineNode agenda = nodes.get(i);
            if (agenda.kind() != SectionKind.AGENDA || agenda.under(SectionKind.AGENDA)) {
                continue;
            }
            List<SessionDraft> out = new ArrayList<>();
            for (int j = i + 1; j < nodes.size(); j++) {
                OutlineNode n = nodes.get(j);
                if (n.level < agenda.level || n.level == agenda.level && n.kind() != SectionKind.OTHER) {
                    break;
                }
                if (n.level == agenda.level && n.parent == agenda.parent && n.heading != null
                        && n.heading.kind() == Block.Kind.HEADING) {
                    SessionDraft d = fromHeading(n, agenda.part, ctx);
                    if (d != null) {
                        out.add(d);
                    }
                }
            }
            if (out.size() >= 2) {
                return out;
            }
        }
        return List.of();
    }

    /**
     * For reports without a recognised content section: a run of sibling headings numbered 1, 2, 3… (or
     * starting with times) that sit outside every labelled section ("Valuable Knowledge I Harvested:" above
     * "1. …", "2. …"; "# 8:30 – 8:50 AM | Opening" after the title).
     */
    private static List<SessionDraft> numberedHeadings(ParseContext ctx) {
        // one run per parent and level, so that "1. …" under "Topic 4" does not break the run of topics
        java.util.Map<String, List<OutlineNode>> open = new java.util.LinkedHashMap<>();
        List<List<OutlineNode>> runs = new ArrayList<>();
        for (OutlineNode n : ctx.outline.nodes()) {
            if (n.heading == null || n.kind() != SectionKind.OTHER || insideLabelled(n)) {
                continue;
            }
            String key = (n.parent == null ? -1 : n.parent.index) + "/" + n.level;
            List<OutlineNode> run = open.computeIfAbsent(key, k -> new ArrayList<>());
            int number = leadingNumber(n.heading.text());
            if (number < 0 && (TimeText.startsWithTime(n.heading.text()) || endsWithTimeRange(n.heading.text()))) {
                // agenda slots as headings ("# 8:30 – 8:50 AM | Opening", "## Opening (8:30 – 9:00)")
                number = run.size() + 1;
            }
            if (number == run.size() + 1) {
                run.add(n);
            } else if (number == 1) {
                runs.add(new ArrayList<>(run));
                run.clear();
                run.add(n);
            }
        }
        runs.addAll(open.values());
        List<OutlineNode> first = null;
        for (List<OutlineNode> run : runs) {
            if (run.size() >= 2 && (first == null || run.get(0).firstLine < first.get(0).firstLine)) {
                first = run;
            }
        }
        List<SessionDraft> out = new ArrayList<>();
        if (first != null) {
            for (OutlineNode n : first) {
                SessionDraft s = fromHeading(n, null, ctx);
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static boolean insideLabelled(OutlineNode n) {
        for (OutlineNode p = n.parent; p != null; p = p.parent) {
            if (p.kind() != SectionKind.OTHER && p.kind() != SectionKind.PREAMBLE
                    && p.kind() != SectionKind.OVERVIEW) {
                return true;
            }
        }
        return false;
    }

    /** Whether a heading ends with a time range in parentheses ("Welcome & Introduction (8:30 – 9:00 AM)"). */
    private static boolean endsWithTimeRange(String heading) {
        Matcher m = TRAILING_TIME.matcher(Text.stripSymbols(heading));
        return m.find() && TimeText.findRange(m.group(1)) != null;
    }

    /** The number a heading starts with ("2. …", "Topic 2: …", "Phiên 2 – …"), or -1. */
    static int leadingNumber(String heading) {
        if (TimeText.startsWithTime(Text.stripSymbols(heading))) {
            return -1;
        }
        Matcher m = LEADING_NUMBER.matcher(Text.stripSymbols(heading));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static int tier(List<SessionDraft> drafts) {
        int t = Integer.MAX_VALUE;
        for (SessionDraft d : drafts) {
            t = Math.min(t, d.tier);
        }
        return t;
    }

    private static void fromContainer(OutlineNode container, Part part, ParseContext ctx, List<SessionDraft> out) {
        List<OutlineNode> units = new ArrayList<>();
        for (OutlineNode child : container.children) {
            if (child.kind() == SectionKind.AGENDA || child.kind() == SectionKind.SESSION
                    || child.kind() == SectionKind.OTHER) {
                units.add(child);
            }
        }
        if (units.isEmpty()) {
            fromBlocks(container.allBlocks(), part, ctx, out, container.subtreeLastLine());
            return;
        }
        if (leadsWithBoldLabels(container, units, ctx)) {
            // "**- Concept:** text" paragraphs and a bold "**- Challenges:**" line above a list: one sequence
            List<SessionDraft> leads = leadParagraphs(container.allBlocks(), part, ctx, container.subtreeLastLine());
            if (!leads.isEmpty()) {
                out.addAll(leads);
                return;
            }
        }
        units = timedUnits(units);
        // lead items before the first sub-heading are not sessions when sub-headings exist
        for (OutlineNode child : units) {
            if (child.kind() == SectionKind.AGENDA || groupsTimeSlots(child)) {
                int before = out.size();
                fromContainer(child, child.part != null ? child.part : part, ctx, out);
                if (out.size() == before && child.part != null) {
                    // "### Morning: Opening Keynote" over plain bullets: not a group, a session of the morning
                    SessionDraft s = fromPartHeading(child, ctx);
                    if (s != null) {
                        out.add(s);
                    }
                }
            } else {
                SessionDraft s = fromHeading(child, part, ctx);
                if (s != null) {
                    out.add(s);
                }
            }
        }
    }

    /**
     * Where bold lines of a programme are of two kinds, time slots ("**8:50 – 9:30 AM | Operational Excellence**")
     * and labels of what they hold ("**Key Concepts:**", "**Best Practices:**"), the time slots are the sessions
     * and each label belongs to the slot above it: the labels are left out of the units.
     */
    private static List<OutlineNode> timedUnits(List<OutlineNode> units) {
        int timed = 0;
        int labels = 0;
        for (OutlineNode u : units) {
            String h = withoutNumbering(u.heading.stripped());
            if (TimeText.startsWithTime(h)) {
                timed++;
            } else if (u.level == Outline.PSEUDO_LEVEL && u.heading.text().strip().endsWith(":")) {
                labels++;
            }
        }
        if (timed < 2 || labels == 0) {
            return units;
        }
        List<OutlineNode> out = new ArrayList<>();
        for (OutlineNode u : units) {
            boolean label = u.level == Outline.PSEUDO_LEVEL && u.heading.text().strip().endsWith(":")
                    && !TimeText.startsWithTime(withoutNumbering(u.heading.stripped()));
            if (!label || out.isEmpty()) {
                out.add(u);
            }
        }
        return out;
    }

    /**
     * Whether a content section is written as bold-label paragraphs, some of which stand alone on their line
     * and so became pseudo-headings: every sub-section is a bold line ending with a colon, and the section's
     * own text has at least one "**Label:** text" paragraph.
     */
    private static boolean leadsWithBoldLabels(OutlineNode container, List<OutlineNode> units, ParseContext ctx) {
        for (OutlineNode u : units) {
            if (u.level != Outline.PSEUDO_LEVEL || !u.heading.text().strip().endsWith(":")) {
                return false;
            }
        }
        for (Block b : container.blocks) {
            String lead = b.kind() == Block.Kind.TEXT && b.depth() == 0 ? b.lead() : null;
            if (lead != null && !b.allStrong() && (lead.endsWith(":") || b.afterLead().startsWith(":"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a heading that looks like a session is really a group of time slots ("Pillar 1 — Identity"
     * above "8:50 – 9:30 AM | Modern IAM Architecture").
     */
    private static boolean groupsTimeSlots(OutlineNode n) {
        for (OutlineNode c : n.children) {
            if (c.heading != null && TimeText.startsWithTime(withoutNumbering(c.heading.text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The session a part-of-day heading names after its label ("Morning: Opening Keynote", "Buổi chiều –
     * Workshop IaC"), or {@code null} when the heading is only the part (and its time).
     */
    private static SessionDraft fromPartHeading(OutlineNode n, ParseContext ctx) {
        String h = n.heading.stripped();
        int cut = -1;
        for (String sep : new String[]{":", " – ", " — ", " - ", " | "}) {
            int at = h.indexOf(sep);
            if (at > 0 && (cut < 0 || at < cut) && !TimeText.startsWithTime(h.substring(Math.max(0, at - 2)))) {
                cut = at + sep.length();
            }
        }
        if (cut < 0) {
            return null;
        }
        String rest = TRAILING_TIME.matcher(h.substring(cut)).replaceFirst("").strip();
        if (rest.isEmpty() || TimeText.startsWithTime(rest) || ctx.vocabulary.section(rest) != null) {
            return null;
        }
        SessionDraft s = fromHeading(n, n.part, ctx);
        if (s != null) {
            s.title = cleanTitle(rest);
        }
        return s == null || s.title == null ? null : s;
    }

    private static SessionDraft fromHeading(OutlineNode n, Part part, ParseContext ctx) {
        SessionDraft s = new SessionDraft();
        String heading = withoutNumbering(n.heading.stripped());
        s.tier = TimeText.startsWithTime(heading) ? TIER_TIME_SLOT : TIER_HEADING;
        TimeRange t = TimeText.findRange(heading);
        if (t != null && t.from() <= 2) {
            s.start = t.start();
            s.end = t.end();
            heading = heading.substring(t.to());
        } else if (TimeText.startsWithTime(heading)) {
            TimeRange single = TimeText.findTime(heading);
            if (single != null) {
                s.start = single.start();
                heading = heading.substring(single.to());
            }
        }
        if (s.start == null) {
            // "Welcome & Introduction (8:30 – 9:00 AM)": the time at the end, in parentheses
            Matcher trailing = TRAILING_TIME.matcher(heading);
            TimeRange r = trailing.find() ? TimeText.findRange(trailing.group(1)) : null;
            if (r != null) {
                s.start = r.start();
                s.end = r.end();
                heading = heading.substring(0, trailing.start());
            }
        }
        s.title = cleanTitle(heading);
        if (s.title == null || ctx.vocabulary.isBreak(s.title)) {
            return null;
        }
        s.part = part != null ? part : partOf(s.start);
        s.firstLine = n.firstLine;
        s.lastLine = n.subtreeLastLine();
        s.blocks.addAll(n.allBlocks());
        return s;
    }

    /** Sessions from a container without sub-headings: lead items, else time slots and table rows. */
    private static void fromBlocks(List<Block> blocks, Part part, ParseContext ctx, List<SessionDraft> out,
                                   int lastLine) {
        int minDepth = Integer.MAX_VALUE;
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.TEXT && b.itemStart()) {
                minDepth = Math.min(minDepth, b.depth());
            }
        }
        List<SessionDraft> found = new ArrayList<>();
        SessionDraft current = null;
        for (Block b : blocks) {
            boolean top = b.kind() == Block.Kind.TEXT && b.itemStart() && b.depth() == minDepth;
            if (top) {
                String lead = b.lead();
                String title = null;
                if (lead != null && ctx.vocabulary.field(Text.trimPunctuation(lead)) == null) {
                    title = lead;
                } else if (b.ordinal() > 0 && lead == null) {
                    title = splitTitle(b.text());
                }
                if (title != null) {
                    current = startSession(title, part, b, lastLine, TIER_LEAD);
                    if (current != null) {
                        String rest = Text.trimPunctuation(b.afterLead());
                        if (lead != null && Text.hasLetterOrDigit(rest)) {
                            current.leadPoints.add(rest);
                        }
                        close(found, current, b.line());
                        found.add(current);
                    }
                    continue;
                }
            }
            if (current != null && (b.depth() > minDepth || !top)) {
                current.blocks.add(b);
            }
        }
        if (found.isEmpty()) {
            found = leadParagraphs(blocks, part, ctx, lastLine);
        }
        if (found.isEmpty()) {
            found = timeSlots(blocks, part, ctx, lastLine);
        }
        if (found.isEmpty()) {
            found = titledParagraphs(blocks, part, ctx, lastLine);
        }
        out.addAll(found);
    }

    /**
     * Paragraph lines that start with a bold label ("**AI-DLC Workflow:** The process …", "**- Topic:** …"),
     * for content sections written without a list.
     */
    private static List<SessionDraft> leadParagraphs(List<Block> blocks, Part part, ParseContext ctx, int lastLine) {
        return sequence(blocks, b -> {
            String lead = b.kind() == Block.Kind.TEXT && b.depth() == 0 && !b.quoted() ? b.lead() : null;
            boolean labelled = lead != null && (lead.endsWith(":") || b.afterLead().startsWith(":"))
                    && ctx.vocabulary.field(Text.trimPunctuation(lead)) == null;
            return labelled && !lead.strip().startsWith("+")
                    ? new Opening(lead, Text.trimPunctuation(b.afterLead())) : null;
        }, part, lastLine, TIER_LEAD);
    }

    /**
     * Paragraphs written as "Short Title: what was said" without any markup, for content sections that use
     * neither lists, bold nor sub-headings.
     */
    private static List<SessionDraft> titledParagraphs(List<Block> blocks, Part part, ParseContext ctx,
                                                       int lastLine) {
        return sequence(blocks, b -> {
            if (b.kind() != Block.Kind.TEXT || b.depth() != 0 || b.quoted()) {
                return null;
            }
            String t = b.text();
            int colon = t.indexOf(": ");
            String head = colon > 0 ? t.substring(0, colon) : null;
            boolean titled = head != null && head.split("\\s+").length <= MAX_TITLE_WORDS
                    && Character.isUpperCase(head.codePointAt(0)) && !TimeText.startsWithTime(head)
                    && ctx.vocabulary.field(head) == null;
            return titled ? new Opening(head, t.substring(colon + 2).strip()) : null;
        }, part, lastLine, TIER_TITLED);
    }

    /** A line that opens a session: its title, and the text that follows the title on the line. */
    private record Opening(String title, String rest) {
    }

    /**
     * Splits paragraph lines into sessions at each line {@code opening} recognises; the lines in between
     * belong to the session above them. Fewer than two sessions are no programme.
     */
    private static List<SessionDraft> sequence(List<Block> blocks, Function<Block, Opening> opening, Part part,
                                               int lastLine, int tier) {
        List<SessionDraft> found = new ArrayList<>();
        SessionDraft current = null;
        for (Block b : blocks) {
            Opening o = opening.apply(b);
            if (o != null) {
                current = startSession(o.title(), part, b, lastLine, tier);
                if (current != null) {
                    if (Text.hasLetterOrDigit(o.rest())) {
                        current.leadPoints.add(o.rest());
                    }
                    close(found, current, b.line());
                    found.add(current);
                }
                continue;
            }
            if (current != null) {
                current.blocks.add(b);
            }
        }
        return found.size() >= 2 ? found : List.of();
    }

    private static SessionDraft startSession(String rawTitle, Part part, Block b, int lastLine, int tier) {
        SessionDraft s = new SessionDraft();
        s.tier = tier;
        String title = withoutNumbering(Text.stripSymbols(rawTitle));
        TimeRange t = TimeText.findRange(title);
        if (t != null && t.from() <= 2) {
            s.start = t.start();
            s.end = t.end();
            title = title.substring(t.to());
        }
        s.title = cleanTitle(title);
        if (s.title == null) {
            return null;
        }
        s.part = part != null ? part : partOf(s.start);
        s.firstLine = b.line();
        s.lastLine = lastLine;
        return s;
    }

    /** Agenda lines that start with a time ("**8:30 – 9:00 AM** | Welcome") and agenda table rows. */
    private static List<SessionDraft> timeSlots(List<Block> blocks, Part part, ParseContext ctx, int lastLine) {
        List<SessionDraft> found = new ArrayList<>();
        int titleColumn = -1;
        int timeColumn = -1;
        int speakerColumn = -1;
        SessionDraft current = null;
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.TABLE_ROW) {
                if (b.header()) {
                    titleColumn = -1;
                    timeColumn = -1;
                    speakerColumn = -1;
                    for (int i = 0; i < b.cells().size(); i++) {
                        String h = Text.fold(Fields.plain(b.cells().get(i)));
                        if (speakerColumn < 0 && "speaker".equals(ctx.vocabulary.field(Fields.plain(b.cells().get(i))))) {
                            speakerColumn = i; // "| Time | Session | Speaker |"
                        } else if (timeColumn < 0 && (h.contains("time") || h.contains("thoi gian") || h.contains("gio"))) {
                            timeColumn = i;
                        } else if (titleColumn < 0 && (h.contains("session") || h.contains("topic")
                                || h.contains("noi dung") || h.contains("chu de") || h.contains("phien")
                                || h.contains("content") || h.contains("title") || h.contains("activity")
                                || h.contains("hoat dong"))) {
                            titleColumn = i;
                        }
                    }
                    continue;
                }
                int tc = titleColumn >= 0 ? titleColumn : (b.cells().size() > 1 ? 1 : 0);
                if (tc >= b.cells().size()) {
                    continue;
                }
                String title = cleanTitle(titleOf(b.cells().get(tc)));
                if (title == null || ctx.vocabulary.isBreak(title)) {
                    current = null;
                    continue;
                }
                SessionDraft s = new SessionDraft();
                s.tier = TIER_TIME_SLOT;
                s.title = title;
                if (timeColumn >= 0 && timeColumn < b.cells().size()) {
                    TimeRange t = TimeText.findRange(Fields.plain(b.cells().get(timeColumn)));
                    if (t != null) {
                        s.start = t.start();
                        s.end = t.end();
                    }
                }
                s.part = part != null ? part : partOf(s.start);
                s.firstLine = b.line();
                s.lastLine = b.line();
                s.blocks.add(b);
                if (speakerColumn >= 0 && speakerColumn < b.cells().size()) {
                    for (io.recap.model.Speaker sp : Speakers.line(Fields.plain(b.cells().get(speakerColumn)), null, ctx)) {
                        if (ctx.isPerson(sp.name(), PersonNames.Strength.WEAK) || Speakers.isGroup(sp.name(), ctx)) {
                            s.speakers.add(sp);
                        }
                    }
                }
                found.add(s);
                current = null;
                continue;
            }
            String line = withoutNumbering(b.stripped());
            if (b.kind() == Block.Kind.TEXT && TimeText.startsWithTime(line)) {
                TimeRange t = TimeText.findRange(line);
                if (t == null || t.from() > 3) {
                    TimeRange single = TimeText.findTime(line); // "12:00 PM | Lunch"
                    t = single != null && single.from() <= 3 ? single : null;
                }
                String rest = t != null ? line.substring(t.to()) : line;
                String title = cleanTitle(rest);
                if (title == null || ctx.vocabulary.isBreak(title)) {
                    current = null;
                    continue;
                }
                current = new SessionDraft();
                current.tier = TIER_TIME_SLOT;
                current.title = title;
                if (t != null) {
                    current.start = t.start();
                    current.end = t.end();
                }
                current.part = part != null ? part : partOf(current.start);
                current.firstLine = b.line();
                current.lastLine = lastLine;
                close(found, current, b.line());
                found.add(current);
                continue;
            }
            if (current != null) {
                current.blocks.add(b);
            }
        }
        return found;
    }

    /**
     * The title in an agenda table cell: its bold part when it has one ("**Title** <br> _Speaker: X_"), else
     * its whole text.
     */
    private static String titleOf(List<Span> cell) {
        for (Span s : cell) {
            if (s.strong() && Text.hasLetterOrDigit(s.text())) {
                return s.text();
            }
        }
        return Fields.plain(cell);
    }

    /** Ends the previous session of {@code found} just before {@code line}. */
    private static void close(List<SessionDraft> found, SessionDraft next, int line) {
        if (!found.isEmpty()) {
            SessionDraft prev = found.get(found.size() - 1);
            prev.lastLine = Math.max(prev.firstLine, line - 1);
        }
    }

    /** "Title: what was said" → "Title"; a long sentence stays whole. */
    private static String splitTitle(String text) {
        int colon = text.indexOf(": ");
        if (colon > 0 && colon < 80) {
            return text.substring(0, colon);
        }
        return text;
    }

    /** {@code s} without leading numbering ("2.1.1.", "1)", "Session 3:"), trimmed. */
    static String withoutNumbering(String s) {
        String t = Text.trimPunctuation(s).strip();
        String before;
        do {
            before = t;
            t = Text.trimPunctuation(SESSION_NUMBERING.matcher(t).replaceFirst("")).strip();
        } while (!t.equals(before));
        return t;
    }

    /** A title without numbering, time prefix, emoji, separators or a trailing colon; null when empty. */
    static String cleanTitle(String raw) {
        String s = Text.stripSymbols(raw);
        s = Text.trimPunctuation(s).strip();
        String before;
        do {
            before = s;
            s = SESSION_NUMBERING.matcher(s).replaceFirst("");
            s = Text.trimPunctuation(s).strip();
        } while (!s.equals(before));
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("“") && s.endsWith("”"))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        while (s.startsWith("_") && s.endsWith("_") && s.length() > 2) {
            s = s.substring(1, s.length() - 1);
        }
        return Text.hasLetterOrDigit(s) ? s : null;
    }

    private static Part partOf(LocalTime start) {
        if (start == null) {
            return null;
        }
        if (start.getHour() < 12) {
            return Part.MORNING;
        }
        return start.getHour() < 18 ? Part.AFTERNOON : Part.EVENING;
    }
}
