package io.recap.web.internal;

import io.recap.index.EventResult;
import io.recap.index.IndexStats;
import io.recap.index.ReportIndex;
import io.recap.index.SearchRequest;
import io.recap.index.SearchResult;
import io.recap.index.ServiceUsage;
import io.recap.model.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the server asks of the index, in one place: the reads of the API and of the warm-up (search, events,
 * services, stats, one report) and what {@link Freshness} needs to follow the index's commits (its folder, and
 * reopening at the latest commit). No other class of the web module calls the index: serving another back end
 * (the read-side interface of issue 15, a SolrCloud collection) changes this class, and the builder that makes it.
 */
public final class ServedIndex {

    private final ReportIndex index;

    /** The reads of {@code index}, which stays open (and owned by the caller) while it is served. */
    public ServedIndex(ReportIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** One page of sessions: {@link ReportIndex#search}. */
    public SearchResult search(SearchRequest request) throws IOException {
        return index.search(request);
    }

    /** One page of events: {@link ReportIndex#events}. */
    public EventResult events(SearchRequest request) throws IOException {
        return index.events(request);
    }

    /** Services by the sessions and events that mention them: {@link ReportIndex#services(SearchRequest)}. */
    public List<ServiceUsage> services(SearchRequest request) throws IOException {
        return index.services(request);
    }

    /** What the index holds: {@link ReportIndex#stats}. */
    public IndexStats stats() throws IOException {
        return index.stats();
    }

    /** The whole report of an event, by its id, a session's id or its path: {@link ReportIndex#report}. */
    public Optional<Report> report(String id) throws IOException {
        return index.report(id);
    }

    /** Moves to the index's latest commit; whether there was a newer one: {@link ReportIndex#refresh}. */
    public boolean refresh() throws IOException {
        return index.refresh();
    }

    /** The index's folder, whose modification time says a commit may have happened ({@code null}: none). */
    public Path folder() {
        return index.location();
    }
}
