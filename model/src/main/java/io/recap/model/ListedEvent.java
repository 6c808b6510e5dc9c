package io.recap.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event named by a section index page (a page that lists several events, such as
 * {@code content/4-EventParticipated/_index.md}).
 *
 * @param title    the event's name as listed
 * @param date     the date given, or {@code null}
 * @param location the place given, or {@code null}
 * @param link     the link target ("4.1-Event1/"), or {@code null}
 * @param line     the 1-based line of the entry in the original file
 */
public record ListedEvent(String title, LocalDate date, String location, String link, int line) {

    /**
     * Validates the fields.
     *
     * @param title    the event's name as listed
     * @param date     the date given, or {@code null}
     * @param location the place given, or {@code null}
     * @param link     the link target ("4.1-Event1/"), or {@code null}
     * @param line     the 1-based line of the entry in the original file
     */
    public ListedEvent {
        Objects.requireNonNull(title, "title");
        location = Values.optional(location);
        link = Values.optional(link);
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive");
        }
    }
}
