package io.recap.index;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What an index holds, as of the commit a {@link ReportIndex} sees.
 *
 * @param location      the index directory
 * @param reports       reports (events) in the index
 * @param sessions      sessions in the index
 * @param services      distinct services mentioned
 * @param schemaVersion the schema version the index was written with
 * @param lastCommit    when the commit was made, or {@code null} when unknown
 */
public record IndexStats(Path location, long reports, long sessions, int services, int schemaVersion,
                         Instant lastCommit) {
}
