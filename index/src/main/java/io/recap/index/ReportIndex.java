package io.recap.index;

import io.recap.index.internal.EventGroupSearch;
import io.recap.index.internal.EventSearch;
import io.recap.index.internal.IndexCheck;
import io.recap.index.internal.IndexDamage;
import io.recap.index.internal.IndexSnapshot;
import io.recap.index.internal.Overview;
import io.recap.index.internal.SessionSearch;
import io.recap.index.internal.Snapshots;
import io.recap.model.Report;
import io.recap.parser.ServiceCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A recap index opened for reading: sessions search ({@link #search}), events listing ({@link #events}),
 * per-service counts ({@link #services}), statistics ({@link #stats}) and whole reports by id
 * ({@link #report}): the {@link ReportSearcher} of a local index.
 *
 * <p>It sees the index as of the last commit when it was opened (or last {@link #refresh() refreshed}), also
 * while another process re-indexes: an index run never shows half its changes.
 *
 * <pre>{@code
 * ArchiveIndexer.builder(Path.of("index")).build().index(List.of(Path.of("reports")));
 * try (ReportIndex index = ReportIndex.open(Path.of("index"))) {
 *     SearchResult r = index.search(SearchRequest.builder()
 *             .query("tu duy").service("CodeDeploy").since(LocalDate.of(2025, 1, 1)).facets(true).build());
 *     r.hits().forEach(h -> System.out.println(h.event().title() + " — " + h.session().title()));
 *     r.facets().services().forEach(f -> System.out.println(f.label() + " " + f.count()));
 * }
 * }</pre>
 *
 * <p><b>Threads and resources</b>: thread-safe; open one instance and share it between threads, which may
 * search at the same time. It holds the index's files open until {@link #close() closed}: use
 * try-with-resources, or close it when the application stops. Opening and closing it any number of times
 * leaves no file open. A closed index throws {@link IllegalStateException} when asked anything; closing it
 * again does nothing.
 */
public final class ReportIndex implements ReportSearcher {

    private final Path location;
    private final Directory directory;
    private final SearcherManager searchers;
    private final SessionSearch sessionSearch;
    private final EventSearch eventSearch;
    private final EventGroupSearch eventGroupSearch;
    private final Overview overview;

    private ReportIndex(Path location, Directory directory, SearcherManager searchers, ServiceCatalog catalog) {
        this.location = location;
        this.directory = directory;
        this.searchers = searchers;
        this.sessionSearch = new SessionSearch(catalog);
        this.eventSearch = new EventSearch(sessionSearch);
        this.eventGroupSearch = new EventGroupSearch(eventSearch);
        this.overview = new Overview(sessionSearch);
    }

    /**
     * Opens the index at {@code location}, resolving service names with the built-in catalog.
     *
     * @param location the index directory
     * @return the open index; close it
     * @throws IndexException as {@link #open(Path, ServiceCatalog)} does
     */
    public static ReportIndex open(Path location) throws IndexException {
        return open(location, ServiceCatalog.builtIn());
    }

    /**
     * Opens the index at {@code location}, resolving service names with {@code catalog}.
     *
     * @param location the index directory
     * @param catalog  resolves the service names of requests (use the catalog the index was built with)
     * @return the open index; close it
     * @throws IndexException MISSING when there is no index there (yet), INCOMPATIBLE when it was written with
     *                        another schema version, DAMAGED when its files are damaged (rebuild it with
     *                        {@code recap index --full} in either case), UNREADABLE when it cannot be read
     */
    public static ReportIndex open(Path location, ServiceCatalog catalog) throws IndexException {
        Objects.requireNonNull(catalog, "catalog");
        Path where = location.toAbsolutePath().normalize();
        if (!Files.isDirectory(where)) {
            throw missing(where);
        }
        Directory dir = null;
        try {
            dir = FSDirectory.open(where);
            if (!DirectoryReader.indexExists(dir)) {
                throw IndexDamage.hasSegmentFiles(dir) ? IndexDamage.noCommit(where) : missing(where);
            }
            SearcherManager searchers = new SearcherManager(dir, new Snapshots(where));
            return new ReportIndex(where, dir, searchers, catalog);
        } catch (IndexException e) {
            closeQuietly(dir, e);
            throw e;
        } catch (IndexNotFoundException e) {
            closeQuietly(dir, e);
            throw missing(where);
        } catch (IOException | RuntimeException e) {
            closeQuietly(dir, e);
            throw IndexDamage.diagnose(where, e);
        }
    }

    /**
     * Checks the files of the index at {@code location} with Lucene's {@code CheckIndex}: every segment's
     * checksums, postings, stored fields, doc values and points, and the schema version. Reads every byte of
     * the index, so it takes about as long as reading the index from disk; changes nothing. A damaged index is
     * rebuilt by a full run ({@link ArchiveIndexer.Builder#full}, {@code recap index --full}).
     *
     * @param location the index directory
     * @return what the check found
     * @throws IndexException MISSING when there is no index there, LOCKED while another process writes it,
     *                        UNREADABLE when the folder is not a recap index or cannot be read
     */
    public static IndexHealth check(Path location) throws IndexException {
        return IndexCheck.run(location.toAbsolutePath().normalize());
    }

    private static IndexException missing(Path where) {
        return new IndexException(IndexException.Reason.MISSING, where, "no index at " + where, null);
    }

    private static void closeQuietly(Directory dir, Exception cause) {
        if (dir != null) {
            try {
                dir.close();
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /**
     * Where the index lives.
     *
     * @return the absolute, normalised index directory
     */
    public Path location() {
        return location;
    }

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
    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        return withSnapshot(s -> sessionSearch.search(s, request));
    }

    /**
     * Lists events (section index pages only when the request asks for them): those passing the date, year,
     * language and event filters, whose report mentions each requested service anywhere (in a session or
     * elsewhere), and, when the request has query text, a part or a speaker, with a session matching those;
     * with how many of their sessions {@link #search} finds for the same request. Events without sessions are
     * listed too when nothing asks for sessions. Paged and sorted like {@link #search}.
     *
     * @param request what to list
     * @return one page of events
     * @throws InvalidQueryException when the query has a syntax error or names an unknown field or service
     * @throws IOException           when the index cannot be read
     */
    @Override
    public EventResult events(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        return withSnapshot(s -> eventSearch.search(s, request));
    }

    /**
     * Lists real events, each once with every report that recaps it (language twins, other authors; see
     * {@link EventGroup} for how reports are grouped and why): the events of which {@link #events} finds at least
     * one report for {@code request}, in the order of their best report, with how many of their reports and
     * sessions match. The request's offset and limit count events. The grouping is computed from what each report's
     * documents hold, once per commit of the index, so it always reflects the whole archive as indexed, also after
     * an incremental run.
     *
     * <pre>{@code
     * for (EventGroupHit h : index.eventGroups(SearchRequest.builder().year(2025).limit(100).build()).events()) {
     *     EventGroup e = h.event();
     *     System.out.println(e.date() + " " + e.title() + ": " + e.reports() + " reports " + e.languages());
     * }
     * }</pre>
     *
     * @param request what to list
     * @return one page of events
     * @throws InvalidQueryException when the query has a syntax error or names an unknown field or service
     * @throws IOException           when the index cannot be read
     */
    public EventGroupResult eventGroups(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        return withSnapshot(s -> eventGroupSearch.search(s, request));
    }

    /**
     * One real event and its reports.
     *
     * @param id an event id ({@link EventGroup#id()}), or the id or path of one of its reports, or a session id
     * @return the event, or empty when the index has no such event or report
     * @throws IOException when the index cannot be read
     */
    public Optional<EventGroup> eventGroup(String id) throws IOException {
        Objects.requireNonNull(id, "id");
        return withSnapshot(s -> eventGroupSearch.find(s, id));
    }

    /**
     * The reports the sessions matching {@code request} belong to (a session its twins tell too: the twin {@link
     * #search} shows, unless the request asks for every twin), as paths, each once, best first (newest first
     * without query text); the request's offset and limit count reports. No stored field is read and no snippet
     * made: for listings of files ({@code recap search --format paths}). Facets are not counted.
     *
     * @param request what to find, and which page of reports
     * @return the paths, the total and whether typo tolerance found them
     * @throws InvalidQueryException when the query has a syntax error or names an unknown field or service
     * @throws IOException           when the index cannot be read
     */
    @Override
    public PathResult paths(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        return withSnapshot(s -> sessionSearch.paths(s, request));
    }

    /**
     * Every service the index's events mention, with how many sessions mention it and how many events mention it
     * anywhere (section index pages are no events); most sessions first. The same as {@link
     * #services(SearchRequest)} with an empty request.
     *
     * @return the services
     * @throws IOException when the index cannot be read
     */
    @Override
    public List<ServiceUsage> services() throws IOException {
        return services(SearchRequest.builder().build());
    }

    /**
     * Per service, how many sessions {@link #search} finds for {@code request} with the service added as a
     * filter (a session told in several language twins once, unless the request asks for every twin), and how many
     * events {@link #eventGroups} finds so (the reports of one event once); most sessions first. The query and filters apply as
     * there (with the typo-tolerant retry); offset, limit, sort and facets are ignored. One pass over the
     * matching sessions and events, however many services they mention.
     *
     * @param request which sessions to count
     * @return the services the matching sessions mention
     * @throws InvalidQueryException when the query has a syntax error or names an unknown field or service
     * @throws IOException           when the index cannot be read
     */
    @Override
    public List<ServiceUsage> services(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        return withSnapshot(s -> sessionSearch.services(s, request, eventSearch));
    }

    /**
     * Per topic of the {@link TopicGlossary}, how many sessions {@link #search} finds for {@code request} with the
     * topic added as a filter ({@link SearchRequest.Builder#topic}), and how many events {@link #events} finds so;
     * most sessions first, topics no matching session has left out. Counted as {@link #services(SearchRequest)}
     * counts services.
     *
     * @param request which sessions to count
     * @return the topics the matching sessions are tagged with
     * @throws InvalidQueryException when the query has a syntax error or names an unknown field, service or topic
     * @throws IOException           when the index cannot be read
     */
    @Override
    public List<TopicUsage> topics(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        return withSnapshot(s -> sessionSearch.topics(s, request, eventSearch));
    }

    /**
     * What the index holds: reports, sessions, services, schema version, time of the last commit.
     *
     * @return the statistics
     * @throws IOException when the index cannot be read
     */
    @Override
    public IndexStats stats() throws IOException {
        return withSnapshot(s -> overview.stats(s, location.toString()));
    }

    /**
     * The whole report of an event, as parsed when it was indexed (no need for the source file).
     *
     * @param id an event id, a session id ({@code eventId#number}), or a path naming the report's file
     *           (relative paths are resolved against the working directory)
     * @return the report, or empty when the index has no such event
     * @throws IOException when the index cannot be read
     */
    @Override
    public Optional<Report> report(String id) throws IOException {
        Objects.requireNonNull(id, "id");
        return withSnapshot(s -> overview.report(s, id));
    }

    /**
     * Makes later calls see the index's latest commit.
     *
     * @return whether there was a newer commit
     * @throws IndexException INCOMPATIBLE when the index was rebuilt with another schema version (this instance
     *                        keeps its old view)
     */
    public boolean refresh() throws IOException {
        if (searchers.isSearcherCurrent()) {
            return false;
        }
        try {
            searchers.maybeRefreshBlocking();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return true;
    }

    private interface Work<T> {
        T run(IndexSnapshot s) throws IOException;
    }

    private <T> T withSnapshot(Work<T> work) throws IOException {
        IndexSnapshot s = (IndexSnapshot) searchers.acquire();
        try {
            return work.run(s);
        } catch (UncheckedIOException e) {
            throw readFailure(e.getCause());
        } catch (IndexException | InvalidQueryException e) {
            throw e;
        } catch (IOException e) {
            throw readFailure(e);
        } finally {
            searchers.release(s);
        }
    }

    /** A file of the index that turns out damaged while it is read says so (and how to repair it). */
    private IOException readFailure(IOException e) {
        IndexException diagnosed = IndexDamage.diagnose(location, e);
        return diagnosed.reason() == IndexException.Reason.UNREADABLE ? e : diagnosed;
    }

    /** Closes the index's files; searches still running finish first. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            directory.close();
        }
    }
}
