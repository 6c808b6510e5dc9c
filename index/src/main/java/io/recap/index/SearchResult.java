package io.recap.index;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a {@link SearchRequest}: one page of sessions.
 *
 * @param query  the query as given (empty when only filters were given)
 * @param total  how many sessions match in all, or, when not {@code exactTotal}, at least how many
 * @param exactTotal whether {@code total} is exact; it is not when more than 1,000 sessions match (and the
 *               request asked neither for an exact total nor for facets): then at least {@code total} do
 * @param offset hits skipped before this page
 * @param hits   the requested page of hits, in the requested order
 * @param facets counts of the matching sessions by service, year and language ({@link Facets#NONE} unless
 *               asked for)
 * @param fuzzy  whether nothing matched the query as typed and these hits match similar words instead
 * @param expansions the topics the query named, each with the other names and services it was expanded to
 *               (empty when none, or when the request turned expansion off)
 */
public record SearchResult(String query, long total, boolean exactTotal, int offset, List<SessionHit> hits,
                           Facets facets, boolean fuzzy, List<TopicExpansion> expansions) {

    /**
     * Validates and copies.
     *
     * @param query  the query as given (empty when only filters were given)
     * @param total  how many sessions match in all, or, when not {@code exactTotal}, at least how many
     * @param exactTotal whether {@code total} is exact; it is not when more than 1,000 sessions match (and the
     *               request asked neither for an exact total nor for facets): then at least {@code total} do
     * @param offset hits skipped before this page
     * @param hits   the requested page of hits, in the requested order
     * @param facets counts of the matching sessions by service, year and language ({@link Facets#NONE} unless
     *               asked for)
     * @param fuzzy  whether nothing matched the query as typed and these hits match similar words instead
     * @param expansions the topics the query named, each with what it was expanded to
     */
    public SearchResult {
        expansions = List.copyOf(expansions);
        Objects.requireNonNull(query, "query");
        hits = List.copyOf(hits);
        Objects.requireNonNull(facets, "facets");
    }

    /**
     * A result no topic expanded.
     *
     * @param query  the query as given
     * @param total  how many sessions match in all, or at least how many
     * @param exactTotal whether {@code total} is exact
     * @param offset hits skipped before this page
     * @param hits   the requested page of hits
     * @param facets counts of the matching sessions
     * @param fuzzy  whether these hits match similar words instead of the query as typed
     */
    public SearchResult(String query, long total, boolean exactTotal, int offset, List<SessionHit> hits,
                        Facets facets, boolean fuzzy) {
        this(query, total, exactTotal, offset, hits, facets, fuzzy, List.of());
    }
}
