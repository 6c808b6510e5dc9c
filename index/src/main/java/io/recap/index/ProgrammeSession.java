package io.recap.index;

import java.util.List;
import java.util.Objects;

/**
 * One session of an event's programme as its reports tell it: the same talk told by several reports (and by each
 * language twin of a report) is one programme session.
 *
 * @param title    its title, as the first report that tells it writes it
 * @param reports  how many reports mention it (the language twins of a report count once)
 * @param sessions the ids of the sessions of the reports that tell it ({@code reportId#number})
 */
public record ProgrammeSession(String title, int reports, List<String> sessions) {

    /**
     * Validates and copies.
     *
     * @param title    its title
     * @param reports  how many reports mention it
     * @param sessions the ids of the sessions that tell it
     */
    public ProgrammeSession {
        Objects.requireNonNull(title, "title");
        sessions = List.copyOf(sessions);
    }
}
