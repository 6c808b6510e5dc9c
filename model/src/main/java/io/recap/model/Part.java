package io.recap.model;

import java.util.Locale;

/** The part of the day a session belongs to. */
public enum Part {
    /** Before noon, or under a "Morning" / "Phiên Sáng" heading. */
    MORNING,
    /** After noon, or under an "Afternoon" / "Phiên Chiều" heading. */
    AFTERNOON,
    /** After 18:00, or under an "Evening" / "Buổi tối" heading. */
    EVENING;

    /**
     * The lower-case name used in JSON, queries and output.
     *
     * @return {@code morning}, {@code afternoon} or {@code evening}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The part with this label, ignoring case and surrounding spaces.
     *
     * @param label a label such as {@code morning}, or {@code null}
     * @return the part, or {@code null} when {@code label} names none
     */
    public static Part fromLabel(String label) {
        if (label == null) {
            return null;
        }
        for (Part p : values()) {
            if (p.label().equalsIgnoreCase(label.trim())) {
                return p;
            }
        }
        return null;
    }
}
