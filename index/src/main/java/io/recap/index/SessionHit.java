package io.recap.index;

import io.recap.model.Service;
import java.util.List;
import java.util.Objects;

/**
 * One session found by a search.
 *
 * @param id       the session's stable id: {@code eventId#number}
 * @param score    relevance score (0 when sorted by date)
 * @param event    the event it belongs to
 * @param session  the session
 * @param services services the session mentions
 * @param snippet  a passage of the session with the words the query matched (or the name of a service it was
 *                 filtered by), or its first line when none matched ({@link Snippet#NONE} when it has no text)
 * @param topic    when the session was found only through a topic the query named (not by the words typed): the
 *                 topic and the name it has; else {@code null}
 * @param otherLanguages the languages of its report's other pages (its language twins), sorted; the same
 *                 session in those is not shown unless the request asks for {@link SearchRequest#allLanguages()}
 */
public record SessionHit(String id, float score, EventSummary event, SessionSummary session,
                         List<Service> services, Snippet snippet, TopicMatch topic, List<String> otherLanguages) {

    /**
     * Validates and copies.
     *
     * @param id       the session's stable id: {@code eventId#number}
     * @param score    relevance score (0 when sorted by date)
     * @param event    the event it belongs to
     * @param session  the session
     * @param services services the session mentions
     * @param snippet  a passage of the session with the words the query matched (or the name of a service it
     *                 was filtered by), or its first line when none matched ({@link Snippet#NONE} when it has no
     *                 text)
     * @param topic    when the session was found only through a topic the query named: the topic and the name
     *                 it has; else {@code null}
     * @param otherLanguages the languages of its report's other pages (its language twins), sorted
     */
    public SessionHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(session, "session");
        services = List.copyOf(services);
        Objects.requireNonNull(snippet, "snippet");
        otherLanguages = List.copyOf(otherLanguages);
    }

    /**
     * A hit found by the words typed, in a report without language twins.
     *
     * @param id       the session's stable id: {@code eventId#number}
     * @param score    relevance score (0 when sorted by date)
     * @param event    the event it belongs to
     * @param session  the session
     * @param services services the session mentions
     * @param snippet  a passage of the session with the words the query matched
     */
    public SessionHit(String id, float score, EventSummary event, SessionSummary session, List<Service> services,
                      Snippet snippet) {
        this(id, score, event, session, services, snippet, null, List.of());
    }
}
