package io.recap.index;

import java.util.Objects;

/**
 * How many matches have one value.
 *
 * @param value the value as indexed (a service id, a year, a language code), or {@code null} for the matches that
 *              have none (a session without a date has no year)
 * @param label the value for people (a service's short name; {@code unknown} for no value; else the value)
 * @param count how many matching sessions have it
 */
public record FacetCount(String value, String label, long count) {

    /**
     * Validates the fields.
     *
     * @param value the value as indexed (a service id, a year, a language code), or {@code null} for the matches
     *              that have none
     * @param label the value for people (a service's short name; {@code unknown} for no value; else the value)
     * @param count how many matching sessions have it
     */
    public FacetCount {
        Objects.requireNonNull(label, "label");
    }
}
