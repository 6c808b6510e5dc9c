package io.recap.index;

import java.util.Objects;

/**
 * How many matches have one value.
 *
 * @param value the value as indexed (a service id, a year, a language code)
 * @param label the value for people (a service's short name; else the value)
 * @param count how many matching sessions have it
 */
public record FacetCount(String value, String label, long count) {

    /**
     * Validates the fields.
     *
     * @param value the value as indexed (a service id, a year, a language code)
     * @param label the value for people (a service's short name; else the value)
     * @param count how many matching sessions have it
     */
    public FacetCount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
