package io.recap.parser.internal;

import io.recap.model.Diagnostic;
import io.recap.model.SectionKind;
import io.recap.model.Severity;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The event's date, time, place, audience, format and organisers, from labelled fields wherever they are,
 * falling back to a date written in the event's overview and then to the front matter's date when that is a
 * real date rather than a template default.
 */
public final class Logistics {

    /** Front-matter dates that templates fill in; never an event's date. */
    private static final Set<LocalDate> TEMPLATE_DATES = Set.of(LocalDate.of(2024, 1, 1));

    LocalDate date;
    LocalDate endDate;
    LocalTime startTime;
    LocalTime endTime;
    String location;
    String audience;
    String format;
    final List<String> organizers = new ArrayList<>();

    /** Extracts the logistics of the report in {@code ctx}; {@code frontMatterDate} as written, or null. */
    static Logistics extract(ParseContext ctx, String frontMatterDate, int frontMatterLine) {
        Logistics l = new Logistics();
        for (Field f : ctx.fields()) {
            OutlineNode section = ctx.sectionAt(f.block().line());
            if (section != null && section.kind() == SectionKind.SESSION) {
                continue; // a session's own "Time:" is not the event's
            }
            switch (f.name()) {
                case "date", "datetime", "time", "duration" -> l.dateAndTime(f.value());
                case "location" -> {
                    if (l.location == null && Text.hasLetterOrDigit(f.value())) {
                        l.location = cleanValue(f.value());
                    }
                }
                case "audience" -> {
                    if (l.audience == null && Text.hasLetterOrDigit(f.value())) {
                        l.audience = cleanValue(f.value());
                    }
                }
                case "format" -> {
                    if (l.format == null) {
                        l.format = format(f.value());
                    }
                }
                case "organizer" -> {
                    if (l.organizers.isEmpty() && Text.hasLetterOrDigit(f.value())) {
                        l.organizers.add(cleanValue(f.value()));
                    }
                }
                default -> {
                }
            }
        }
        if (l.date == null) {
            // a date written in the opening lines or the overview ("Ngày 17/11/2025, tại …")
            for (OutlineNode n : ctx.outline.nodes()) {
                if (n.kind() != SectionKind.PREAMBLE && n.kind() != SectionKind.OVERVIEW) {
                    continue;
                }
                List<Block> blocks = new ArrayList<>();
                if (n.heading != null) {
                    blocks.add(n.heading);
                }
                blocks.addAll(n.blocks);
                for (Block b : blocks) {
                    DateRange d = DateText.find(b.text());
                    if (d != null) {
                        l.date = d.start();
                        l.endDate = d.end();
                        break;
                    }
                }
                if (l.date != null) {
                    break;
                }
            }
        }
        if (l.date == null) {
            // a date anywhere in the body ("Attending … on May 29, 2026 was …"): reports rarely mention others
            for (Block b : ctx.blocks) {
                if (b.kind() == Block.Kind.CODE || b.kind() == Block.Kind.RULE) {
                    continue;
                }
                DateRange d = DateText.find(b.text());
                if (d != null) {
                    l.date = d.start();
                    l.endDate = d.end();
                    break;
                }
            }
        }
        LocalDate fm = frontMatterDate(frontMatterDate);
        if (l.date == null) {
            l.date = fm;
        } else if (fm != null && !fm.equals(l.date)) {
            ctx.diagnostics.add(new Diagnostic(Severity.INFO, "date.conflict", "the front matter's date " + fm
                    + " differs from the event date " + l.date + " the body states; the body's is used",
                    frontMatterLine, 0));
        }
        return l;
    }

    private void dateAndTime(String value) {
        if (date == null) {
            DateRange d = DateText.find(value);
            if (d != null) {
                date = d.start();
                endDate = d.end();
                // remove the date so that its digits are not read as a time
                value = value.substring(0, d.from()) + " " + value.substring(d.to());
            }
        }
        if (startTime == null) {
            TimeRange r = TimeText.findRange(value);
            if (r != null) {
                startTime = r.start();
                endTime = r.end();
            } else {
                TimeRange t = TimeText.findTime(value);
                if (t != null) {
                    startTime = t.start();
                }
            }
        }
    }

    /** The front matter's date when it is a real date, not empty, not a template default. */
    static LocalDate frontMatterDate(String raw) {
        if (raw == null || raw.isBlank() || raw.contains("Sys.Date")) {
            return null;
        }
        DateRange d = DateText.find(raw);
        if (d == null || TEMPLATE_DATES.contains(d.start())) {
            return null;
        }
        return d.start();
    }

    private static String format(String value) {
        String f = Text.fold(value);
        if (f.contains("hybrid") || f.contains("ket hop")) {
            return "hybrid";
        }
        if (f.contains("online") || f.contains("virtual") || f.contains("truc tuyen") || f.contains("livestream")) {
            return "online";
        }
        if (f.contains("offline") || f.contains("in person") || f.contains("truc tiep") || f.contains("onsite")
                || f.contains("on site")) {
            return "offline";
        }
        return Text.hasLetterOrDigit(value) ? value.strip().toLowerCase(Locale.ROOT) : null;
    }

    /** A value without trailing punctuation and surrounding markup. */
    static String cleanValue(String v) {
        String s = Text.squeeze(v);
        while (!s.isEmpty() && ".;,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
