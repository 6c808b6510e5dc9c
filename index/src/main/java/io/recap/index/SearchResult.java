package io.recap.index;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param query the query as given (may be empty when only filters were given)
 * @param total how many sessions match in all
 * @param hits  the requested page of hits, best first
 */
public record SearchResult(String query, long total, List<SessionHit> hits) {

    /** Copies the list. */
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
