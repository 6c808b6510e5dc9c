package io.recap.parser.internal;

import java.time.LocalDate;

/**
 * A date or range of days found in text.
 *
 * @param start the (first) day
 * @param end   the last day of a range, or {@code null}
 * @param from  offset in the text where the match begins
 * @param to    offset in the text just after the match
 */
public record DateRange(LocalDate start, LocalDate end, int from, int to) {
}
