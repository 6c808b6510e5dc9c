package io.recap.cli;

import io.recap.model.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts, per service, the sessions and the distinct events that mention it, from the sessions of a search.
 * (A stand-in until the index library offers service facets: it needs every matching session.)
 */
final class ServiceTally {

    /**
     * One service's counts.
     *
     * @param service  the service
     * @param sessions sessions that mention it
     * @param events   distinct events with such a session
     */
    record Count(Service service, int sessions, int events) {
    }

    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, Integer> sessions = new LinkedHashMap<>();
    private final Map<String, Set<String>> events = new LinkedHashMap<>();

    /** Counts one session of event {@code eventId} that mentions {@code mentioned}. */
    void add(String eventId, List<Service> mentioned) {
        for (Service s : mentioned) {
            services.putIfAbsent(s.id(), s);
            sessions.merge(s.id(), 1, Integer::sum);
            events.computeIfAbsent(s.id(), k -> new HashSet<>()).add(eventId);
        }
    }

    /** The counts, most sessions first, then most events, then by name. */
    List<Count> counts() {
        List<Count> out = new ArrayList<>();
        services.forEach((id, s) -> out.add(new Count(s, sessions.get(id), events.get(id).size())));
        out.sort(Comparator.comparingInt(Count::sessions).reversed()
                .thenComparing(Comparator.comparingInt(Count::events).reversed())
                .thenComparing(c -> c.service().shortName().toLowerCase(java.util.Locale.ROOT)));
        return out;
    }
}
