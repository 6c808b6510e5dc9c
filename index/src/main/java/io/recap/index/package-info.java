/**
 * A Lucene index of event reports: batch indexing of whole archives and search over events and sessions.
 *
 * <p>Two entry points:
 * <ul>
 *   <li>{@link io.recap.index.ArchiveIndexer} writes: it (re)indexes directories, Markdown files and zip
 *       archives incrementally, in parallel, in one commit per run, and returns an
 *       {@link io.recap.index.IndexRun} listing every file's problems;</li>
 *   <li>{@link io.recap.index.ReportIndex} reads: sessions search with filters, sorting, paging, snippets,
 *       facets and typo tolerance ({@link io.recap.index.SearchRequest} → {@link io.recap.index.SearchResult}),
 *       events listing, per-service counts, statistics, and whole reports by id.</li>
 * </ul>
 *
 * <p>Ids are stable: an event's id is its report's path (absolute, or {@code /abs/archive.zip!/entry.md} for
 * an archive entry), a session's id is {@code eventId#number}.
 *
 * <p>Errors: an index that cannot be used throws {@link io.recap.index.IndexException} with a
 * {@link io.recap.index.IndexException.Reason reason} (missing, written by another schema version, locked by
 * another writer, unreadable); a query that cannot be run throws {@link io.recap.index.InvalidQueryException}.
 * Both carry messages for people. No type of Lucene, Jackson or commonmark appears in this package's API;
 * {@code io.recap.index.internal} is not API.
 */
package io.recap.index;
