package io.recap.index;

import java.util.Objects;

/**
 * Why a session was found through a topic rather than by the words typed: the other name (or service) of the
 * topic it has.
 *
 * @param topic         the topic whose name the query typed
 * @param matched       the name, close term or service name the session has
 * @param language      the language of {@code matched}: {@code en}, {@code vi}, or {@code null} when it is the
 *                      same in both languages or a service
 * @param otherLanguage whether {@code matched} is in the other language than the name typed ("bảo mật" found
 *                      "security")
 */
public record TopicMatch(Topic topic, String matched, String language, boolean otherLanguage) {

    /**
     * Validates.
     *
     * @param topic         the topic whose name the query typed
     * @param matched       the name, close term or service name the session has
     * @param language      the language of {@code matched}, or {@code null}
     * @param otherLanguage whether {@code matched} is in the other language than the name typed
     */
    public TopicMatch {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(matched, "matched");
    }
}
