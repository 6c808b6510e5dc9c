package io.recap.cli;

import io.recap.index.SearchRequest;
import picocli.CommandLine.Option;

/** The order and the page of a listing of sessions or events: {@code --sort}, {@code --offset}, {@code --limit}. */
final class PageOptions {

    /** Orders, as {@code --sort} takes them. */
    enum SortChoice { relevance, date }

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance (best first; by date without QUERY) or date (newest first). "
                    + "Default: ${DEFAULT-VALUE}.")
    SortChoice sort = SortChoice.relevance;

    @Option(names = "--offset", defaultValue = "0", paramLabel = "N",
            description = "Skip the first N, for the next page. Default: ${DEFAULT-VALUE}.")
    int offset;

    @Option(names = {"-n", "--limit"}, paramLabel = "N",
            description = "Show at most N. Default: 10, and every match with --format paths.")
    Integer limit;

    /** Whether {@code -n 0} asks for the count alone. */
    boolean countOnly() {
        return limit != null && limit == 0;
    }

    /** The page size when {@code -n} is not given. */
    static final int DEFAULT_LIMIT = 10;

    /**
     * Adds the order and the page to {@code request}; without {@code -n}, 10 per page, or every match when
     * {@code all}. A negative number is a usage error.
     */
    SearchRequest.Builder applyTo(SearchRequest.Builder request, boolean all) throws UserException {
        if (limit != null && limit < 0 || offset < 0) {
            throw new UserException("--limit and --offset must not be negative", ExitCode.USAGE);
        }
        int n = limit != null ? limit : all ? Integer.MAX_VALUE : DEFAULT_LIMIT;
        return request.sort(sort == SortChoice.date ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE)
                .offset(offset).limit(n);
    }

    /** {@link #applyTo(SearchRequest.Builder, boolean)} with the default page. */
    SearchRequest.Builder applyTo(SearchRequest.Builder request) throws UserException {
        return applyTo(request, false);
    }
}
