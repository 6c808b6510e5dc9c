package io.recap.index.internal;

import io.recap.index.EventGroup;
import io.recap.index.EventGroupHit;
import io.recap.index.EventGroupResult;
import io.recap.index.EventHit;
import io.recap.index.EventResult;
import io.recap.index.EventSummary;
import io.recap.index.GroupedReport;
import io.recap.index.SearchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists events as real events: the reports {@link EventSearch} finds for a request, grouped by the event they
 * recap ({@link EventGrouper}), each event once, ordered by its best report. Thread-safe.
 */
public final class EventGroupSearch {

    private final EventSearch events;

    /**
     * Groups what {@code events} finds.
     *
     * @param events lists the reports
     */
    public EventGroupSearch(EventSearch events) {
        this.events = events;
    }

    /**
     * The events with a report matching {@code r}, a page of them.
     *
     * @param s the index
     * @param r the request; its offset and limit count events
     * @return the page
     * @throws IOException when the index cannot be read
     */
    public EventGroupResult search(IndexSnapshot s, SearchRequest r) throws IOException {
        EventResult all = events.search(s, r.toBuilder().offset(0).limit(Integer.MAX_VALUE).build());
        EventGrouper.Grouping grouping = s.events().grouping();
        Map<String, Hit> found = new LinkedHashMap<>();
        for (EventHit h : all.events()) {
            EventGroup g = grouping.byReport().get(h.event().id());
            if (g == null) {
                g = alone(h.event()); // a section index page, asked for: no event of its own
            }
            Hit hit = found.computeIfAbsent(g.id(), k -> new Hit());
            hit.group = g;
            // a report's twins tell the same sessions: the twin that matches most counts
            hit.sessions.merge(IndexSnapshot.twinKey(h.event().path(), h.event().id()), h.matchingSessions(),
                    Math::max);
            hit.score = Math.max(hit.score, h.score());
        }
        List<Hit> ordered = new ArrayList<>(found.values());
        List<EventGroupHit> page = new ArrayList<>();
        for (int i = r.offset(); i < ordered.size() && i < (long) r.offset() + r.limit(); i++) {
            Hit h = ordered.get(i);
            int sessions = h.sessions.values().stream().mapToInt(Integer::intValue).sum();
            page.add(new EventGroupHit(h.group, h.sessions.size(), sessions, h.score));
        }
        return new EventGroupResult(ordered.size(), r.offset(), page, all.fuzzy());
    }

    /**
     * The event with this id, or the event of the report with this id or path (or of a session {@code id#n}).
     *
     * @param s  the index
     * @param id an event id, a report id, a session id or a report's path
     * @return the event, or empty
     * @throws IOException when the index cannot be read
     */
    public Optional<EventGroup> find(IndexSnapshot s, String id) throws IOException {
        EventGrouper.Grouping grouping = s.events().grouping();
        List<String> tries = new ArrayList<>(List.of(id));
        tries.addAll(Filters.ids(id));
        int hash = id.lastIndexOf('#');
        if (hash > 0 && id.substring(hash + 1).matches("\\d+")) {
            tries.addAll(Filters.ids(id.substring(0, hash)));
        }
        for (String t : tries) {
            EventGroup g = grouping.find(t);
            if (g != null) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /**
     * Every event of the index, newest first.
     *
     * @param s the index
     * @return the events
     * @throws IOException when the index cannot be read
     */
    public List<EventGroup> all(IndexSnapshot s) throws IOException {
        return s.events().grouping().events();
    }

    private static EventGroup alone(EventSummary e) {
        return new EventGroup(e.id(), e.title(), e.date(), e.location(),
                e.language() == null ? List.of() : List.of(e.language()), 1,
                List.of(new GroupedReport(e, GroupedReport.Reason.FIRST, null, "")), List.of());
    }

    /** One event's matching reports. */
    private static final class Hit {
        EventGroup group;
        /** By report (twin key), its matching sessions. */
        final Map<String, Integer> sessions = new java.util.HashMap<>();
        float score;
    }
}
