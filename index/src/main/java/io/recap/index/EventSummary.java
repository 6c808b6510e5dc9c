package io.recap.index;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event as the index shows it; {@link ReportIndex#report(String)} gives the whole report.
 *
 * @param id       the event's stable id: its report's path, or {@code path#n} for the n-th event of a page that
 *                 recaps several
 * @param title    the event's name (or the page title when the report names none), possibly empty
 * @param date     the event's date, or {@code null}
 * @param language the report's language code, or {@code null}
 * @param location the venue, or {@code null}
 * @param path     the path of the report's file: an absolute path, or {@code /abs/archive.zip!/entry.md}
 * @param sessions how many sessions the report has
 */
public record EventSummary(String id, String title, LocalDate date, String language, String location,
                           String path, int sessions) {

    /**
     * Validates the fields.
     *
     * @param id       the event's stable id: its report's path, or {@code path#n} for the n-th event of a page that
 *                 recaps several
     * @param title    the event's name (or the page title when the report names none), possibly empty
     * @param date     the event's date, or {@code null}
     * @param language the report's language code, or {@code null}
     * @param location the venue, or {@code null}
     * @param path     the path of the report's file: an absolute path, or {@code /abs/archive.zip!/entry.md}
     * @param sessions how many sessions the report has
     */
    public EventSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
    }
}
