package io.recap.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to search for: a query in Lucene's syntax (phrases, {@code OR}, {@code -exclude}, {@code field:term};
 * the default operator is AND) and filters. Immutable; build one with {@link #builder()}.
 *
 * @param query    the query text, empty for "every session"
 * @param services service names or ids; a hit must mention every one
 * @param limit    the most hits to return
 * @param offset   hits to skip (for paging)
 */
public record SearchRequest(String query, List<String> services, int limit, int offset) {

    /** Validates and copies. */
    public SearchRequest {
        query = query == null ? "" : query;
        services = List.copyOf(services);
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
    }

    /** A builder: no query, no filters, 10 hits. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SearchRequest}. */
    public static final class Builder {
        private String query = "";
        private final List<String> services = new ArrayList<>();
        private int limit = 10;
        private int offset;

        private Builder() {
        }

        /** The query text. */
        public Builder query(String value) {
            this.query = value == null ? "" : value;
            return this;
        }

        /** Keeps only sessions that mention this service (any alias, any case). */
        public Builder service(String value) {
            services.add(Objects.requireNonNull(value, "service"));
            return this;
        }

        /** The most hits to return. */
        public Builder limit(int value) {
            this.limit = value;
            return this;
        }

        /** Hits to skip. */
        public Builder offset(int value) {
            this.offset = value;
            return this;
        }

        /** Builds the request. */
        public SearchRequest build() {
            return new SearchRequest(query, services, limit, offset);
        }
    }
}
