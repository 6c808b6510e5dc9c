package io.recap.bench.gen;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** Writes dates and times the ways report authors do, in English and Vietnamese. */
final class DateWriter {

    private static final String[] VI_WEEKDAYS = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
        "Chủ Nhật"};

    private DateWriter() {
    }

    /** A date in one of four common forms of {@code language}. */
    static String date(LocalDate d, Language language, int variant) {
        String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String weekday = d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String dmy = String.format(Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        if (language == Language.EN) {
            return switch (variant % 4) {
                case 0 -> month + " " + d.getDayOfMonth() + ", " + d.getYear();
                case 1 -> weekday + ", " + month + " " + d.getDayOfMonth() + ", " + d.getYear();
                case 2 -> dmy;
                default -> d.getDayOfMonth() + " " + month + " " + d.getYear();
            };
        }
        return switch (variant % 4) {
            case 0 -> dmy;
            case 1 -> VI_WEEKDAYS[d.getDayOfWeek().getValue() - 1] + ", " + dmy;
            case 2 -> "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear();
            default -> d.getDayOfMonth() + " tháng " + d.getMonthValue() + ", " + d.getYear();
        };
    }

    /** A time: {@code 8:30}, {@code 08:30} or {@code 8:30 AM}. */
    static String time(LocalTime t, int variant) {
        return switch (variant % 3) {
            case 0 -> t.getHour() + ":" + two(t.getMinute());
            case 1 -> two(t.getHour()) + ":" + two(t.getMinute());
            default -> {
                int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
                yield h + ":" + two(t.getMinute()) + (t.getHour() < 12 ? " AM" : " PM");
            }
        };
    }

    /** A time range such as {@code 8:30 – 9:15} ({@code dash} separates the two times). */
    static String range(LocalTime from, LocalTime to, int variant, String dash) {
        return time(from, variant) + dash + time(to, variant);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
