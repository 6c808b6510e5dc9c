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
 * {@link io.recap.index.ReportSearcher} is that read side as an interface: {@code ReportIndex} implements it for
 * a local index, and {@code io.recap.solr.SolrReportIndex} (artifact {@code recap-solr}) for a SolrCloud
 * collection, with the same requests and the same answers.
 *
 * <p>From a folder of reports to the sessions that mention a service:
 *
 * <pre>{@code
 * ReportParser parser = ReportParser.builder().build();          // io.recap.parser; share one parser
 * Path index = Files.createTempDirectory("recap-index");
 * IndexRun run = ArchiveIndexer.builder(index)
 *         .parser(parser)
 *         .build()
 *         .index(List.of(Path.of("examples")));                 // folders, .md files, .zip archives
 * run.problems().forEach(p -> System.err.println(p.format()));
 *
 * try (ReportIndex reports = ReportIndex.open(index)) {          // holds open files: close it
 *     SearchResult result = reports.search(SearchRequest.builder()
 *             .service("CodeDeploy")                             // any alias: "code deploy", "codedeploy"
 *             .query("pipeline")                                 // Lucene syntax; "tu duy" finds "Tư Duy"
 *             .build());
 *     for (SessionHit hit : result.hits()) {
 *         System.out.println(hit.event().title() + " — " + hit.session().title() + ": " + hit.snippet());
 *     }
 *     Report whole = reports.report(result.hits().get(0).event().id()).orElseThrow();  // as parsed
 * }
 * }</pre>
 *
 * <p>Ids are stable: an event's id is its report's path (absolute, or {@code /abs/archive.zip!/entry.md} for
 * an archive entry), a session's id is {@code eventId#number}.
 *
 * <p>Threads and resources: {@link io.recap.index.ArchiveIndexer} is immutable and holds nothing open between
 * runs; one run at a time can write an index, and another is refused at once rather than kept waiting. A
 * {@link io.recap.index.ReportIndex} is thread-safe and meant to be shared, holds the index's files open until
 * it is closed, and sees the commit it opened (or last {@link io.recap.index.ReportIndex#refresh() refreshed})
 * while runs write the next one.
 *
 * <p>Errors: an index that cannot be used throws {@link io.recap.index.IndexException} with a
 * {@link io.recap.index.IndexException.Reason reason} (missing, written by another schema version, locked by
 * another writer, unreadable); a query that cannot be run throws {@link io.recap.index.InvalidQueryException}.
 * Both carry messages for people.
 *
 * <p>This package is API and follows semantic versioning. No type of Lucene, Jackson or commonmark appears in
 * it; {@code io.recap.index.internal} is not API (the module does not export it).
 */
package io.recap.index;
