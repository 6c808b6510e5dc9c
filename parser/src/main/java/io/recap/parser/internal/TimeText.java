package io.recap.parser.internal;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds times and time ranges in the forms people write them: {@code 8:30 – 17:00}, {@code 8h30-17h},
 * {@code 9:00 AM – 12:00 PM}, {@code 8:30 sáng}, {@code 13h30 chiều}.
 *
 * <p>The white space after a number is matched possessively ({@code \s*+}): what may follow it never starts
 * with white space, and giving spaces back made a digit followed by a long run of spaces quadratic.
 */
public final class TimeText {

    private static final String TIME =
            "(\\d{1,2})\\s*+(?:[:hH]\\s*+(\\d{2})(?!\\d)|[hH](?![a-zA-Z\\d])|(?=(?:am|pm|AM|PM|a\\.m\\.|p\\.m\\.)))"
            + "(?:\\s*(am|pm|a\\.m\\.|p\\.m\\.|sáng|chiều|tối|trưa|SA|CH)(?![\\p{L}]))?";
    private static final Pattern RANGE = Pattern.compile("(?i)(?<![\\d/.:])" + TIME
            + "\\s*(?:[-–—~]+|to|until|đến|tới|->|→)\\s*" + TIME + "(?:\\s*\\+)?");
    private static final Pattern SINGLE = Pattern.compile("(?i)(?<![\\d/.:])" + TIME);
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^\\s*+[(\\[]?\\s*+\\d{1,2}\\s*+(?:[:hH]\\s*+\\d{2}|[hH](?![a-zA-Z])|(?:am|pm|AM|PM))");

    private TimeText() {
    }

    /** Whether the text starts with a time ("08:30 - 09:00: Check-in", "9h30 …"). */
    public static boolean startsWithTime(String text) {
        return LEADING_TIME.matcher(text).find();
    }

    /** The first time range in {@code text}, or {@code null}. */
    public static TimeRange findRange(String text) {
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            LocalTime end = time(m.group(4), m.group(5), m.group(6));
            LocalTime start = time(m.group(1), m.group(2), m.group(3));
            if (start == null || end == null) {
                continue;
            }
            String startSuffix = m.group(3);
            String endSuffix = m.group(6);
            if (startSuffix == null && endSuffix != null && isPm(endSuffix) && start.getHour() < 12) {
                LocalTime shifted = start.plusHours(12);
                if (!shifted.isAfter(end)) {
                    start = shifted;
                }
            }
            if (end.isBefore(start) && end.getHour() < 12 && endSuffix == null) {
                end = end.plusHours(12);
            }
            if (end.equals(LocalTime.MIDNIGHT) && endSuffix != null && endSuffix.equalsIgnoreCase("am")) {
                end = LocalTime.NOON; // "09:00 AM - 12:00 AM" means noon
            }
            return new TimeRange(start, end, m.start(), m.end());
        }
        return null;
    }

    /** The first single time in {@code text} ("9:00 AM", "8h30 sáng"), or {@code null}. */
    public static TimeRange findTime(String text) {
        Matcher m = SINGLE.matcher(text);
        while (m.find()) {
            LocalTime t = time(m.group(1), m.group(2), m.group(3));
            if (t != null) {
                return new TimeRange(t, null, m.start(), m.end());
            }
        }
        return null;
    }

    private static boolean isPm(String suffix) {
        String s = suffix.toLowerCase(Locale.ROOT);
        return s.startsWith("p") || s.equals("chiều") || s.equals("tối") || s.equals("ch");
    }

    private static LocalTime time(String hour, String minute, String suffix) {
        if (hour == null) {
            return null;
        }
        int h = Integer.parseInt(hour);
        int min = minute == null ? 0 : Integer.parseInt(minute);
        if (h > 24 || min > 59) {
            return null;
        }
        if (suffix != null) {
            String s = suffix.toLowerCase(Locale.ROOT);
            if ((s.startsWith("p") || s.equals("chiều") || s.equals("tối") || s.equals("ch")) && h < 12) {
                h += 12;
            } else if ((s.startsWith("a") || s.equals("sa")) && h == 12) {
                h = 0;
            } else if (s.equals("trưa") && h < 5) {
                h += 12;
            }
        }
        if (h == 24) {
            h = 0;
        }
        return LocalTime.of(h, min);
    }
}
