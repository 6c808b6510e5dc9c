package io.recap.index;

import java.util.List;

/**
 * The answer to {@link ReportIndex#events}: one page of events.
 *
 * @param total  how many events match in all
 * @param offset events skipped before this page
 * @param events the requested page, in the requested order
 * @param fuzzy  whether nothing matched the query as typed and these events match similar words instead
 */
public record EventResult(long total, int offset, List<EventHit> events, boolean fuzzy) {

    /**
     * Copies the list.
     *
     * @param total  how many events match in all
     * @param offset events skipped before this page
     * @param events the requested page, in the requested order
     * @param fuzzy  whether nothing matched the query as typed and these events match similar words instead
     */
    public EventResult {
        events = List.copyOf(events);
    }
}
