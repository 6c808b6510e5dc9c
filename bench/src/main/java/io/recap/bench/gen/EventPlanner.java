package io.recap.bench.gen;

import io.recap.bench.gen.ReportStyle.InfoStyle;
import io.recap.bench.gen.ReportStyle.SessionStyle;
import io.recap.bench.gen.ReportStyle.SpeakerStyle;
import io.recap.model.Service;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the plan of one event page: its name, date, speakers, agenda with the services of each session, and
 * the other sections, sized so that the written page has a realistic length (median about 5.7 KB, mostly
 * 2–14 KB, a few near 50 KB). Immutable; all randomness comes from the {@link Dice} given.
 */
public final class EventPlanner {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Hoàng", "Quốc", "Thanh", "Ngọc", "Đức", "Gia",
        "Bảo", "Hữu", "Khánh"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Hà", "Hải", "Hiếu", "Hùng", "Khoa", "Lan",
        "Linh", "Long", "Mai", "Nam", "Phúc", "Quân", "Quang", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến",
        "Đạt", "Nhật", "Tịnh", "Kha"};
    /** Relative frequency of 0..8 services in one session. */
    private static final int[] SERVICES_PER_SESSION = {12, 20, 20, 16, 12, 8, 6, 4, 2};
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 6);
    private static final int DAYS = 3 * 365;

    private final Phrasebook book;
    private final ServicePicker picker;

    /** A planner drawing phrases from {@code book} and services through {@code picker}. */
    public EventPlanner(Phrasebook book, ServicePicker picker) {
        this.book = book;
        this.picker = picker;
    }

    /**
     * The planner's size budget for a page: log-normal, clipped; one in 200 is large. The constants are
     * calibrated so that written pages have a median near 5.7 KB and a p90 near 12 KB, as real ones do.
     */
    static int targetBytes(Dice dice) {
        if (dice.chance(0.005)) {
            return dice.between(35_000, 45_000);
        }
        double bytes = 6_600 * Math.exp(0.5 * dice.gaussian());
        return (int) Math.max(2_000, Math.min(14_000, bytes));
    }

    /** Plans event number {@code number} of a site. */
    public EventPlan plan(int number, Dice dice) {
        int target = targetBytes(dice);
        ReportStyle style = style(dice, target);
        Phrase name = eventName(dice);
        LocalDate date = FIRST_DAY.plusDays(dice.below(DAYS));
        List<Person> speakers = new ArrayList<>();
        int speakerCount = dice.between(1, 5);
        for (int i = 0; i < speakerCount; i++) {
            speakers.add(person(dice));
        }
        List<Phrase> objectives = filled("objective", dice.between(2, 5), dice);
        List<Phrase> takeaways = filled("takeaway", dice.between(2, 6), dice);
        List<Phrase> applying = filled("apply", dice.between(1, 4), dice);
        List<Phrase> experience = filled("experience", dice.between(1, 3), dice);
        int fixed = 900 + 90 * (objectives.size() + takeaways.size() + applying.size() + experience.size())
                + 70 * speakers.size() + 90 * style.photos();
        List<SessionPlan> slots = agenda(dice, Math.max(600, target - fixed), speakers, style);
        return new EventPlan(number, name, date, book.pick("venue", dice), book.pick("org", dice),
                book.pick("attendee", dice), speakers, slots, objectives, takeaways, applying, experience, style);
    }

    private ReportStyle style(Dice dice, int target) {
        int titleLevel = dice.chance(0.7) ? 1 : dice.pick(2, 2, 3, 4);
        int sectionLevel = Math.max(titleLevel, dice.chance(0.4) ? 2 : 3);
        sectionLevel = Math.min(sectionLevel, 3);
        SessionStyle sessions = pickWeighted(dice, SessionStyle.values(), new int[]{24, 22, 10, 6, 14, 8, 8, 8});
        InfoStyle info = pickWeighted(dice, InfoStyle.values(), new int[]{26, 20, 12, 8, 10, 6, 4});
        SpeakerStyle speakers = pickWeighted(dice, SpeakerStyle.values(), new int[]{40, 22, 14, 8, 16});
        int photos = dice.chance(0.55) ? dice.between(1, 4) + target / 20_000 : 0;
        return new ReportStyle(dice.below(book.all("title.report").size()), titleLevel, sectionLevel, info,
                speakers, sessions, dice.chance(0.14), dice.chance(0.3), dice.chance(0.45),
                dice.chance(0.8) ? '-' : '*', photos, dice.chance(0.15), dice.chance(0.05));
    }

    private static <T> T pickWeighted(Dice dice, T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = dice.below(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private Phrase eventName(Dice dice) {
        Phrase series = book.pick("series", dice);
        String k = Integer.toString(dice.between(1, 9));
        String y = Integer.toString(dice.between(2024, 2026));
        Phrase s = new Phrase(series.en().replace("{k}", k).replace("{y}", y),
                series.vi().replace("{k}", k).replace("{y}", y));
        if (dice.chance(0.35)) {
            return s;
        }
        Phrase topic = book.pick("topic", dice);
        if (dice.chance(0.4)) {
            return topic;
        }
        return new Phrase(s.en() + " – " + topic.en(), s.vi() + " – " + topic.vi());
    }

    private Person person(Dice dice) {
        String family = dice.pick(FAMILY);
        String middle = dice.pick(MIDDLE);
        String given = dice.pick(GIVEN);
        String name = family + " " + middle + " " + given;
        String ascii = fold(given) + " " + fold(family);
        return new Person(name, ascii, book.pick("role", dice), book.pick("org", dice));
    }

    /** Removes Vietnamese diacritics ("Đặng" → "Dang"). */
    static String fold(String s) {
        String d = Normalizer.normalize(s.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "");
    }

    private List<Phrase> filled(String kind, int count, Dice dice) {
        List<Phrase> all = book.all(kind);
        List<Phrase> out = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < count && used.size() < all.size(); i++) {
            int at = dice.below(all.size());
            while (used.contains(at)) {
                at = (at + 1) % all.size();
            }
            used.add(at);
            Phrase p = all.get(at);
            Phrase c = book.pick("concept", dice);
            out.add(new Phrase(p.en().replace("{c}", c.en()), p.vi().replace("{c}", c.vi())));
        }
        return out;
    }

    private List<SessionPlan> agenda(Dice dice, int budget, List<Person> speakers, ReportStyle style) {
        int perSession = dice.between(550, 900);
        int maxSessions = budget > 20_000 ? 16 : 10;
        int count = Math.max(1, Math.min(maxSessions, Math.round(budget / (float) perSession)));
        List<List<Point>> points = new ArrayList<>();
        List<Phrase> titles = new ArrayList<>();
        List<List<Service>> services = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < count; i++) {
            String theme = picker.theme(dice);
            String kind = book.has("title." + theme) && dice.chance(0.85) ? "title." + theme : "title.general";
            Phrase title = book.pick(kind, dice);
            for (int retry = 0; retry < 3 && titles.contains(title); retry++) {
                title = book.pick(kind, dice);
            }
            titles.add(title);
            int n = pickWeighted(dice, new Integer[]{0, 1, 2, 3, 4, 5, 6, 7, 8}, SERVICES_PER_SESSION);
            List<Service> chosen = picker.pick(theme, n, dice);
            services.add(chosen);
            List<Point> pts = servicePoints(chosen, dice, speakers);
            points.add(pts);
            used += 80 + pts.stream().mapToInt(Point::estimatedBytes).sum();
        }
        // fill the budget with generic points, round-robin over the sessions
        for (int i = 0; used < budget && i < 2_000; i++) {
            Point p = point("point.generic", List.of(), dice, speakers);
            points.get(i % count).add(p);
            used += p.estimatedBytes();
        }
        List<SessionPlan> slots = new ArrayList<>();
        LocalTime t = dice.pick(LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(9, 0), LocalTime.of(13, 30));
        boolean timed = style.sessions() == SessionStyle.TIME_HEADINGS || style.sessions() == SessionStyle.TABLE
                || style.sessions() == SessionStyle.BOLD_TIME_LINES;
        if (timed && dice.chance(0.6)) {
            LocalTime end = t.plusMinutes(30);
            slots.add(breakSlot(0, t, end));
            t = end;
        }
        boolean lunch = false;
        for (int i = 0; i < count; i++) {
            LocalTime end = t.plusMinutes(5L * dice.between(4, 18));
            Person speaker = speakers.get(i % speakers.size());
            Phrase demo = dice.chance(0.25) ? book.pick("demo", dice) : null;
            slots.add(new SessionPlan(titles.get(i), t, end, false, speaker, services.get(i), points.get(i), demo));
            t = end;
            if (timed && !lunch && !t.isBefore(LocalTime.of(11, 30)) && t.isBefore(LocalTime.of(13, 0))) {
                slots.add(breakSlot(2, t, LocalTime.of(13, 30)));
                t = LocalTime.of(13, 30);
                lunch = true;
            } else if (timed && i == count / 2 && dice.chance(0.5)) {
                end = t.plusMinutes(15);
                slots.add(breakSlot(1, t, end));
                t = end;
            }
            if (t.isAfter(LocalTime.of(20, 0))) {
                t = LocalTime.of(20, 0);
            }
        }
        return slots;
    }

    private SessionPlan breakSlot(int which, LocalTime start, LocalTime end) {
        return new SessionPlan(book.all("break").get(which), start, end, true, null, List.of(), List.of(), null);
    }

    private List<Point> servicePoints(List<Service> services, Dice dice, List<Person> speakers) {
        List<Point> out = new ArrayList<>();
        int i = 0;
        while (i < services.size()) {
            int left = services.size() - i;
            int take = left >= 3 && dice.chance(0.15) ? 3 : left >= 2 && dice.chance(0.25) ? 2 : 1;
            String kind = take == 3 ? "point.trio" : take == 2 ? "point.pair" : "point.service";
            out.add(point(kind, services.subList(i, i + take), dice, speakers));
            i += take;
        }
        if (out.isEmpty() || dice.chance(0.5)) {
            out.add(point("point.generic", List.of(), dice, speakers));
        }
        return out;
    }

    private Point point(String kind, List<Service> services, Dice dice, List<Person> speakers) {
        return new Point(book.pick(kind, dice), services, book.pick("concept", dice), dice.pick(speakers),
                book.pick("org", dice));
    }

    /** A lower-case, dash-separated slug of a name ("Cloud Day 2025" → "cloud-day-2025"). */
    static String slug(String name) {
        String s = fold(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }
}
