package io.recap.index;

import io.recap.model.Report;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The read side of a recap index, whatever holds it: sessions search ({@link #search}), events listing
 * ({@link #events}), per-service counts ({@link #services()}), statistics ({@link #stats}) and whole reports by
 * id ({@link #report}). {@link ReportIndex} reads a local Lucene index; {@code io.recap.solr.SolrReportIndex}
 * (artifact {@code recap-solr}) a SolrCloud collection. Both take the same {@link SearchRequest}s and give the
 * same answers for the same reports (sessions, totals, snippets, facets, counts; scores too, but that on a
 * collection of several shards a word looked up in several spellings may score a little otherwise), so a program
 * (the command line, a web page) switches between them by opening another one, not with other code:
 *
 * <pre>{@code
 * try (ReportSearcher reports = ReportIndex.open(Path.of("index"))) {   // or SolrReportIndex.open(target)
 *     SearchResult page = reports.search(SearchRequest.builder().query("lambda OR fargate").limit(10).build());
 *     EventResult events = reports.events(SearchRequest.builder().service("CodeDeploy").build());
 * }
 * }</pre>
 *
 * <p>Queries use recap's query syntax ({@link SearchRequest#query()}); a request's errors are
 * {@link InvalidQueryException}s (a usage error, with a message for people), an index that cannot be read an
 * {@link IOException} ({@link IndexException} with its reason where recap knows it: missing, unreachable,
 * incompatible).
 *
 * <p><b>Threads and resources</b>: implementations are thread-safe and meant to be shared; they hold files or
 * connections open until {@link #close() closed}. A closed one throws {@link IllegalStateException} when asked
 * anything; closing it again does nothing.
 */
public interface ReportSearcher extends AutoCloseable {

    /**
     * Finds sessions: one page of hits with snippets, the total, and facet counts when asked for. When the
     * query as typed finds nothing, words of five or more letters are retried as similar words
     * ({@link SearchResult#fuzzy()} says so).
     *
     * @param request what to search for
     * @return one page of hits
     * @throws InvalidQueryException when the query has a syntax error or names an unknown field or service
     * @throws IOException           when the index cannot be read
     */
    SearchResult search(SearchRequest request) throws IOException;

    /**
     * Lists events (section index pages only when the request asks for them): those passing the date, year,
     * language and event filters, whose report mentions each requested service anywhere (in a session or
     * elsewhere), and, when the request has query text, a part or a speaker, with a session matching those;
     * with how many of their sessions {@link #search} finds for the same request. Events without sessions are
     * listed too when nothing asks for sessions. Paged and sorted like {@link #search}: by relevance, an event
     * ranks as its best session.
     *
     * @param request what to list
     * @return one page of events
     * @throws InvalidQueryException when the query has a syntax error or names an unknown field or service
     * @throws IOException           when the index cannot be read
     */
    EventResult events(SearchRequest request) throws IOException;

    /**
     * The files of the reports the sessions matching {@code request} belong to, each once (a page that recaps
     * several events, once), best first (newest first without query text); the request's offset and limit count
     * files. No snippet is made: for listings of files ({@code recap search --format paths}). Facets are not
     * counted.
     *
     * @param request what to find, and which page of files
     * @return the paths, the totals and whether typo tolerance found them
     * @throws InvalidQueryException when the query has a syntax error or names an unknown field or service
     * @throws IOException           when the index cannot be read
     */
    PathResult paths(SearchRequest request) throws IOException;

    /**
     * Every service the index's events mention, with how many sessions mention it and how many events mention it
     * anywhere (section index pages are no events); most sessions first. The same as {@link
     * #services(SearchRequest)} with an empty request.
     *
     * @return the services
     * @throws IOException when the index cannot be read
     */
    List<ServiceUsage> services() throws IOException;

    /**
     * Per service, how many sessions {@link #search} finds for {@code request} with the service added as a
     * filter, and how many events {@link #events} finds so; most sessions first. The query and filters apply as
     * there (with the typo-tolerant retry); offset, limit, sort and facets are ignored.
     *
     * @param request which sessions to count
     * @return the services the matching sessions mention
     * @throws InvalidQueryException when the query has a syntax error or names an unknown field or service
     * @throws IOException           when the index cannot be read
     */
    List<ServiceUsage> services(SearchRequest request) throws IOException;

    /**
     * Per topic of the built-in {@link TopicGlossary}, how many sessions {@link #search} finds for {@code request}
     * with the topic added as a filter, and how many events {@link #events} finds so; most sessions first, topics
     * no matching session is tagged with left out. Counted as {@link #services(SearchRequest)} counts services.
     *
     * @param request which sessions to count
     * @return the topics the matching sessions are tagged with
     * @throws InvalidQueryException when the query has a syntax error or names an unknown field, service or topic
     * @throws IOException           when the index cannot be read
     */
    List<TopicUsage> topics(SearchRequest request) throws IOException;

    /**
     * What the index holds: reports (section index pages counted apart), sessions, services, schema version, time
     * of the last commit.
     *
     * @return the statistics
     * @throws IOException when the index cannot be read
     */
    IndexStats stats() throws IOException;

    /**
     * The whole report of an event, as parsed when it was indexed (no need for the source file).
     *
     * @param id an event id, a session id ({@code eventId#number}), or a path naming the report's file
     *           (relative paths are resolved against the working directory)
     * @return the report, or empty when the index has no such event
     * @throws IOException when the index cannot be read
     */
    Optional<Report> report(String id) throws IOException;

    /**
     * Releases the files or connections it holds.
     *
     * @throws IOException when they cannot be released cleanly
     */
    @Override
    void close() throws IOException;
}
