package io.recap.index;

import java.util.Objects;

/**
 * One report (one page: each language twin is a page of its own) of an {@link EventGroup}, with why it belongs
 * to the event: the report it is linked to and the evidence.
 *
 * @param report   the report
 * @param reason   why it is part of the event
 * @param linkedTo the id of the report it was linked to, or {@code null} for the event's first report
 * @param why      the evidence in words ("same name and date", "same date; 2 speakers in common: …"), or "" for the
 *                 first report
 */
public record GroupedReport(EventSummary report, Reason reason, String linkedTo, String why) {

    /** Why a report is part of an event. */
    public enum Reason {
        /** The event's first report: the others are linked to it, directly or through each other. */
        FIRST,
        /** A page of the same report in another language (the same path but for the language). */
        TWIN,
        /** The same event name (once normalised) and the same date. */
        NAME_AND_DATE,
        /** The same date, and a programme in common (speakers, services, session titles), under another name. */
        PROGRAMME_AND_DATE,
        /** No date, and a name and programme that leave no doubt (no other event fits). */
        NAME_AND_PROGRAMME
    }

    /**
     * Validates the fields.
     *
     * @param report   the report
     * @param reason   why it is part of the event
     * @param linkedTo the id of the report it was linked to, or {@code null} for the event's first report
     * @param why      the evidence in words, or "" for the first report
     */
    public GroupedReport {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(why, "why");
    }
}
