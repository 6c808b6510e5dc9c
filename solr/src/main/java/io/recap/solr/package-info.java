/**
 * SolrCloud as a second back end of recap, for archives that outgrow one machine: the same reports, the same
 * queries, sharded and replicated.
 *
 * <ul>
 *   <li>{@link io.recap.solr.SolrArchiveIndexer} pushes archives into a collection, as
 *       {@link io.recap.index.ArchiveIndexer} indexes them locally (incremental, parallel, one commit), creating the
 *       collection with {@link io.recap.solr.SolrConfigset recap's configset} when it does not exist;</li>
 *   <li>{@link io.recap.solr.SolrReportIndex} is the {@link io.recap.index.ReportSearcher} of a collection: the
 *       same {@link io.recap.index.SearchRequest}s give the same sessions as from a local index of the same
 *       files.</li>
 * </ul>
 *
 * <p>recap talks to SolrCloud by URL only ({@code CloudHttp2SolrClient} built from Solr URLs; no ZooKeeper
 * client). SolrJ has no Java module name and splits packages, so recap-solr is no module: use it on the class
 * path (with recap's other jars on the class path too, since it uses {@code io.recap.index.internal}, which the
 * {@code io.recap.index} module exports to nobody).
 *
 * <p>The configset's analysis is recap's own (the factories in {@code io.recap.index.internal} that wrap the local
 * index's analysis): every Solr node needs recap-index's jar on its class path, in {@code $SOLR_HOME/lib}
 * ({@link io.recap.solr.SolrConfigset#analysisJar()}).
 *
 * <p>This package is API and follows semantic versioning; {@code io.recap.solr.internal} is not. SolrJ's types
 * do not appear in it.
 */
package io.recap.solr;
