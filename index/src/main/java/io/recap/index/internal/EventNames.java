package io.recap.index.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the name of an event as a report writes it, to compare it with the names other reports give: folded
 * (case, diacritics, punctuation), the words that frame it taken off ("Summary Report:", "Báo cáo tổng hợp:", "…
 * Event Summary"), dates written into it taken off, series numbers kept ("#2" is not "#3"), placeholders such as
 * "Event 1" or "Sự kiện 2" read as no name. The vocabulary is data, in {@code event-names.txt}. Immutable and
 * thread-safe; {@link #builtIn()} is read once.
 */
final class EventNames {

    /**
     * A name as compared: its words (stop words left out), its series numbers, the whole folded name, and the
     * month it names ("FCAJ Community Day - June 2026"), or {@code null}.
     */
    record Name(String key, Set<String> words, Set<String> series, java.time.YearMonth month) {

        Name(String key, Set<String> words, Set<String> series) {
            this(key, words, series, null);
        }

        /** Whether the name names no month, or names the month of {@code date}. */
        boolean fits(java.time.LocalDate date) {
            return month == null || date == null || java.time.YearMonth.from(date).equals(month);
        }

        /** Whether this is no name at all (a placeholder, or nothing but stop words). */
        boolean isEmpty() {
            return words.isEmpty();
        }
    }

    private static final Pattern DATE_IN_NAME = Pattern.compile(
            "\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d{2}\\b|\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b"
                    + "|\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)"
                    + " \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d{2}\\b"
                    + "|\\b\\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september"
                    + "|october|november|december),? (?:19|20)\\d{2}\\b");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    /** A month and a year without a day: "June 2026", "tháng 6 năm 2026", "06/2026". */
    private static final Pattern MONTH_IN_NAME = Pattern.compile("\\b(?:(january|february|march|april|may|june|july"
            + "|august|september|october|november|december)|thang (\\d{1,2})(?: nam)?|(\\d{1,2})/)\\s*((?:19|20)\\d{2})\\b");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9#]+");
    private static final Pattern SERIES = Pattern.compile("#\\s*(\\d+)");

    private static final EventNames BUILT_IN = load();

    private final List<String> prefixes;
    private final List<String> suffixes;
    private final List<Pattern> generic;
    private final Set<String> stopwords;

    private EventNames(List<String> prefixes, List<String> suffixes, List<Pattern> generic, Set<String> stopwords) {
        this.prefixes = prefixes;
        this.suffixes = suffixes;
        this.generic = generic;
        this.stopwords = stopwords;
    }

    /** The vocabulary recap ships ({@code event-names.txt}). */
    static EventNames builtIn() {
        return BUILT_IN;
    }

    /** Lower case, NFC, without diacritics, đ as d. */
    static String fold(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return Diacritics.fold(nfc);
    }

    /** The name as compared; {@code null} and placeholders give the empty name. */
    Name read(String name) {
        if (name == null || name.isBlank()) {
            return new Name("", Set.of(), Set.of());
        }
        String s = fold(name);
        s = s.replaceAll("[*_`\"“”„«»‘’']", " ");
        java.time.YearMonth month = null;
        java.util.regex.Matcher m = MONTH_IN_NAME.matcher(DATE_IN_NAME.matcher(s).replaceAll(" "));
        if (m.find()) {
            int mm = m.group(1) != null ? MONTHS.indexOf(m.group(1)) + 1
                    : Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
            if (mm >= 1 && mm <= 12) {
                month = java.time.YearMonth.of(Integer.parseInt(m.group(4)), mm);
            }
        }
        s = DATE_IN_NAME.matcher(s).replaceAll(" ");
        s = SERIES.matcher(s).replaceAll(" #$1 ");
        s = s.replaceAll("[\\[\\]()]", " ");
        s = strip(s);
        String key = String.join(" ", NOT_A_WORD.split(s.strip())).strip();
        if (key.isEmpty() || isGeneric(key)) {
            return new Name("", Set.of(), Set.of());
        }
        Set<String> words = new TreeSet<>();
        Set<String> series = new TreeSet<>();
        for (String w : key.split(" ")) {
            if (w.startsWith("#")) {
                if (w.length() > 1) {
                    series.add(w);
                    words.add(w);
                }
            } else if (!w.isEmpty() && !stopwords.contains(w)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return new Name("", Set.of(), Set.of());
        }
        return new Name(key, words, series, month);
    }

    /**
     * The name to show: as written, without quotes, emphasis and the words that frame it ("Summary Report: “AWS
     * Cloud Mastery Series #1”" shows as "AWS Cloud Mastery Series #1").
     */
    String display(String name) {
        if (name == null) {
            return "";
        }
        String written = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[*_`\"“”„«»]", " ")
                .replaceAll("\\s+", " ").strip();
        String folded = fold(written);
        if (folded.length() != written.length()) {
            return written;
        }
        int[] range = bounds(folded);
        return written.substring(range[0], range[1]).strip();
    }

    /** Takes the framing words off the name, again and again, and the punctuation around them. */
    private String strip(String folded) {
        int[] range = bounds(folded);
        return folded.substring(range[0], range[1]);
    }

    /** Where the name is once the framing words and the punctuation around them are off: {from, to}. */
    private int[] bounds(String folded) {
        int[] range = trim(folded, 0, folded.length());
        boolean changed = true;
        while (changed) {
            changed = false;
            String s = folded.substring(range[0], range[1]);
            for (String p : prefixes) {
                if (s.startsWith(p) && (s.length() == p.length() || !Character.isLetterOrDigit(s.charAt(p.length())))) {
                    int[] rest = trim(folded, range[0] + p.length(), range[1]);
                    if (rest[0] < rest[1]) {
                        range = rest;
                        changed = true;
                        break;
                    }
                }
            }
            if (changed) {
                continue;
            }
            for (String x : suffixes) {
                int at = s.length() - x.length();
                if (at > 0 && s.endsWith(x) && !Character.isLetterOrDigit(s.charAt(at - 1))) {
                    int[] rest = trim(folded, range[0], range[0] + at);
                    if (rest[0] < rest[1]) {
                        range = rest;
                        changed = true;
                        break;
                    }
                }
            }
        }
        return range;
    }

    private static int[] trim(String s, int from, int to) {
        while (from < to && !Character.isLetterOrDigit(s.charAt(from)) && s.charAt(from) != '#') {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(s.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    private boolean isGeneric(String key) {
        for (Pattern p : generic) {
            if (p.matcher(key).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two names may name one event: never when both carry series numbers that differ; else the same name,
     * or at least two words in common that make up most of the shorter name.
     */
    static boolean compatible(Name a, Name b) {
        if (a.isEmpty() || b.isEmpty() || conflict(a, b)) {
            return false;
        }
        if (a.key().equals(b.key())) {
            return true;
        }
        int shared = shared(a, b);
        int shorter = Math.min(a.words().size(), b.words().size());
        return shared >= 2 && shared >= 0.6 * shorter;
    }

    /** Whether two names leave no doubt: the same, or the shorter made of the longer's words (at least two). */
    static boolean same(Name a, Name b) {
        if (a.isEmpty() || b.isEmpty() || conflict(a, b)) {
            return false;
        }
        if (a.key().equals(b.key())) {
            return true;
        }
        int shared = shared(a, b);
        return shared >= 2 && shared == Math.min(a.words().size(), b.words().size());
    }

    /** Whether both names carry series numbers and they differ ("#2" and "#3"). */
    static boolean conflict(Name a, Name b) {
        return !a.series().isEmpty() && !b.series().isEmpty() && !a.series().equals(b.series());
    }

    private static int shared(Name a, Name b) {
        int n = 0;
        for (String w : a.words()) {
            if (b.words().contains(w)) {
                n++;
            }
        }
        return n;
    }

    private static EventNames load() {
        List<String> prefixes = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        List<Pattern> generic = new ArrayList<>();
        Set<String> stopwords = new LinkedHashSet<>();
        try (InputStream in = EventNames.class.getResourceAsStream("event-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("event-names.txt is missing from recap-index");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("# ") || l.equals("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    section = l;
                    continue;
                }
                switch (section) {
                    case "[prefixes]" -> prefixes.add(l);
                    case "[suffixes]" -> suffixes.add(l);
                    case "[generic]" -> generic.add(Pattern.compile(l));
                    case "[stopwords]" -> stopwords.add(l);
                    default -> throw new IllegalStateException("event-names.txt: a line outside a section: " + l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        prefixes.sort(longestFirst.thenComparing(Comparator.naturalOrder()));
        suffixes.sort(longestFirst.thenComparing(Comparator.naturalOrder()));
        return new EventNames(List.copyOf(prefixes), List.copyOf(suffixes), List.copyOf(generic), Set.copyOf(stopwords));
    }
}
