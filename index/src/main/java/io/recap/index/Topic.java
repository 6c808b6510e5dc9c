package io.recap.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A cloud or software topic of the {@link TopicGlossary}: the names people write for it in English and in
 * Vietnamese, close terms, and the services whose mention makes a session about it. Names and terms are as the
 * glossary writes them, without its marks.
 *
 * @param id              stable lower-case id ({@code observability})
 * @param category        its group ({@code operations}, {@code security}, {@code ai}…)
 * @param names           English names, the display name first ({@code observability})
 * @param vietnameseNames Vietnamese names, the display name first ({@code khả năng quan sát}); empty when the
 *                        glossary says why ({@link #note})
 * @param closeTerms      close English terms, found when the topic is searched but not expanding to it when typed
 * @param closeVietnamese close Vietnamese terms, the same way
 * @param services        ids of catalog services whose mention makes a session about the topic
 * @param note            the glossary's note on the topic, or {@code ""}
 */
public record Topic(String id, String category, List<String> names, List<String> vietnameseNames,
                    List<String> closeTerms, List<String> closeVietnamese, List<String> services, String note) {

    /**
     * Validates and copies.
     *
     * @param id              stable lower-case id ({@code observability})
     * @param category        its group ({@code operations}, {@code security}, {@code ai}…)
     * @param names           English names, the display name first ({@code observability})
     * @param vietnameseNames Vietnamese names, the display name first ({@code khả năng quan sát}); empty when the
     *                        glossary says why ({@link #note})
     * @param closeTerms      close English terms, found when the topic is searched but not expanding to it when
     *                        typed
     * @param closeVietnamese close Vietnamese terms, the same way
     * @param services        ids of catalog services whose mention makes a session about the topic
     * @param note            the glossary's note on the topic, or {@code ""}
     */
    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("topic " + id + " has no English name");
        }
        vietnameseNames = List.copyOf(vietnameseNames);
        closeTerms = List.copyOf(closeTerms);
        closeVietnamese = List.copyOf(closeVietnamese);
        services = List.copyOf(services);
        note = note == null ? "" : note;
    }

    /**
     * The English display name.
     *
     * @return the first English name
     */
    public String name() {
        return names.get(0);
    }

    /**
     * The Vietnamese display name, or {@code null} when the topic has none.
     *
     * @return the first Vietnamese name, or {@code null}
     */
    public String vietnameseName() {
        return vietnameseNames.isEmpty() ? null : vietnameseNames.get(0);
    }

    /**
     * Every name and close term, English first.
     *
     * @return the names, the Vietnamese names, the close terms and the close Vietnamese terms
     */
    public List<String> allTerms() {
        List<String> out = new ArrayList<>(names);
        out.addAll(vietnameseNames);
        out.addAll(closeTerms);
        out.addAll(closeVietnamese);
        return out;
    }
}
