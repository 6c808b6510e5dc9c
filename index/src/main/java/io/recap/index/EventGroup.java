package io.recap.index;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One real event and the reports that recap it: the language twins of a report and the reports of other
 * authors. Reports are grouped when they are twins (the same path but for the language), when they give the same
 * event name (once normalised: case, diacritics, framing words such as "Summary Report:" or "Báo cáo tổng hợp:";
 * series numbers kept) and the same date, when they give the same date and programmes in common (English and
 * Vietnamese names of one event), or, for a report without a date, when its name and programme fit one event
 * and no other. Reports with different dates are never one event. The grouping is deterministic: the same
 * reports always give the same events and ids.
 *
 * @param id        a stable id made of the date and the name ({@code 2025-11-15-aws-cloud-mastery-series-1});
 *                  {@code recap show ID} shows the event
 * @param title     the name most of its reports give (without framing words), possibly empty
 * @param date      the date, or {@code null} when no report gives one
 * @param location  the venue most of its reports give, or {@code null}
 * @param languages the languages of its reports, sorted
 * @param reports   how many reports recap it, the language twins of a report counted once
 * @param pages     each report page (every twin), the first first, each with why it belongs to the event
 * @param programme the union of the programmes of its reports, each session once
 */
public record EventGroup(String id, String title, LocalDate date, String location, List<String> languages,
                         int reports, List<GroupedReport> pages, List<ProgrammeSession> programme) {

    /**
     * Validates and copies.
     *
     * @param id        a stable id made of the date and the name
     * @param title     the name most of its reports give, possibly empty
     * @param date      the date, or {@code null}
     * @param location  the venue most of its reports give, or {@code null}
     * @param languages the languages of its reports, sorted
     * @param reports   how many reports recap it, twins counted once
     * @param pages     each report page, the first first
     * @param programme the union of the programmes of its reports
     */
    public EventGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        languages = List.copyOf(languages);
        pages = List.copyOf(pages);
        programme = List.copyOf(programme);
    }

    /**
     * Whether a report (by its id, as {@link EventSummary#id()} gives it) is one of this event's pages.
     *
     * @param reportId a report's id
     * @return whether it recaps this event
     */
    public boolean covers(String reportId) {
        Set<String> ids = new HashSet<>();
        pages.forEach(p -> ids.add(p.report().id()));
        return ids.contains(reportId);
    }
}
