package io.recap.cli;

import io.recap.model.Diagnostic;
import io.recap.model.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How much of a folder of reports the parser understood ({@code recap parse --stats}): the share of event
 * reports with an event name, a date, at least one session, speaker and service, and the diagnostics by code.
 * Index pages (pages listing several events) are counted apart.
 */
final class Coverage {

    /** The measured properties, in the order they are shown. */
    enum Measure { title, date, sessions, speakers, services }

    private int files;
    private int unreadable;
    private int indexPages;
    private int reports;
    private final int[] counts = new int[Measure.values().length];
    private final Map<String, CodeCount> codes = new TreeMap<>();

    /** Occurrences of one diagnostic code. */
    private static final class CodeCount {
        final String severity;
        int count;
        final Set<String> files = new HashSet<>();

        CodeCount(String severity) {
            this.severity = severity;
        }
    }

    /** Counts one parsed report. */
    void add(Report report) {
        files++;
        for (Diagnostic d : report.diagnostics()) {
            CodeCount c = codes.computeIfAbsent(d.code(), k -> new CodeCount(d.severity().label()));
            c.count++;
            c.files.add(report.source().path());
        }
        if (report.indexPage()) {
            indexPages++;
            return;
        }
        reports++;
        count(Measure.title, report.title() != null && !report.title().isBlank());
        count(Measure.date, report.date() != null);
        count(Measure.sessions, !report.sessions().isEmpty());
        count(Measure.speakers, !report.speakers().isEmpty());
        count(Measure.services, !report.services().isEmpty());
    }

    /** Counts a file that could not be read. */
    void addUnreadable() {
        files++;
        unreadable++;
    }

    private void count(Measure m, boolean has) {
        if (has) {
            counts[m.ordinal()]++;
        }
    }

    /** Event reports that have {@code m}. */
    int count(Measure m) {
        return counts[m.ordinal()];
    }

    /** The share (0–1) of event reports that have {@code m}; 0 when there are none. */
    double share(Measure m) {
        return reports == 0 ? 0 : (double) count(m) / reports;
    }

    /** {@code 6 files: 5 event reports, 1 index page, 0 unreadable}. */
    String headline() {
        return files + (files == 1 ? " file: " : " files: ") + reports + (reports == 1 ? " event report, "
                : " event reports, ") + indexPages + (indexPages == 1 ? " index page, " : " index pages, ")
                + unreadable + " unreadable";
    }

    /** The coverage table. */
    Listing coverage() {
        Listing l = new Listing(Listing.Column.text("measure", "EVENT REPORTS WITH"),
                Listing.Column.number("reports", "REPORTS"), Listing.Column.number("share", "SHARE"));
        for (Measure m : Measure.values()) {
            l.add(List.of(label(m), Integer.toString(count(m)), percent(share(m))),
                    Listing.object("measure", m.name(), "reports", count(m), "share", share(m)), null, null);
        }
        return l;
    }

    /** The diagnostics table, by code. */
    Listing diagnostics() {
        Listing l = new Listing(Listing.Column.text("code", "DIAGNOSTIC"), Listing.Column.text("severity",
                "SEVERITY"), Listing.Column.number("count", "COUNT"), Listing.Column.number("files", "FILES"));
        codes.forEach((code, c) -> l.add(List.of(code, c.severity, Integer.toString(c.count),
                Integer.toString(c.files.size())), Listing.object("code", code, "severity", c.severity,
                "count", c.count, "files", c.files.size()), null, null));
        return l;
    }

    /** The whole result as one JSON object. */
    Map<String, Object> json() {
        Map<String, Object> coverage = Listing.object();
        for (Measure m : Measure.values()) {
            coverage.put(m.name(), Listing.object("count", count(m), "share", round(share(m))));
        }
        List<Object> diagnostics = new ArrayList<>();
        codes.forEach((code, c) -> diagnostics.add(Listing.object("code", code, "severity", c.severity,
                "count", c.count, "files", c.files.size())));
        return Listing.object("files", files, "reports", reports, "indexPages", indexPages,
                "unreadable", unreadable, "coverage", coverage, "diagnostics", diagnostics);
    }

    private static String label(Measure m) {
        return switch (m) {
            case title -> "an event name";
            case date -> "a date";
            case sessions -> "≥ 1 session";
            case speakers -> "≥ 1 speaker";
            case services -> "≥ 1 service";
        };
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }
}
