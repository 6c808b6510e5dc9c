package io.recap.bench.gen;

import io.recap.bench.gen.ReportStyle.InfoStyle;
import io.recap.model.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an {@link EventPlan} as a Markdown page in one language, in the plan's {@link ReportStyle}; also writes
 * a site's section index page. Output uses LF line endings and no BOM (the caller applies both where a site uses
 * them). Immutable.
 */
public final class ReportRenderer {

    private static final String[] HEADING_EMOJI = {"🎯", "📌", "🚀", "💡", "📝", "⭐", "✅", "🧠"};

    private final Phrasebook book;
    private final ServicePicker picker;

    /** A renderer using {@code book} for labels and {@code picker} for the way services are written. */
    public ReportRenderer(Phrasebook book, ServicePicker picker) {
        this.book = book;
        this.picker = picker;
    }

    /** The page of {@code plan} in {@code language}; {@code dice} decides the details that differ per page. */
    public String render(EventPlan plan, Language lang, Dice dice) {
        Page p = new Page(plan, lang, dice);
        p.write();
        return p.out.toString();
    }

    /** A site's section index: a short introduction and one block of fields per event. */
    public String renderSectionIndex(List<EventPlan> events, Language lang, Dice dice) {
        StringBuilder b = new StringBuilder();
        b.append(FrontMatterWriter.write(book.all("section.title").get(0).in(lang), 0,
                events.isEmpty() ? null : events.get(0).date(), dice));
        b.append('\n').append(book.all("section.intro").get(0).in(lang)).append("\n\n");
        for (EventPlan e : events) {
            b.append("### ").append(book.all("placeholder").get(0).in(lang).replace("{k}",
                    Integer.toString(e.number()))).append("\n\n");
            b.append("&emsp;**").append(label("label.event", lang)).append(":** ").append(e.name().in(lang))
                    .append("  \n");
            b.append("&emsp;**").append(label("label.date", lang)).append(":** ")
                    .append(DateWriter.date(e.date(), lang, dice.below(4))).append("  \n");
            b.append("&emsp;**").append(label("label.location", lang)).append(":** ").append(e.venue().in(lang))
                    .append("  \n");
            b.append("&emsp;**").append(label("label.role", lang)).append(":** ").append(e.role().in(lang))
                    .append("\n\n");
        }
        return b.toString();
    }

    private String label(String kind, Language lang) {
        return book.all(kind).get(0).in(lang);
    }

    /** The state of one page being written. */
    private final class Page {
        final EventPlan plan;
        final ReportStyle style;
        final Language lang;
        final Dice dice;
        final StringBuilder out = new StringBuilder(8_192);
        final boolean asciiNames;
        final char bullet;

        Page(EventPlan plan, Language lang, Dice dice) {
            this.plan = plan;
            this.style = plan.style();
            this.lang = lang;
            this.dice = dice;
            this.asciiNames = dice.chance(0.5);
            this.bullet = style.bullet();
        }

        void write() {
            String pageTitle = dice.chance(0.75)
                    ? book.all("placeholder").get(0).in(lang).replace("{k}", Integer.toString(plan.number()))
                    : plan.name().in(lang);
            out.append(FrontMatterWriter.write(pageTitle, plan.number(), plan.date(), dice)).append('\n');
            if (style.notice()) {
                out.append("{{% notice info %}}\n").append(book.pick("notice", dice).in(lang))
                        .append("\n{{% /notice %}}\n\n");
            }
            String title = book.all("title.report").get(style.titleVariant()).in(lang)
                    .replace("{e}", plan.name().in(lang));
            heading(style.titleLevel(), title);
            if (dice.chance(0.7)) {
                section("heading.overview");
            }
            info();
            rule();
            section("heading.objectives");
            for (Phrase o : plan.objectives()) {
                item(o.in(lang));
            }
            blank();
            if (dice.chance(0.75)) {
                rule();
                section("heading.speakers");
                speakers();
            }
            rule();
            section("heading.agenda");
            new AgendaWriter(this).write();
            rule();
            section("heading.takeaways");
            for (Phrase t : plan.takeaways()) {
                item(t.in(lang));
            }
            blank();
            section("heading.apply");
            for (Phrase a : plan.applying()) {
                item(a.in(lang));
            }
            blank();
            section("heading.experience");
            for (Phrase e : plan.experience()) {
                out.append(e.in(lang)).append("\n\n");
            }
            if (style.photos() > 0) {
                section("heading.photos");
                photos();
            }
            if (dice.chance(0.3)) {
                section("heading.conclusion");
                out.append(book.pick("takeaway", dice).in(lang)).append("\n");
            }
        }

        void heading(int level, String text) {
            out.append("#".repeat(Math.min(6, Math.max(1, level)))).append(' ').append(text).append("\n\n");
        }

        void section(String kind) {
            String text = book.pick(kind, dice).in(lang);
            if (style.emoji()) {
                text = dice.pick(HEADING_EMOJI) + " " + text;
            }
            heading(style.sectionLevel(), text);
        }

        void item(String text) {
            out.append(bullet).append(' ').append(text).append('\n');
        }

        void blank() {
            out.append('\n');
        }

        void rule() {
            if (style.rules()) {
                out.append("---\n\n");
            }
        }

        void info() {
            List<String[]> fields = new ArrayList<>();
            if (dice.chance(0.4)) {
                fields.add(new String[]{"label.event", plan.name().in(lang), "⭐"});
            }
            fields.add(new String[]{"label.date", DateWriter.date(plan.date(), lang, dice.below(4)), "📅"});
            List<SessionPlan> slots = plan.slots();
            fields.add(new String[]{"label.time", DateWriter.range(slots.get(0).start(),
                    slots.get(slots.size() - 1).end(), dice.below(3), dice.pick(" – ", " - ")), "🕣"});
            fields.add(new String[]{"label.location", plan.venue().in(lang), "📍"});
            if (dice.chance(0.4)) {
                fields.add(new String[]{"label.organizer", plan.organizer().in(lang), "🏢"});
            }
            if (dice.chance(0.6)) {
                fields.add(new String[]{"label.role", plan.role().in(lang), "👤"});
            }
            InfoStyle s = style.info();
            switch (s) {
                case TABLE -> {
                    out.append("| ").append(label("label.item", lang)).append(" | ")
                            .append(label("label.details", lang)).append(" |\n|---|---|\n");
                    for (String[] f : fields) {
                        out.append("| **").append(label(f[0], lang)).append("** | ").append(f[1]).append(" |\n");
                    }
                }
                case EMOJI_ONE_LINE -> {
                    List<String> parts = new ArrayList<>();
                    for (String[] f : fields) {
                        parts.add(f[2] + " **" + label(f[0], lang) + ":** " + f[1]);
                    }
                    out.append(String.join(" | ", parts)).append('\n');
                }
                default -> {
                    for (String[] f : fields) {
                        String l = label(f[0], lang);
                        out.append(switch (s) {
                            case LIST_BOLD -> bullet + " **" + l + ":** " + f[1];
                            case PARAGRAPH_BOLD -> "**" + l + ":** " + f[1] + "  ";
                            case EMSP -> "&emsp;**" + l + ":** " + f[1] + "  ";
                            case LIST_COLON_OUTSIDE -> bullet + " **" + l + "**: " + f[1];
                            default -> "> **" + l + ":** " + f[1] + " <br>";
                        }).append('\n');
                    }
                }
            }
            blank();
        }

        void speakers() {
            ReportStyle.SpeakerStyle s = style.speakers();
            if (s == ReportStyle.SpeakerStyle.TABLE) {
                out.append(lang == Language.EN ? "| Name | Role | Organisation |\n"
                        : "| Họ tên | Vai trò | Đơn vị |\n").append("|---|---|---|\n");
            }
            for (Person p : plan.speakers()) {
                String n = name(p);
                String role = p.role().in(lang);
                String org = p.org().in(lang);
                out.append(switch (s) {
                    case BOLD_DASH -> bullet + " **" + n + "** – " + role + ", " + org;
                    case BOLD_HYPHEN -> bullet + " **" + n + "** - " + role;
                    case BOLD_COLON -> bullet + " **" + n + "**: " + role + ", " + org;
                    case TABLE -> "| **" + n + "** | " + role + " | " + org + " |";
                    default -> bullet + " " + n + " – " + role;
                }).append('\n');
            }
            blank();
        }

        String name(Person p) {
            return p.name(lang, asciiNames);
        }

        /** A point's text with its slots filled. */
        String point(Point p) {
            String t = p.template().in(lang);
            List<Service> s = p.services();
            for (int i = 0; i < s.size(); i++) {
                t = t.replace(i == 0 ? "{s}" : "{s" + (i + 1) + "}", picker.mention(s.get(i), dice));
            }
            return t.replace("{c}", p.concept().in(lang)).replace("{n}", name(p.person()))
                    .replace("{o}", p.org().in(lang));
        }

        void photos() {
            for (int i = 1; i <= style.photos(); i++) {
                String src = "/images/4-event/event" + plan.number() + "-" + i + ".jpg";
                String caption = book.pick("caption", dice).in(lang);
                if (style.shortcodes()) {
                    out.append(dice.chance(0.5)
                            ? "{{< figure src=\"" + src + "\" caption=\"" + caption + "\" >}}\n"
                            : "{{< event-image src=\"" + src + "\" alt=\"" + caption + "\" >}}\n");
                } else {
                    out.append("![").append(dice.chance(0.2) ? "" : caption).append("](").append(src)
                            .append(")\n");
                }
            }
            blank();
        }
    }

    /** Writes the agenda section of a page in the page's session style. */
    private final class AgendaWriter {
        private final Page p;

        AgendaWriter(Page page) {
            this.p = page;
        }

        void write() {
            int level = p.style.sectionLevel() + 1;
            List<SessionPlan> slots = p.plan.slots();
            switch (p.style.sessions()) {
                case TABLE -> table(slots);
                case BOLD_ITEMS -> boldItems(slots);
                case PARTS -> parts(slots, level);
                case BOLD_TIME_LINES -> boldTimeLines(slots);
                default -> headings(slots, level);
            }
        }

        private void headings(List<SessionPlan> slots, int level) {
            int n = 0;
            for (SessionPlan s : slots) {
                String title = s.title().in(p.lang);
                String heading = switch (p.style.sessions()) {
                    case TIME_HEADINGS -> DateWriter.range(s.start(), s.end(), 1, " - ") + ": " + title;
                    case NUMBERED_HEADINGS -> s.isBreak() ? null : (++n) + ". " + title;
                    case SESSION_N -> s.isBreak() ? null : label("label.session", p.lang) + " " + (++n) + ": " + title;
                    default -> s.isBreak() ? null : title;
                };
                if (heading == null) {
                    continue;
                }
                p.heading(level, heading);
                body(s, "");
            }
        }

        private void parts(List<SessionPlan> slots, int level) {
            boolean morningDone = false;
            boolean afternoonDone = false;
            int n = 0;
            for (SessionPlan s : slots) {
                if (s.isBreak()) {
                    continue;
                }
                if (!s.afternoon() && !morningDone) {
                    p.heading(level, book.pick("heading.morning", p.dice).in(p.lang));
                    morningDone = true;
                } else if (s.afternoon() && !afternoonDone) {
                    p.heading(level, book.pick("heading.afternoon", p.dice).in(p.lang));
                    afternoonDone = true;
                }
                p.heading(level + 1, (++n) + ". " + s.title().in(p.lang));
                body(s, "");
            }
        }

        private void boldItems(List<SessionPlan> slots) {
            for (SessionPlan s : slots) {
                if (s.isBreak()) {
                    continue;
                }
                List<Point> pts = s.points();
                p.out.append(p.bullet).append(" **").append(s.title().in(p.lang)).append("**");
                int from = 0;
                if (!pts.isEmpty() && p.dice.chance(0.6)) {
                    p.out.append(": ").append(p.point(pts.get(0)));
                    from = 1;
                }
                p.out.append('\n');
                for (int i = from; i < pts.size(); i++) {
                    p.out.append("  ").append(p.bullet).append(' ').append(p.point(pts.get(i))).append('\n');
                }
                if (s.demo() != null) {
                    p.out.append("  ").append(p.bullet).append(" **").append(label("label.demo", p.lang))
                            .append(":** ").append(s.demo().in(p.lang)).append('\n');
                }
            }
            p.blank();
        }

        private void boldTimeLines(List<SessionPlan> slots) {
            for (SessionPlan s : slots) {
                p.out.append("**").append(DateWriter.range(s.start(), s.end(), 2, " – ")).append("** | ")
                        .append(s.title().in(p.lang)).append("\n\n");
                if (!s.isBreak()) {
                    body(s, "");
                }
            }
        }

        private void table(List<SessionPlan> slots) {
            p.out.append("| ").append(label("label.time", p.lang)).append(" | ")
                    .append(label("label.session", p.lang)).append(" | ").append(label("label.details", p.lang))
                    .append(" |\n|---|---|---|\n");
            for (SessionPlan s : slots) {
                StringBuilder details = new StringBuilder();
                if (!s.isBreak()) {
                    for (Point pt : s.points()) {
                        if (details.length() > 0) {
                            details.append(" ");
                        }
                        details.append(p.point(pt));
                        if (details.length() > 400) {
                            break;
                        }
                    }
                    for (Service svc : s.services()) {
                        if (details.indexOf(svc.shortName()) < 0) {
                            details.append(' ').append(picker.mention(svc, p.dice)).append('.');
                        }
                    }
                }
                p.out.append("| ").append(DateWriter.range(s.start(), s.end(), 0, " – ")).append(" | ")
                        .append(s.title().in(p.lang)).append(" | ").append(details).append(" |\n");
            }
            p.blank();
        }

        /** A session's speaker line, points and demo. */
        private void body(SessionPlan s, String indent) {
            if (s.isBreak()) {
                p.out.append(book.pick("experience", p.dice).in(p.lang)).append("\n\n");
                return;
            }
            if (p.style.inlineSpeaker() && s.speaker() != null) {
                p.out.append("**").append(label("label.speaker", p.lang)).append(":** ").append(p.name(s.speaker()))
                        .append("\n\n");
            }
            for (Point pt : s.points()) {
                p.out.append(indent).append(p.bullet).append(' ').append(p.point(pt)).append('\n');
            }
            if (s.demo() != null) {
                p.out.append(indent).append(p.bullet).append(" **").append(label("label.demo", p.lang))
                        .append(":** ").append(s.demo().in(p.lang)).append('\n');
            }
            p.blank();
        }
    }
}
