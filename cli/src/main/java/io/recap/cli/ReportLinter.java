package io.recap.cli;

import io.recap.model.Diagnostic;
import io.recap.model.Report;
import io.recap.model.Severity;
import io.recap.parser.ServiceCatalog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules of {@code recap check}: what a report needs to be useful (an event name, a date, sessions) and
 * service names spelled in a way the catalog does not know. Parser diagnostics are kept, notes only when
 * asked for.
 */
final class ReportLinter {

    /** Codes of the rules that make a report fail. */
    static final String NO_TITLE = "title.missing";
    static final String NO_DATE = "date.missing";
    static final String NO_SESSIONS = "sessions.missing";

    private final ServiceSpellings spellings;
    private final boolean notes;

    ReportLinter(ServiceCatalog catalog, boolean notes) {
        this.spellings = new ServiceSpellings(catalog);
        this.notes = notes;
    }

    /** The diagnostics of one report, by line. */
    List<Diagnostic> lint(Report report, byte[] content) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : report.diagnostics()) {
            boolean replaced = d.code().equals(NO_TITLE) || d.code().equals(NO_DATE);
            if (!replaced && (d.severity() != Severity.INFO || notes)) {
                out.add(d);
            }
        }
        if (!report.indexPage()) {
            if (report.title() == null || report.title().isBlank()) {
                out.add(Diagnostic.error(NO_TITLE, "no event name; start the report with a heading that names "
                        + "the event (\"# Event report: AWS Cloud Day\")", 0));
            }
            if (report.date() == null) {
                out.add(Diagnostic.error(NO_DATE, "no event date; add a line such as \"Date: 2025-11-17\" "
                        + "(or \"Ngày: 17/11/2025\")", 0));
            }
            if (report.sessions().isEmpty()) {
                out.add(Diagnostic.error(NO_SESSIONS, "no sessions; list the agenda under a heading such as "
                        + "\"Agenda\" or \"Nội dung\", one heading or numbered item per session", 0));
            }
        }
        int body = report.frontMatter() == null ? 1 : report.frontMatter().lines().end() + 1;
        out.addAll(spellings.find(lines(content), body));
        out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return out;
    }

    private static List<String> lines(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return List.of(text.split("\r\n|\r|\n", -1));
    }
}
