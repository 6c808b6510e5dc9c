package io.recap.index;

import io.recap.model.Service;
import java.util.Objects;

/**
 * How much of the index is about one service.
 *
 * @param service  the service (from the catalog; an id the catalog does not know is shown as is)
 * @param sessions sessions that mention it (as many as {@link ReportIndex#search} finds with the service as a
 *                  filter)
 * @param events   events whose report mentions it anywhere, in a session or elsewhere (as many as
 *                  {@link ReportIndex#events} finds with the service as a filter); section index pages
 *                  are no events
 */
public record ServiceUsage(Service service, long sessions, long events) {

    /**
     * Validates the fields.
     *
     * @param service  the service (from the catalog; an id the catalog does not know is shown as is)
     * @param sessions sessions that mention it (as many as {@link ReportIndex#search} finds with the service as a
     *                  filter)
     * @param events   events whose report mentions it anywhere, in a session or elsewhere (as many as
     *                  {@link ReportIndex#events} finds with the service as a filter); section index pages
     *                  are no events
     */
    public ServiceUsage {
        Objects.requireNonNull(service, "service");
    }
}
