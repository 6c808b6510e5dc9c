package io.recap.index;

import java.util.List;
import java.util.Objects;

/**
 * The answer to {@link ReportIndex#paths(SearchRequest)}: the reports that one page of matching sessions belongs
 * to, as paths, each once.
 *
 * @param paths      the reports' paths, in the order of their first session on the page
 * @param total      how many sessions match in all, or, when not {@code exactTotal}, at least how many
 * @param exactTotal whether {@code total} is exact (as in {@link SearchResult})
 * @param fuzzy      whether nothing matched the query as typed and these sessions match similar words instead
 */
public record PathResult(List<String> paths, long total, boolean exactTotal, boolean fuzzy) {

    /**
     * Validates and copies.
     *
     * @param paths      the reports' paths, in the order of their first session on the page
     * @param total      how many sessions match in all, or, when not {@code exactTotal}, at least how many
     * @param exactTotal whether {@code total} is exact (as in {@link SearchResult})
     * @param fuzzy      whether nothing matched the query as typed and these sessions match similar words
     *                   instead
     */
    public PathResult {
        paths = List.copyOf(Objects.requireNonNull(paths, "paths"));
    }
}
