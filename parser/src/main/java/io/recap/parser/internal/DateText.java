package io.recap.parser.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in the forms report authors write them: {@code 17/11/2025}, {@code 5/9/25}, {@code 2025-11-17},
 * {@code August 13, 2025}, {@code 13 Aug 2025}, {@code Thứ Bảy, 17/11/2025},
 * {@code ngày 17 tháng 11 năm 2025}, {@code 18 tháng 9, 2025}, and ranges of days such as
 * {@code 17–18/11/2025} or {@code August 13–14, 2025}. Day-first unless that is impossible.
 */
public final class DateText {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH_NAME = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DASH = "\\s*(?:[-–—~]|to|đến|and)\\s*";

    /** 17/11/2025, 17-18/11/2025, 17/11 - 18/11/2025, 5/9/25, 17.11.2025, 17-11-2025 */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})(?:" + DASH + "(\\d{1,2}))?\\s*([/.-])\\s*(\\d{1,2})"
            + "(?:\\s*\\3\\s*(\\d{4}|\\d{2}))?(?:" + DASH + "(\\d{1,2})\\s*\\3\\s*(\\d{1,2})\\s*\\3\\s*(\\d{4}|\\d{2}))?"
            + "(?![\\d/])");
    /** 2025-11-17, 2025/11/17 */
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    /** August 13, 2025 · Aug 13-14, 2025 · September 18th 2025 */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)(?<![\\p{L}])" + MONTH_NAME
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:" + DASH + "(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(\\d{4})(?!\\d)");
    /** 13 Aug 2025 · 13-14 August 2025 · 25th July, 2026 */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:" + DASH + "(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?" + MONTH_NAME + ",?\\s+(\\d{4})(?!\\d)");
    /** ngày 17 tháng 11 năm 2025 · 18 tháng 9, 2025 · 17-18 tháng 11/2025 */
    private static final Pattern VIETNAMESE = Pattern.compile("(?i)(?<!\\d)(\\d{1,2})(?:" + DASH + "(\\d{1,2}))?"
            + "\\s*tháng\\s*(\\d{1,2})\\s*(?:,|năm|/)?\\s*(\\d{4})(?!\\d)");

    private DateText() {
    }

    /** The first date in {@code text} (the earliest match in the text), or {@code null}. */
    public static DateRange find(String text) {
        if (text == null || !hasDigitRun(text)) {
            return null; // every form needs a day or a year: no digits, no date
        }
        boolean year = hasYear(text);
        DateRange best = null;
        for (int k = 0; k < 5; k++) {
            DateRange r = switch (k) {
                case 0 -> year && hasMonthWord(text) ? vietnamese(text) : null;
                case 1 -> year ? monthDayYear(text) : null;
                case 2 -> year ? dayMonthYear(text) : null;
                case 3 -> year ? iso(text) : null;
                default -> hasSeparatedDigits(text) ? numeric(text) : null;
            };
            if (r != null && (best == null || r.from() < best.from())) {
                best = r;
            }
        }
        return best;
    }

    /** Whether {@code text} holds four digits in a row, which every form but dd/MM/yy needs. */
    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** Whether a digit is followed by '/', '.' or '-' and another digit (17/11, 5.9, 17-11). */
    private static boolean hasSeparatedDigits(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '/' || c == '.' || c == '-') && Character.isDigit(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMonthWord(String text) {
        return text.contains("tháng") || text.contains("Tháng") || text.contains("THÁNG");
    }

    /** Whether {@code text} holds a digit (most lines of a report do not; they are rejected at once). */
    private static boolean hasDigitRun(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static DateRange numeric(String text) {
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            if (m.group(5) == null && m.group(8) == null) {
                continue; // no year: "24/7", "17/11"
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(4));
            if (m.group(8) != null) {
                // 17/11 - 18/11/2025
                int year = year(m.group(8));
                LocalDate start = dayFirst(a, b, year);
                LocalDate end = dayFirst(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)), year);
                if (start != null && end != null && !end.isBefore(start)) {
                    return new DateRange(start, end, m.start(), m.end());
                }
                continue;
            }
            int year = year(m.group(5));
            LocalDate start = dayFirst(a, b, year);
            if (start == null) {
                continue;
            }
            LocalDate end = null;
            if (m.group(2) != null) {
                end = dayFirst(Integer.parseInt(m.group(2)), b, year);
            }
            return new DateRange(start, end, m.start(), m.end());
        }
        return null;
    }

    private static DateRange iso(String text) {
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (d != null) {
                return new DateRange(d, null, m.start(), m.end());
            }
        }
        return null;
    }

    private static DateRange monthDayYear(String text) {
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            int month = month(m.group(1));
            int year = Integer.parseInt(m.group(4));
            LocalDate start = date(year, month, Integer.parseInt(m.group(2)));
            if (start != null) {
                LocalDate end = m.group(3) == null ? null : date(year, month, Integer.parseInt(m.group(3)));
                return new DateRange(start, end, m.start(), m.end());
            }
        }
        return null;
    }

    private static DateRange dayMonthYear(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            int month = month(m.group(3));
            int year = Integer.parseInt(m.group(4));
            LocalDate start = date(year, month, Integer.parseInt(m.group(1)));
            if (start != null) {
                LocalDate end = m.group(2) == null ? null : date(year, month, Integer.parseInt(m.group(2)));
                return new DateRange(start, end, m.start(), m.end());
            }
        }
        return null;
    }

    private static DateRange vietnamese(String text) {
        Matcher m = VIETNAMESE.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            LocalDate start = date(year, month, Integer.parseInt(m.group(1)));
            if (start != null) {
                LocalDate end = m.group(2) == null ? null : date(year, month, Integer.parseInt(m.group(2)));
                return new DateRange(start, end, m.start(), m.end());
            }
        }
        return null;
    }

    /** Day-first (17/11/2025) unless impossible, then month-first (11/17/2025). */
    private static LocalDate dayFirst(int a, int b, int year) {
        LocalDate d = date(year, b, a);
        return d != null ? d : date(year, a, b);
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        return y.length() == 2 ? 2000 + v : v;
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(key.length() > 3 && key.startsWith("sept") ? "sept" : key.substring(0, 3));
        return m == null ? 0 : m;
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < 1990 || year > 2100) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
