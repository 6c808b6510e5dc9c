package io.recap.index;

import java.util.List;
import java.util.Objects;

/**
 * The answer to {@link ReportIndex#paths(SearchRequest)}: the reports the matching sessions belong to, as paths,
 * each once; the request's offset and limit count reports.
 *
 * @param paths      the reports' paths, in the order of their best session (newest first without query text)
 * @param total      how many sessions match in all, or, when not {@code exactTotal}, at least how many
 * @param exactTotal whether {@code total} is exact (as in {@link SearchResult})
 * @param reports    how many reports the matching sessions belong to, in all pages
 * @param fuzzy      whether nothing matched the query as typed and these sessions match similar words instead
 */
public record PathResult(List<String> paths, long total, boolean exactTotal, long reports, boolean fuzzy) {

    /**
     * Validates and copies.
     *
     * @param paths      the reports' paths, in the order of their best session (newest first without query text)
     * @param total      how many sessions match in all, or, when not {@code exactTotal}, at least how many
     * @param exactTotal whether {@code total} is exact (as in {@link SearchResult})
     * @param reports    how many reports the matching sessions belong to, in all pages
     * @param fuzzy      whether nothing matched the query as typed and these sessions match similar words
     *                   instead
     */
    public PathResult {
        paths = List.copyOf(Objects.requireNonNull(paths, "paths"));
    }
}
