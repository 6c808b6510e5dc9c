package io.recap.model;

import java.util.Objects;

/**
 * One section of a report's outline. Sections form a flat list in document order; every non-blank line of the
 * body lies in exactly one section's {@link #lines()}. The tree is given by {@link #level()} (a section's
 * parent is the nearest earlier section of a smaller level) and {@link #parent()}.
 *
 * @param kind    what the section is about
 * @param heading the heading text, cleaned of markup, or {@code null} for the preamble
 * @param level   1–6 for headings, 7 for bold pseudo-headings, 0 for the preamble
 * @param parent  index of the parent section in {@link Report#sections()}, or -1 for a top-level section
 * @param lines   lines of the original file from the heading to the section's last line
 */
public record Section(SectionKind kind, String heading, int level, int parent, LineRange lines) {

    /**
     * Validates the fields.
     *
     * @param kind    what the section is about
     * @param heading the heading text, cleaned of markup, or {@code null} for the preamble
     * @param level   1–6 for headings, 7 for bold pseudo-headings, 0 for the preamble
     * @param parent  index of the parent section in {@link Report#sections()}, or -1 for a top-level section
     * @param lines   lines of the original file from the heading to the section's last line
     */
    public Section {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lines, "lines");
        heading = Values.optional(heading);
        if (level < 0 || level > 7) {
            throw new IllegalArgumentException("bad level " + level);
        }
        if (parent < -1) {
            throw new IllegalArgumentException("bad parent " + parent);
        }
    }
}
