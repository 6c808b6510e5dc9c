package io.recap.index;

import java.util.List;
import java.util.Objects;

/**
 * Words of a query that name a topic, and what the search added for them: the topic's other names and close terms
 * (both languages, unless the request keeps to one), each matched as written, a name of several words as a phrase.
 * Sessions found only through them rank below those with the words as typed. (The topic's services tag sessions
 * with the topic but do not expand queries: a service named in passing is no sign of what a session is about.)
 *
 * @param typed    the query's words that name the topic, as typed
 * @param topic    the topic
 * @param language the language of the name typed: {@code en}, {@code vi}, or {@code null} when the name is the
 *                 same in both ("DevOps")
 * @param added    the names and close terms searched besides what was typed
 */
public record TopicExpansion(String typed, Topic topic, String language, List<String> added) {

    /**
     * Validates and copies.
     *
     * @param typed    the query's words that name the topic, as typed
     * @param topic    the topic
     * @param language the language of the name typed: {@code en}, {@code vi}, or {@code null} when the name is
     *                 the same in both
     * @param added    the names and close terms searched besides what was typed
     */
    public TopicExpansion {
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(topic, "topic");
        added = List.copyOf(added);
    }
}
