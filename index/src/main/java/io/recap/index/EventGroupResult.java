package io.recap.index;

import java.util.List;

/**
 * One page of events from {@link ReportIndex#eventGroups}.
 *
 * @param total  how many events match in all
 * @param offset how many were skipped
 * @param events this page's events
 * @param fuzzy  whether the query found nothing as typed and similar words found these
 */
public record EventGroupResult(long total, int offset, List<EventGroupHit> events, boolean fuzzy) {

    /**
     * Copies the list.
     *
     * @param total  how many events match in all
     * @param offset how many were skipped
     * @param events this page's events
     * @param fuzzy  whether similar words found them
     */
    public EventGroupResult {
        events = List.copyOf(events);
    }
}
