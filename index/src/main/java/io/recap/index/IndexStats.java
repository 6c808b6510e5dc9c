package io.recap.index;

import java.time.Instant;

/**
 * What an index holds, as of the commit a {@link ReportSearcher} sees.
 *
 * @param location      where the index lives: a local index's directory, or a SolrCloud collection
 *                      ({@code collection at http://host:8983/solr})
 * @param reports       reports in the index, section index pages included
 * @param indexPages    of those, section index pages (pages listing several events, which searches leave out)
 * @param sessions      sessions of the other reports (the events): what {@link ReportSearcher#search} looks in
 * @param services      distinct services those events mention: what {@link ReportSearcher#services()} lists
 * @param schemaVersion the schema version the index was written with
 * @param lastCommit    when the commit was made, or {@code null} when unknown
 */
public record IndexStats(String location, long reports, long indexPages, long sessions, int services,
                         int schemaVersion, Instant lastCommit) {
}
