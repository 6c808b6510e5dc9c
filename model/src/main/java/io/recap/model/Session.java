package io.recap.model;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One content unit of the event's programme: a talk, a workshop block, an agenda slot.
 *
 * @param number    1-based position in the report's programme
 * @param title     the title without numbering, time prefix, emoji or markup
 * @param part      the part of the day, or {@code null} when the report does not say
 * @param startTime start time, or {@code null}
 * @param endTime   end time, or {@code null}
 * @param speakers  speakers named for this session
 * @param points    the session's bullet points and paragraphs, as plain text
 * @param demos     demos and case studies announced in the session ("Demo: …")
 * @param services  services detected in the session's lines, in order of first mention
 * @param lines     the session's lines in the original file
 */
public record Session(
        int number,
        String title,
        Part part,
        LocalTime startTime,
        LocalTime endTime,
        List<Speaker> speakers,
        List<String> points,
        List<String> demos,
        List<Service> services,
        LineRange lines) {

    /**
     * Validates the fields and copies the lists.
     *
     * @param number    1-based position in the report's programme
     * @param title     the title without numbering, time prefix, emoji or markup
     * @param part      the part of the day, or {@code null} when the report does not say
     * @param startTime start time, or {@code null}
     * @param endTime   end time, or {@code null}
     * @param speakers  speakers named for this session
     * @param points    the session's bullet points and paragraphs, as plain text
     * @param demos     demos and case studies announced in the session ("Demo: …")
     * @param services  services detected in the session's lines, in order of first mention
     * @param lines     the session's lines in the original file
     */
    public Session {
        if (number < 1) {
            throw new IllegalArgumentException("session number must be positive");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lines, "lines");
        speakers = List.copyOf(speakers);
        points = List.copyOf(points);
        demos = List.copyOf(demos);
        services = List.copyOf(services);
    }

    /**
     * Whether a service with this catalog id was detected in the session.
     *
     * @param serviceId a catalog id such as {@code codedeploy}
     * @return whether {@link #services()} holds a service with that id
     */
    public boolean mentions(String serviceId) {
        for (Service s : services) {
            if (s.id().equals(serviceId)) {
                return true;
            }
        }
        return false;
    }
}
