package io.recap.bench.gen;

import io.recap.model.Service;
import java.util.List;

/**
 * One bullet point of a session: a phrase template and what fills its slots.
 *
 * @param template the phrase, with {@code {s} {s2} {s3} {c} {n} {o}} slots
 * @param services the services for {@code {s}}, {@code {s2}}, {@code {s3}}
 * @param concept  the concept for {@code {c}}
 * @param person   the person for {@code {n}}
 * @param org      the organisation for {@code {o}}
 */
public record Point(Phrase template, List<Service> services, Phrase concept, Person person, Phrase org) {

    /** Copies the list. */
    public Point {
        services = List.copyOf(services);
    }

    /** Rough size in bytes of the rendered point, for the planner's size budget. */
    int estimatedBytes() {
        return (template.en().length() + template.vi().length()) / 2 + 8 * services.size() + 14;
    }
}
