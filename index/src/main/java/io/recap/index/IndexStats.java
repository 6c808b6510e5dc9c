package io.recap.index;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What an index holds, as of the commit a {@link ReportIndex} sees.
 *
 * @param location      the index directory
 * @param reports       reports in the index, section index pages included
 * @param indexPages    of those, section index pages (pages listing several events, which searches leave out)
 * @param sessions      sessions of the other reports (the events): what {@link ReportIndex#search} looks in
 * @param services      distinct services those events mention: what {@link ReportIndex#services()} lists
 * @param schemaVersion the schema version the index was written with
 * @param lastCommit    when the commit was made, or {@code null} when unknown
 */
public record IndexStats(Path location, long reports, long indexPages, long sessions, int services,
                         int schemaVersion, Instant lastCommit) {
}
