package io.recap.index;

import java.util.List;

/**
 * Counts of matching sessions by value, most frequent first; the years and languages end with the sessions that
 * have none ({@link FacetCount#value()} {@code null}), so that their counts add up to the matches.
 *
 * @param services  by service (value: the service's id; label: its short name)
 * @param years     by the event's year
 * @param languages by the report's language code
 * @param topics    by topic (value: the topic's id; label: its English name); a session may have several or none
 */
public record Facets(List<FacetCount> services, List<FacetCount> years, List<FacetCount> languages,
                     List<FacetCount> topics) {

    /** No counts (facets were not asked for). */
    public static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of());

    /**
     * Copies the lists.
     *
     * @param services  by service (value: the service's id; label: its short name)
     * @param years     by the event's year
     * @param languages by the report's language code
     * @param topics    by topic (value: the topic's id; label: its English name)
     */
    public Facets {
        topics = List.copyOf(topics);
        services = List.copyOf(services);
        years = List.copyOf(years);
        languages = List.copyOf(languages);
    }

    /**
     * Counts without topics.
     *
     * @param services  by service
     * @param years     by the event's year
     * @param languages by the report's language code
     */
    public Facets(List<FacetCount> services, List<FacetCount> years, List<FacetCount> languages) {
        this(services, years, languages, List.of());
    }
}
