package io.recap.index;

import java.util.Objects;

/**
 * One event found by {@link ReportIndex#eventGroups}.
 *
 * @param event            the event and its reports
 * @param matchingReports  how many of its reports match the request (a report's language twins count once)
 * @param matchingSessions how many sessions of those reports match the request (every session of theirs when the
 *                         request selects no sessions), the language twins of a report counted once (the twin with
 *                         the most)
 * @param score            the best score of its matching sessions (0 when sorted by date)
 */
public record EventGroupHit(EventGroup event, int matchingReports, int matchingSessions, float score) {

    /**
     * Validates the fields.
     *
     * @param event            the event and its reports
     * @param matchingReports  how many of its reports match the request (a report's language twins count once)
     * @param matchingSessions how many sessions of those pages match the request
     * @param score            the best score of its matching sessions (0 when sorted by date)
     */
    public EventGroupHit {
        Objects.requireNonNull(event, "event");
    }
}
