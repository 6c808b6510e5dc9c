package io.recap.model;

import java.util.Objects;

/**
 * A service a report mentions, with how many times it is mentioned in the body.
 *
 * @param service  the catalog entry
 * @param mentions number of mentions, at least 1
 */
public record ServiceCount(Service service, int mentions) {

    /**
     * Validates the fields.
     *
     * @param service  the catalog entry
     * @param mentions number of mentions, at least 1
     */
    public ServiceCount {
        Objects.requireNonNull(service, "service");
        if (mentions < 1) {
            throw new IllegalArgumentException("mentions must be positive");
        }
    }
}
