package io.recap.model;

import java.util.Objects;

/**
 * A person (or, when the report names no person, a group) presented as a speaker.
 *
 * @param name         the name without honorifics such as "Mr." or "Anh"
 * @param role         the role or job title as written, or {@code null}
 * @param organization the company or organisation, or {@code null}
 */
public record Speaker(String name, String role, String organization) {

    /**
     * Validates the name.
     *
     * @param name         the name without honorifics such as "Mr." or "Anh"
     * @param role         the role or job title as written, or {@code null}
     * @param organization the company or organisation, or {@code null}
     */
    public Speaker {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank speaker name");
        }
        role = Values.optional(role);
        organization = Values.optional(organization);
    }

    /**
     * A speaker known only by name.
     *
     * @param name the name
     * @return a speaker without role or organisation
     */
    public static Speaker named(String name) {
        return new Speaker(name, null, null);
    }
}
