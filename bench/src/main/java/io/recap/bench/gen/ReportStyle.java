package io.recap.bench.gen;

/**
 * How an author lays out a report: the shapes real archives have, one choice per aspect. The English and
 * Vietnamese pages of one event share their style, as translations do.
 *
 * @param titleVariant  which "Summary Report: “X”"-like title line
 * @param titleLevel    heading level of the title line (1–4)
 * @param sectionLevel  heading level of the sections (2 or 3)
 * @param info          how the date, time and place are given
 * @param speakers      how speakers are listed
 * @param sessions      how the agenda's sessions are written
 * @param emoji         emoji in section headings and labels
 * @param inlineSpeaker a speaker line inside each session
 * @param rules         {@code ---} rules between sections
 * @param bullet        the list bullet, {@code -} or {@code *}
 * @param photos        number of photos
 * @param shortcodes    photos as Hugo shortcodes instead of Markdown images
 * @param notice        a {@code notice} shortcode at the top
 */
public record ReportStyle(int titleVariant, int titleLevel, int sectionLevel, InfoStyle info,
                          SpeakerStyle speakers, SessionStyle sessions, boolean emoji, boolean inlineSpeaker,
                          boolean rules, char bullet, int photos, boolean shortcodes, boolean notice) {

    /** How the date, time and place are given. */
    public enum InfoStyle {
        /** {@code - **Date:** v}. */
        LIST_BOLD,
        /** {@code **Date:** v} paragraphs with trailing two-space breaks. */
        PARAGRAPH_BOLD,
        /** {@code &emsp;**Date:** v} lines. */
        EMSP,
        /** A two-column table with bold labels. */
        TABLE,
        /** {@code - **Date**: v}, the colon outside the bold. */
        LIST_COLON_OUTSIDE,
        /** One line of emoji-led fields joined by {@code |}. */
        EMOJI_ONE_LINE,
        /** A block quote of {@code > **Date:** v <br>} lines. */
        QUOTE
    }

    /** How speakers are listed. */
    public enum SpeakerStyle {
        /** {@code - **Name** – Role, Org}. */
        BOLD_DASH,
        /** {@code - **Name** - Role}. */
        BOLD_HYPHEN,
        /** {@code - **Name**: Role, Org}. */
        BOLD_COLON,
        /** {@code | **Name** | Role | Org |}. */
        TABLE,
        /** {@code - Name – Role}. */
        PLAIN_DASH
    }

    /** How the agenda's sessions are written. */
    public enum SessionStyle {
        /** {@code ### 1. Title}. */
        NUMBERED_HEADINGS,
        /** {@code ### Title}. */
        HEADINGS,
        /** {@code ### 08:30 - 09:00: Title}. */
        TIME_HEADINGS,
        /** An agenda table with a time, a title and details per row. */
        TABLE,
        /** {@code - **Title**: text} list items with nested points. */
        BOLD_ITEMS,
        /** Morning/afternoon headings with numbered sub-headings. */
        PARTS,
        /** {@code ### Session 1: Title} / {@code ### Phiên 1: Title}. */
        SESSION_N,
        /** {@code **8:30 – 9:00 AM** | Title} paragraphs. */
        BOLD_TIME_LINES
    }
}
