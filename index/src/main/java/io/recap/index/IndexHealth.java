package io.recap.index;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a check of an index's files found ({@link ReportIndex#check}): Lucene's {@code CheckIndex} over every
 * segment (checksums, postings, stored fields, doc values, points), and recap's schema version.
 *
 * @param location  the index directory
 * @param healthy   whether every file reads as written and the schema is this recap's
 * @param segments  segments of the last commit (0 when it cannot be read)
 * @param documents documents in the last commit, events and sessions (0 when it cannot be read)
 * @param problems  one sentence per problem found, such as "segment _0 (12 documents): its file
 *                  _0_Lucene912_0.tim is corrupt"; empty when healthy
 * @param details   Lucene's own report of the check, for bug reports
 * @param seconds   how long the check took
 */
public record IndexHealth(Path location, boolean healthy, int segments, long documents, List<String> problems,
                          String details, double seconds) {

    /**
     * Validates the fields and copies the list.
     *
     * @param location  the index directory
     * @param healthy   whether every file reads as written and the schema is this recap's
     * @param segments  segments of the last commit (0 when it cannot be read)
     * @param documents documents in the last commit, events and sessions (0 when it cannot be read)
     * @param problems  one sentence per problem found; empty when healthy
     * @param details   Lucene's own report of the check, for bug reports
     * @param seconds   how long the check took
     */
    public IndexHealth {
        Objects.requireNonNull(location, "location");
        problems = List.copyOf(problems);
        Objects.requireNonNull(details, "details");
        if (healthy != problems.isEmpty()) {
            throw new IllegalArgumentException("an index is healthy exactly when no problem was found");
        }
    }
}
