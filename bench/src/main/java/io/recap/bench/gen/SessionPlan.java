package io.recap.bench.gen;

import io.recap.model.Service;
import java.time.LocalTime;
import java.util.List;

/**
 * One slot of a generated agenda: a session or a break.
 *
 * @param title    the title
 * @param start    when it starts
 * @param end      when it ends
 * @param isBreak  whether it is a break (check-in, coffee, lunch)
 * @param speaker  who presents it, or {@code null}
 * @param services the services it covers (each appears in at least one point)
 * @param points   its bullet points
 * @param demo     a demo line, or {@code null}
 */
public record SessionPlan(Phrase title, LocalTime start, LocalTime end, boolean isBreak, Person speaker,
                          List<Service> services, List<Point> points, Phrase demo) {

    /** Copies the lists. */
    public SessionPlan {
        services = List.copyOf(services);
        points = List.copyOf(points);
    }

    /** Whether the slot is in the afternoon. */
    public boolean afternoon() {
        return !start.isBefore(LocalTime.NOON);
    }
}
