package io.recap.bench.gen;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one generated event page says, before it is written in a language.
 *
 * @param number      the event's number in its site (4.N)
 * @param name        the event's name
 * @param date        the event's date
 * @param venue       where it took place
 * @param organizer   who organised it
 * @param role        the author's role
 * @param speakers    the speakers
 * @param slots       the agenda: sessions and breaks in time order
 * @param objectives  the objectives
 * @param takeaways   the takeaways
 * @param applying    how the author will apply them
 * @param experience  the author's experience
 * @param style       the layout
 */
public record EventPlan(int number, Phrase name, LocalDate date, Phrase venue, Phrase organizer, Phrase role,
                        List<Person> speakers, List<SessionPlan> slots, List<Phrase> objectives,
                        List<Phrase> takeaways, List<Phrase> applying, List<Phrase> experience,
                        ReportStyle style) {

    /** Copies the lists. */
    public EventPlan {
        speakers = List.copyOf(speakers);
        slots = List.copyOf(slots);
        objectives = List.copyOf(objectives);
        takeaways = List.copyOf(takeaways);
        applying = List.copyOf(applying);
        experience = List.copyOf(experience);
    }

    /** The sessions, without the breaks. */
    public List<SessionPlan> sessions() {
        return slots.stream().filter(s -> !s.isBreak()).toList();
    }
}
