package io.recap.parser.internal;

import io.recap.model.ListedEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises section index pages ({@code content/4-EventParticipated/_index.md}) that list several events
 * rather than recap one ("### [Event 1](4.1-Event1/)" followed by name, date and place lines, or a list of
 * links to the event pages), and reads the events they list.
 */
public final class IndexPages {

    /** A line that is only a link, possibly as a heading or list item: {@code ### [Event 1](4.1-Event1/)}. */
    private static final Pattern LINK_LINE = Pattern.compile(
            "^\\s*(?:#{1,6}\\s+|[-*+]\\s+|\\d{1,3}[.)]\\s+)?(?:\\*\\*[^*\\[\\]]{1,40}\\*\\*\\s*)?(?:\\*\\*)?"
            + "\\[([^\\]]+)]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)(?:\\*\\*)?\\s*[:.]?\\s*$");
    /** A link in HTML ({@code <a class="event-link" href="4.1-event1/">View details</a>}). */
    private static final Pattern HTML_LINK = Pattern.compile("(?i)<a\\s[^>]*href=\"([^\"]+)\"");
    /** An HTML heading ({@code <h3>AWS AI Day</h3>}): the name of the card a link below it belongs to. */
    private static final Pattern HTML_HEADING = Pattern.compile("(?i)<h[1-6][^>]*>([^<]+)</h[1-6]>");
    private static final Pattern IMAGE = Pattern.compile("(?i)\\.(?:png|jpe?g|gif|svg|webp)$");
    private static final int MIN_EVENTS = 2;

    private IndexPages() {
    }

    /**
     * The events the page lists, or an empty list when it is not an index page. {@code pageTitle} is the
     * front matter's title ("Events Participated" marks an index page whose events are dated headings).
     */
    static List<ListedEvent> listedEvents(ParseContext ctx, String pageTitle) {
        boolean indexTitle = pageTitle != null && ctx.vocabulary.isIndexTitle(pageTitle);
        List<ListedEvent> best = byLinks(ctx);
        List<ListedEvent> byNames = byNameFields(ctx);
        if (byNames.size() > best.size()) {
            best = byNames;
        }
        if (best.size() < MIN_EVENTS && indexTitle) {
            List<ListedEvent> dated = byDatedHeadings(ctx);
            best = dated.size() >= MIN_EVENTS ? dated : best;
        }
        boolean oneLinked = best.size() == 1 && best.get(0).link() != null;
        // a page titled "Events Participated" that links to the one event page below it lists that event
        return best.size() >= MIN_EVENTS || indexTitle && oneLinked ? best : List.of();
    }

    /**
     * The lines of each listed event that the page recaps in full, in page order: the event's section holds
     * sections of its own (overview, programme, takeaways…) and eight lines of text or more, as in a page that writes
     * "## Event 1: …" to "## Event 6: …" one after another. Empty when the page only lists events, or links
     * each to a page of its own.
     */
    static List<io.recap.model.LineRange> fullEvents(ParseContext ctx, List<ListedEvent> listed) {
        List<io.recap.model.LineRange> out = new ArrayList<>();
        for (ListedEvent e : listed) {
            OutlineNode n = ctx.sectionAt(e.line());
            if (e.link() != null || n == null || n.heading == null || n.firstLine != e.line()
                    || !recapsInFull(n, ctx)) {
                // all of them or none: a page of full recaps, or an index (a link says the recap is elsewhere)
                return List.of();
            }
            io.recap.model.LineRange range = new io.recap.model.LineRange(n.firstLine,
                    Math.max(n.firstLine, n.subtreeLastLine()));
            if (!out.isEmpty() && out.get(out.size() - 1).end() >= range.start()) {
                return List.of(); // two listed names in one section: one event's facts, not two events
            }
            out.add(range);
        }
        return out;
    }

    private static final int MIN_EVENT_LINES = 8;

    private static boolean recapsInFull(OutlineNode n, ParseContext ctx) {
        boolean labelledChild = false;
        for (OutlineNode c : n.children) {
            labelledChild |= c.kind() != io.recap.model.SectionKind.OTHER;
        }
        int text = 0;
        for (Block b : n.allBlocks()) {
            text += b.text().isEmpty() ? 0 : 1;
        }
        return labelledChild && text >= MIN_EVENT_LINES;
    }

    /** Headings whose own lines give a date ("### 1. AWS Cloud Mastery Series #1" above "📅 November 15, 2025"). */
    private static List<ListedEvent> byDatedHeadings(ParseContext ctx) {
        List<ListedEvent> out = new ArrayList<>();
        for (OutlineNode n : ctx.outline.nodes()) {
            if (n.heading == null || n.heading.kind() != Block.Kind.HEADING) {
                continue;
            }
            for (Block b : n.blocks) {
                if (DateText.find(b.text()) != null) {
                    ListedEvent e = entry(ctx, Sessions.withoutNumbering(n.heading.stripped()), null,
                            n.firstLine, n);
                    DateRange d = DateText.find(b.text());
                    out.add(e.date() != null ? e : new ListedEvent(e.title(), d.start(), e.location(), null, e.line()));
                    break;
                }
            }
        }
        return out;
    }

    private static List<ListedEvent> byLinks(ParseContext ctx) {
        List<ListedEvent> out = new ArrayList<>();
        String card = null;
        for (Block b : ctx.blocks) {
            if (b.kind() == Block.Kind.HTML) {
                String raw = b.line() - 1 < ctx.lines.size() ? ctx.lines.get(b.line() - 1) : "";
                Matcher h = HTML_HEADING.matcher(raw);
                if (h.find()) {
                    card = Text.squeeze(h.group(1));
                }
                Matcher a = HTML_LINK.matcher(raw);
                if (a.find() && isRelativePage(a.group(1)) && card != null) {
                    out.add(entry(ctx, card, a.group(1), b.line(), null));
                    card = null;
                }
                continue;
            }
            if (b.kind() != Block.Kind.HEADING && !(b.kind() == Block.Kind.TEXT && (b.itemStart() || b.depth() == 0))) {
                continue;
            }
            String raw = b.line() - 1 < ctx.lines.size() ? ctx.lines.get(b.line() - 1) : "";
            if (raw.indexOf("](") < 0) {
                continue; // no link, so no LINK_LINE: most lines are decided without the regex
            }
            Matcher m = LINK_LINE.matcher(raw);
            if (!m.matches() || !isRelativePage(m.group(2))) {
                continue;
            }
            OutlineNode section = b.kind() == Block.Kind.HEADING ? ctx.sectionAt(b.line()) : null;
            out.add(entry(ctx, Text.squeeze(m.group(1)), m.group(2), b.line(), section));
        }
        return out;
    }

    /** Sections that each hold an "Event Name:" line ("&emsp;**Event Name:** …" under "### Event 1"). */
    private static List<ListedEvent> byNameFields(ParseContext ctx) {
        List<ListedEvent> out = new ArrayList<>();
        for (OutlineNode n : ctx.outline.nodes()) {
            if (n.heading == null) {
                continue;
            }
            for (Block b : n.blocks) {
                for (Field f : ctx.fieldsOf(b)) {
                    if (f.name().equals("event-name") && Text.hasLetterOrDigit(f.value())) {
                        out.add(entry(ctx, n.heading.stripped(), null, n.firstLine, n));
                    }
                }
            }
        }
        return out;
    }

    private static ListedEvent entry(ParseContext ctx, String linkText, String link, int line, OutlineNode section) {
        String title = linkText;
        LocalDate date = null;
        String location = null;
        if (section != null) {
            for (Block b : section.blocks) {
                for (Field f : ctx.fieldsOf(b)) {
                    switch (f.name()) {
                        case "event-name" -> title = Logistics.cleanValue(f.value());
                        case "date", "datetime", "time" -> {
                            DateRange d = date == null ? DateText.find(f.value()) : null;
                            if (d != null) {
                                date = d.start();
                            }
                        }
                        case "location" -> location = location == null ? Logistics.cleanValue(f.value()) : location;
                        default -> {
                        }
                    }
                }
            }
        }
        return new ListedEvent(title, date, location, link, line);
    }

    private static boolean isRelativePage(String target) {
        String t = target.toLowerCase(Locale.ROOT);
        return !t.contains("://") && !t.startsWith("#") && !t.startsWith("mailto:") && !IMAGE.matcher(t).find();
    }
}
