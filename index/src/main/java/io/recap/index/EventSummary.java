package io.recap.index;

import java.time.LocalDate;

/**
 * The event a search hit belongs to.
 *
 * @param id    the event's id (its report's path)
 * @param title the event's name (or the page title when the report names none), possibly empty
 * @param date  the event's date, or {@code null}
 * @param path  the report's path
 */
public record EventSummary(String id, String title, LocalDate date, String path) {
}
