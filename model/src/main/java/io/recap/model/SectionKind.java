package io.recap.model;

import java.util.Locale;

/** What a section of a report is about, recognised from its heading or bold lead-in. */
public enum SectionKind {
    /** Text before the first heading, and the heading that names the event. */
    PREAMBLE,
    /** Event information: date, time, place, audience, organisers. */
    OVERVIEW,
    /** The event's objectives or purpose. */
    OBJECTIVES,
    /** The speakers. */
    SPEAKERS,
    /** The agenda or main content: the container of sessions. */
    AGENDA,
    /** One session of the programme. */
    SESSION,
    /** Highlights: what stood out. */
    HIGHLIGHTS,
    /** What the author learned. */
    TAKEAWAYS,
    /** How the author will apply it to work. */
    APPLYING,
    /** The author's experience of the event. */
    EXPERIENCE,
    /** Next steps. */
    NEXT_STEPS,
    /** Photos. */
    GALLERY,
    /** A conclusion or summary. */
    CONCLUSION,
    /** Anything not recognised: kept, never dropped. */
    OTHER;

    /**
     * The lower-case, hyphenated name used in JSON.
     *
     * @return the label, such as {@code next-steps}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The kind with this label, exactly as {@link #label()} writes it.
     *
     * @param label a label such as {@code next-steps}
     * @return the kind, or {@code null} when {@code label} names none
     */
    public static SectionKind fromLabel(String label) {
        for (SectionKind k : values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        return null;
    }
}
