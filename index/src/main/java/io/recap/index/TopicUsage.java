package io.recap.index;

import java.util.Objects;

/**
 * How much of the index is about one topic.
 *
 * @param topic    the topic
 * @param sessions sessions tagged with it (as many as {@link ReportIndex#search} finds with the topic as a filter)
 * @param events   events with a session tagged with it (as many as {@link ReportIndex#events} finds with the
 *                 topic as a filter)
 */
public record TopicUsage(Topic topic, long sessions, long events) {

    /**
     * Validates the fields.
     *
     * @param topic    the topic
     * @param sessions sessions tagged with it
     * @param events   events with a session tagged with it
     */
    public TopicUsage {
        Objects.requireNonNull(topic, "topic");
    }
}
