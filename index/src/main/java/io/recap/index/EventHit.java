package io.recap.index;

import java.util.Objects;

/**
 * One event found by {@link ReportIndex#events}.
 *
 * @param event            the event
 * @param matchingSessions how many of its sessions match the request (all of them when the request selects
 *                         no sessions, see {@link SearchRequest#selectsSessions()})
 * @param score            the best score of its matching sessions (0 when sorted by date)
 */
public record EventHit(EventSummary event, int matchingSessions, float score) {

    /**
     * Validates the fields.
     *
     * @param event            the event
     * @param matchingSessions how many of its sessions match the request (all of them when the request selects
     *                         no sessions, see {@link SearchRequest#selectsSessions()})
     * @param score            the best score of its matching sessions (0 when sorted by date)
     */
    public EventHit {
        Objects.requireNonNull(event, "event");
    }
}
