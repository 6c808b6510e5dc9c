package io.recap.parser.internal;

import io.recap.model.Diagnostic;
import io.recap.model.LineRange;
import io.recap.model.ListedEvent;
import io.recap.model.Report;
import io.recap.model.Section;
import io.recap.model.Session;
import io.recap.model.Severity;
import io.recap.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Bounds on what one report holds, so that what recap prints and stores for a report (its JSON, its index
 * documents, which copy the event's fields onto every session) is bounded by constants, whatever the input.
 * Real reports stay far inside them (the largest of 867 real reports has 17 sessions, 24 speakers, 179
 * sections, values of at most 133 characters and items of at most 811); a report beyond a bound keeps what is
 * within it, and a {@code report.truncated} warning says what was cut. The text itself is never lost: sections
 * still cover every line of the file.
 */
public final class ReportBounds {

    /** Most sessions of a report. */
    public static final int MAX_SESSIONS = 500;
    /** Most speakers of a report, and of a session. */
    public static final int MAX_SPEAKERS = 100;
    /** Most sections of the outline; the last one kept runs to the end of the file. */
    public static final int MAX_SECTIONS = 5_000;
    /** Most entries of a list: organizers, objectives, highlights, takeaways, next steps, listed events, a
     * session's points and demos. */
    public static final int MAX_ITEMS = 1_000;
    /** Longest value: a title, place, audience, format, session title, speaker's name, role or organisation,
     * section heading. */
    public static final int MAX_VALUE_CHARS = 500;
    /** Longest text of an item: a point, a demo, an objective, a takeaway. */
    public static final int MAX_TEXT_CHARS = 10_000;

    private ReportBounds() {
    }

    /**
     * The number of lines of {@code lines} whose structure is read: all of them when the body (from 0-based
     * line {@code bodyFirst}) has at most {@code maxChars} characters, else the lines up to the one that
     * reaches the limit, with a {@code text.not-analysed} warning at the first line left out.
     */
    public static int analysedLines(List<String> lines, int bodyFirst, int maxChars, List<Diagnostic> diagnostics) {
        long chars = 0;
        for (int i = Math.max(0, bodyFirst); i < lines.size(); i++) {
            chars += lines.get(i).length() + 1;
            if (chars > maxChars) {
                long total = chars;
                for (int j = i + 1; j < lines.size(); j++) {
                    total += lines.get(j).length() + 1;
                }
                diagnostics.add(new Diagnostic(Severity.WARNING, "text.not-analysed", String.format(Locale.ROOT,
                        "the report's body has %,d characters; only the first %,d (to line %,d) were read for "
                                + "its structure, sessions, speakers and services; the rest is kept as text of its "
                                + "last section", total, maxChars, i), i + 1, 1));
                return i;
            }
        }
        return lines.size();
    }

    /** {@code report} within the bounds, with a {@code report.truncated} warning for each kind of cut. */
    public static Report apply(Report report) {
        Cuts cuts = new Cuts();
        Report.Builder b = report.toBuilder()
                .title(cuts.value("title", report.title()))
                .pageTitle(cuts.value("page title", report.pageTitle()))
                .location(cuts.value("location", report.location()))
                .audience(cuts.value("audience", report.audience()))
                .format(cuts.value("format", report.format()))
                .organizers(cuts.list("organizers", report.organizers(), MAX_ITEMS, cuts::value))
                .objectives(cuts.list("objectives", report.objectives(), MAX_ITEMS, cuts::text))
                .speakers(cuts.list("speakers", report.speakers(), MAX_SPEAKERS, cuts::speaker))
                .sessions(cuts.list("sessions", report.sessions(), MAX_SESSIONS, cuts::session))
                .highlights(cuts.list("highlights", report.highlights(), MAX_ITEMS, cuts::text))
                .takeaways(cuts.list("takeaways", report.takeaways(), MAX_ITEMS, cuts::text))
                .nextSteps(cuts.list("next steps", report.nextSteps(), MAX_ITEMS, cuts::text))
                .listedEvents(cuts.list("listed events", report.listedEvents(), MAX_ITEMS, cuts::listed))
                .sections(cuts.sections(report.sections()));
        if (cuts.said.isEmpty()) {
            return report;
        }
        List<Diagnostic> diagnostics = new ArrayList<>(report.diagnostics());
        diagnostics.add(0, Diagnostic.warning("report.truncated", "the report is larger than recap keeps of one "
                + "report: " + String.join("; ", cuts.said) + " (its text is still covered by its sections)", 0));
        return b.diagnostics(diagnostics).build();
    }

    /** Collects what was cut, one sentence per kind. */
    private static final class Cuts {
        final List<String> said = new ArrayList<>();
        private boolean longValue;
        private boolean longText;

        String value(String s) {
            return value(null, s);
        }

        String value(String what, String s) {
            if (s == null || s.length() <= MAX_VALUE_CHARS) {
                return s;
            }
            if (!longValue) {
                longValue = true;
                said.add("values longer than " + MAX_VALUE_CHARS + " characters were cut"
                        + (what == null ? "" : " (such as the " + what + ")"));
            }
            return cut(s, MAX_VALUE_CHARS);
        }

        String text(String s) {
            if (s == null || s.length() <= MAX_TEXT_CHARS) {
                return s;
            }
            if (!longText) {
                longText = true;
                said.add("items longer than " + MAX_TEXT_CHARS + " characters were cut");
            }
            return cut(s, MAX_TEXT_CHARS);
        }

        Speaker speaker(Speaker s) {
            String name = value(s.name());
            String role = value(s.role());
            String organization = value(s.organization());
            return name == s.name() && role == s.role() && organization == s.organization() ? s
                    : new Speaker(name, role, organization);
        }

        ListedEvent listed(ListedEvent e) {
            String title = value(e.title());
            String location = value(e.location());
            String link = text(e.link());
            return title == e.title() && location == e.location() && link == e.link() ? e
                    : new ListedEvent(title, e.date(), location, link, e.line());
        }

        Session session(Session s) {
            String title = value(s.title());
            List<Speaker> speakers = list("speakers of a session", s.speakers(), MAX_SPEAKERS, this::speaker);
            List<String> points = list("points of a session", s.points(), MAX_ITEMS, this::text);
            List<String> demos = list("demos of a session", s.demos(), MAX_ITEMS, this::text);
            if (title == s.title() && speakers == s.speakers() && points == s.points() && demos == s.demos()) {
                return s;
            }
            return new Session(s.number(), title, s.part(), s.startTime(), s.endTime(), speakers, points, demos,
                    s.services(), s.lines());
        }

        /** The first {@code max} entries, each bounded; the same list when nothing changes. */
        <T> List<T> list(String what, List<T> values, int max, UnaryOperator<T> bound) {
            List<T> out = null;
            int n = Math.min(values.size(), max);
            for (int i = 0; i < n; i++) {
                T v = values.get(i);
                T w = bound.apply(v);
                if (w != v && out == null) {
                    out = new ArrayList<>(values.subList(0, i));
                }
                if (out != null) {
                    out.add(w);
                }
            }
            if (values.size() > max) {
                said.add(String.format(Locale.ROOT, "only the first %,d of its %,d %s were kept", max, values.size(),
                        what));
                if (out == null) {
                    out = new ArrayList<>(values.subList(0, max));
                }
            }
            return out == null ? values : out;
        }

        /** The first {@link #MAX_SECTIONS} sections, the last of them running to the end of the last one. */
        List<Section> sections(List<Section> sections) {
            List<Section> out = list("sections", sections, MAX_SECTIONS, s -> {
                String heading = value(s.heading());
                return heading == s.heading() ? s : new Section(s.kind(), heading, s.level(), s.parent(), s.lines());
            });
            if (sections.size() > MAX_SECTIONS) {
                Section last = out.get(out.size() - 1);
                int end = sections.get(sections.size() - 1).lines().end();
                out.set(out.size() - 1, new Section(last.kind(), last.heading(), last.level(), last.parent(),
                        new LineRange(last.lines().start(), Math.max(end, last.lines().end()))));
            }
            return out;
        }

        private static String cut(String s, int max) {
            int end = max - 1;
            if (Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
            return s.substring(0, end) + "…";
        }
    }
}
