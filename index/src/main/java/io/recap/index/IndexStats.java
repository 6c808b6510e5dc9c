package io.recap.index;

import java.time.Instant;

/**
 * What an index holds, as of the commit a {@link ReportSearcher} sees.
 *
 * @param location      where the index lives: a local index's directory, or a SolrCloud collection
 *                      ({@code collection at http://host:8983/solr})
 * @param reports       reports (events) in the index
 * @param sessions      sessions in the index
 * @param services      distinct services mentioned
 * @param schemaVersion the schema version the index was written with
 * @param lastCommit    when the commit was made, or {@code null} when unknown
 */
public record IndexStats(String location, long reports, long sessions, int services, int schemaVersion,
                         Instant lastCommit) {
}
