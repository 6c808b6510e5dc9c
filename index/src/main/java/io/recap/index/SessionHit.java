package io.recap.index;

import io.recap.model.Service;
import java.util.List;
import java.util.Objects;

/**
 * One session found by a search.
 *
 * @param score    relevance score (0 when sorted by something else)
 * @param event    the event it belongs to
 * @param session  the session
 * @param services services detected in the session
 * @param snippet  a passage of the session with matches marked {@code «like this»}, or its first line
 */
public record SessionHit(float score, EventSummary event, SessionSummary session, List<Service> services,
                         String snippet) {

    /** Validates and copies. */
    public SessionHit {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(session, "session");
        services = List.copyOf(services);
    }
}
