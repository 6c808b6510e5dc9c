package io.recap.index;

import io.recap.model.Part;
import java.util.List;
import java.util.Objects;

/**
 * The session a search hit is.
 *
 * @param number   the session's number in its report, from 1
 * @param title    its title
 * @param part     its part of the day, or {@code null}
 * @param speakers its speakers (its event's when the report names no speaker for any session)
 */
public record SessionSummary(int number, String title, Part part, List<String> speakers) {

    /**
     * Validates and copies.
     *
     * @param number   the session's number in its report, from 1
     * @param title    its title
     * @param part     its part of the day, or {@code null}
     * @param speakers its speakers (its event's when the report names no speaker for any session)
     */
    public SessionSummary {
        Objects.requireNonNull(title, "title");
        speakers = List.copyOf(speakers);
    }
}
