package io.recap.parser.internal;

import java.time.LocalTime;

/**
 * A time or time range found in text.
 *
 * @param start the start time
 * @param end   the end time, or {@code null} for a single time
 * @param from  offset in the text where the match begins
 * @param to    offset in the text just after the match
 */
public record TimeRange(LocalTime start, LocalTime end, int from, int to) {
}
