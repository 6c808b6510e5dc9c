package io.recap.parser.internal;

import io.recap.model.LineRange;
import io.recap.model.Section;
import io.recap.model.SectionKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The section tree of a report body, built from headings and bold pseudo-headings, with a kind for every
 * section. Lossless: every block belongs to exactly one section, and the sections' line ranges partition the
 * body from its first line to the end of the file.
 */
public final class Outline {

    /** Level given to bold pseudo-headings: below every Markdown heading. */
    static final int PSEUDO_LEVEL = 7;
    private static final int MAX_PSEUDO_HEADING_CHARS = 120;

    private final List<OutlineNode> nodes;

    private Outline(List<OutlineNode> nodes) {
        this.nodes = nodes;
    }

    /** Every section in document order. */
    public List<OutlineNode> nodes() {
        return nodes;
    }

    /**
     * Builds the outline of {@code blocks}. {@code lines} are the file's (cleaned) lines; the body runs from
     * line {@code bodyFirstLine} (1-based) to the end. {@code chatLines}, when not {@code null}, are lines of
     * text before the front matter, kept as a section of their own.
     */
    public static Outline build(List<Block> blocks, List<String> lines, int bodyFirstLine, LineRange chatLines,
                                Vocabulary vocabulary) {
        List<OutlineNode> nodes = new ArrayList<>();
        OutlineNode chat = null;
        if (chatLines != null) {
            chat = new OutlineNode(nodes.size(), null, 0, chatLines.start());
            chat.lastLine = chatLines.end();
            chat.chat = true;
            nodes.add(chat);
        }
        int firstStart = Integer.MAX_VALUE;
        for (Block b : blocks) {
            if (b.line() >= bodyFirstLine && sectionLevel(b, vocabulary) > 0) {
                firstStart = b.line();
                break;
            }
        }
        OutlineNode current = null;
        int preambleEnd = Math.min(firstStart - 1, lines.size());
        for (int i = bodyFirstLine; i <= preambleEnd; i++) {
            if (!lines.get(i - 1).isBlank()) {
                current = new OutlineNode(nodes.size(), null, 0, bodyFirstLine);
                current.lastLine = preambleEnd;
                nodes.add(current);
                break;
            }
        }
        Deque<OutlineNode> open = new ArrayDeque<>();
        for (Block b : blocks) {
            if (chat != null && b.line() <= chat.lastLine) {
                chat.blocks.add(b);
                continue;
            }
            int level = sectionLevel(b, vocabulary);
            if (level > 0) {
                if (current != null && current.heading != null) {
                    current.lastLine = b.line() - 1;
                }
                current = new OutlineNode(nodes.size(), b, level, b.line());
                while (!open.isEmpty() && open.peek().level >= level) {
                    open.pop();
                }
                if (!open.isEmpty()) {
                    current.parent = open.peek();
                    open.peek().children.add(current);
                }
                open.push(current);
                nodes.add(current);
            } else if (current != null) {
                current.blocks.add(b);
            }
        }
        if (current != null && current.heading != null) {
            current.lastLine = Math.max(current.firstLine, lines.size());
        }
        Outline outline = new Outline(nodes);
        outline.classify(vocabulary);
        return outline;
    }

    /** The section level a block starts, or 0 when it does not start a section. */
    private static int sectionLevel(Block b, Vocabulary vocabulary) {
        if (b.kind() == Block.Kind.HEADING) {
            return b.text().isEmpty() ? 0 : b.level();
        }
        if (b.kind() != Block.Kind.TEXT || !b.allStrong() || b.text().length() > MAX_PSEUDO_HEADING_CHARS) {
            return 0;
        }
        if (vocabulary.emojiField(b.text()) != null || DateText.find(b.text()) != null) {
            return 0; // "📅 **November 15, 2025** | 🕣 **8:30 AM**" is information, not a heading
        }
        if (b.depth() == 0 && !b.quoted()) {
            return PSEUDO_LEVEL;
        }
        // a bold list item or quote line is a heading only when it names a known section ("- **Speakers:**")
        Vocabulary.SectionMatch m = vocabulary.section(b.text());
        return m != null && m.exact() ? PSEUDO_LEVEL : 0;
    }

    private void classify(Vocabulary vocabulary) {
        boolean titleSeen = false;
        boolean hasHeadings = false;
        for (OutlineNode n : nodes) {
            hasHeadings |= n.heading != null && n.heading.kind() == Block.Kind.HEADING;
        }
        OutlineNode openAgenda = null;
        int adoptLevel = 0;
        for (OutlineNode n : nodes) {
            if (n.heading == null) {
                n.kind = n.chat ? SectionKind.OTHER : SectionKind.PREAMBLE;
                continue;
            }
            String text = n.heading.text();
            OutlineNode container = n.classifiedAncestor();
            // before the event's name is seen, only strict matches: "Summary Report: …" is not a "Summary"
            // and only real headings: a bold line such as "Deep-dive content covered:" is not a section label
            boolean heading = n.heading.kind() == Block.Kind.HEADING;
            Vocabulary.SectionMatch m = container == null && titleSeen && heading ? vocabulary.sectionAnywhere(text)
                    : vocabulary.section(text);
            if (!titleSeen && (heading || !hasHeadings) && container == null && vocabulary.namesEvent(text)) {
                // "Summary Report: “AWS WAF & Application Protection”": a report prefix or a quoted name says this
                // heading names the event, whatever label words the name holds
                m = null;
            }
            if (openAgenda != null && container == null && m == null && adoptable(openAgenda, n, adoptLevel)) {
                // "### Nội Dung Nổi Bật" followed by "### 1. …" (or by "## Topic" when the agenda heading is
                // left empty): sessions written at or above the agenda heading's own level
                adoptLevel = n.level;
                adopt(openAgenda, n);
                container = openAgenda;
            } else if (container == null && (m != null || openAgenda != null && n.level <= openAgenda.level)) {
                openAgenda = null;
                adoptLevel = 0;
            }
            boolean inAgenda = container != null && container.kind == SectionKind.AGENDA;
            boolean namesEvent = !titleSeen && container == null && (heading || !hasHeadings)
                    && vocabulary.namesEvent(text);
            if (!titleSeen && (m == null && heading || namesEvent) && container == null
                    && !TimeText.startsWithTime(text) && (namesEvent || Sessions.leadingNumber(text) != 1)) {
                // the first heading that is not a section label names the event, unless it opens a numbered run
                // ("## 1. Context & Core Messages"); in a report written with bold lines only, the first one that
                // says so ("**Báo Cáo Tổng Kết: …**")
                n.kind = SectionKind.PREAMBLE;
                titleSeen = true;
                continue;
            }
            titleSeen = titleSeen || n.heading.kind() == Block.Kind.HEADING;
            if (inAgenda) {
                if (m != null && m.exact() && m.kind() == SectionKind.AGENDA && m.part() == null
                        && hasHeadingChildren(n)) {
                    n.kind = SectionKind.AGENDA; // "Nội dung chính" wrapping the sessions inside "Điểm nổi bật"
                } else if (m != null && m.exact() && m.kind() != SectionKind.AGENDA && !couldBeSession(m.kind())) {
                    n.kind = m.kind();
                } else if (m != null && m.part() != null) {
                    n.kind = SectionKind.AGENDA;
                    n.part = m.part();
                } else {
                    n.kind = SectionKind.SESSION;
                }
                continue;
            }
            if (m != null) {
                n.kind = m.kind();
                n.part = m.part();
                if (n.kind == SectionKind.AGENDA && m.part() == null && n.under(SectionKind.EXPERIENCE)) {
                    // "Highlights" inside the author's experience are impressions, not the programme
                    n.kind = SectionKind.HIGHLIGHTS;
                } else if (n.kind == SectionKind.AGENDA && m.part() != null && underReflection(n)) {
                    // "The Morning: Building the Blueprint" in the author's experience tells the day, not the
                    // programme
                    n.kind = SectionKind.OTHER;
                    n.part = null;
                }
                if (n.kind == SectionKind.AGENDA && container == null) {
                    openAgenda = n;
                    adoptLevel = 0;
                }
            } else if (container != null && container.kind == SectionKind.SESSION) {
                n.kind = SectionKind.OTHER;
            }
        }
    }

    /**
     * Whether an unlabelled heading after an agenda heading belongs to it. A heading at the agenda's own level
     * (or above it) is taken in only when the agenda heading holds nothing itself ("### Nội Dung Nổi Bật"
     * followed by "### Topic A", "### Topic B"), when it continues a run numbered from 1 or timed
     * ("### 1. …", "### 2. …", "### 8:30 – 9:00 …"), or when it groups timed slots; a heading after a
     * programme that has its own sub-headings is a section of its own ("### What I learned").
     */
    private static boolean adoptable(OutlineNode agenda, OutlineNode n, int adoptLevel) {
        if (n.heading.kind() != Block.Kind.HEADING && n.level == PSEUDO_LEVEL && n.parent == agenda) {
            return false;
        }
        boolean empty = agenda.children.isEmpty() && !hasText(agenda);
        boolean sibling = n.level == agenda.level && n.parent == agenda.parent;
        boolean above = n.level < agenda.level;
        if (!(sibling || above && empty || adoptLevel > 0 && n.level == adoptLevel)) {
            return false;
        }
        if (adoptLevel > 0 && n.level != adoptLevel) {
            return false;
        }
        int adopted = 0;
        boolean numbered = true;
        for (OutlineNode c : agenda.children) {
            if (c.level == n.level) {
                adopted++;
                numbered &= Sessions.leadingNumber(c.heading.text()) == adopted
                        || TimeText.startsWithTime(c.heading.text());
            }
        }
        boolean continuesRun = (adopted == 0 || numbered)
                && (Sessions.leadingNumber(n.heading.text()) == adopted + 1 || TimeText.startsWithTime(n.heading.text()));
        if (continuesRun || groupsTimedSlots(n)) {
            return true;
        }
        // the agenda heading held nothing of its own: the unlabelled headings after it are its items, unless
        // they were a numbered run that this heading does not continue
        return !(adopted > 0 && numbered) && agendaHeldNothing(agenda, n.level);
    }

    /**
     * Whether a heading's sub-headings start with times ("⭐ Pillar 1 — Identity" above "8:50 – 9:30 AM | …"):
     * the outline is complete before it is classified, so the children are known.
     */
    private static boolean groupsTimedSlots(OutlineNode n) {
        for (OutlineNode c : n.children) {
            if (c.heading != null && TimeText.startsWithTime(Sessions.withoutNumbering(c.heading.stripped()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the agenda's own text is empty and it has no children other than adopted ones at {@code level}. */
    private static boolean agendaHeldNothing(OutlineNode agenda, int level) {
        if (hasText(agenda)) {
            return false;
        }
        for (OutlineNode c : agenda.children) {
            if (c.level != level) {
                return false;
            }
        }
        return true;
    }

    /** Whether a section lies inside the author's own sections (experience, takeaways, applying, conclusion). */
    private static boolean underReflection(OutlineNode n) {
        return n.under(SectionKind.EXPERIENCE) || n.under(SectionKind.TAKEAWAYS) || n.under(SectionKind.APPLYING)
                || n.under(SectionKind.CONCLUSION);
    }

    /**
     * Whether a heading inside the programme that names this kind of section is still a session: an
     * "Overview" or "Highlights" talk is part of a programme; takeaways, photos or a conclusion are not.
     */
    private static boolean couldBeSession(SectionKind kind) {
        return kind == SectionKind.OVERVIEW || kind == SectionKind.OBJECTIVES || kind == SectionKind.HIGHLIGHTS;
    }

    private static boolean hasHeadingChildren(OutlineNode n) {
        for (OutlineNode c : n.children) {
            if (c.heading != null && c.heading.kind() == Block.Kind.HEADING) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasText(OutlineNode n) {
        for (Block b : n.blocks) {
            if (b.kind() != Block.Kind.RULE && !b.text().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Moves {@code n} (with its subtree) from its parent to the end of {@code container}'s children. */
    private static void adopt(OutlineNode container, OutlineNode n) {
        if (n.parent != null) {
            List<OutlineNode> siblings = n.parent.children;
            // n is its parent's newest child (nodes are visited in document order): removing it is O(1)
            if (!siblings.isEmpty() && siblings.get(siblings.size() - 1) == n) {
                siblings.remove(siblings.size() - 1);
            } else {
                siblings.remove(n);
            }
        }
        n.parent = container;
        container.children.add(n);
    }

    /** The public, flat form of the outline. */
    public List<Section> toSections() {
        List<Section> out = new ArrayList<>(nodes.size());
        for (OutlineNode n : nodes) {
            String heading = n.heading == null ? null : n.heading.text();
            int parent = n.parent == null ? -1 : n.parent.index;
            int last = Math.max(n.firstLine, n.lastLine);
            out.add(new Section(n.kind, heading, n.heading == null ? 0 : n.level, parent,
                    new LineRange(n.firstLine, last)));
        }
        return out;
    }
}
