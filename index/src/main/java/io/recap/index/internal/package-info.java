/**
 * The index's implementation: schema, analysis, documents, query parsing, searches and the indexing pipeline.
 * Not API: its types may change in any release. Use {@link io.recap.index.ArchiveIndexer} and
 * {@link io.recap.index.ReportIndex}.
 */
package io.recap.index.internal;
