package io.recap.index;

import io.recap.model.Part;

/**
 * The session a search hit is.
 *
 * @param number the session's number in its report
 * @param title  its title
 * @param part   its part of the day, or {@code null}
 */
public record SessionSummary(int number, String title, Part part) {
}
