package io.recap.cli;

import io.recap.cli.RelevanceJudgments.Expected;
import io.recap.cli.RelevanceJudgments.Query;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Precision and recall of one query's hits against its judgments. A hit is relevant when it is in an expected
 * report and its session title nearly matches an expected title (case, diacritics, punctuation, numbering and
 * times aside; see {@link #sameTitle}), or when the report's speakers are the event's ({@code event-level}).
 * Recall counts the expected sessions some hit matched; an {@code event-level} report counts as many as its
 * sessions, each matched by a different hit.
 *
 * @param query     the judged query
 * @param hits      how many hits recap returned
 * @param relevant  how many of them are relevant
 * @param expected  how many sessions (or events) the judgments expect
 * @param found     how many of those some hit matched
 * @param ordered   whether every hit of a session named for its speaker came before every event-level hit
 * @param wrong     the first few irrelevant hits, for the report
 * @param missed    the first few expected sessions no hit matched, for the report
 * @param unparsed  how many of the expected sessions no hit matched are not sessions in recap's model of their
 *                  report (the parser made none with a title like theirs), so that no search could find them
 * @param error     recap's error when the command failed (then there are no hits), or {@code null}
 */
record RelevanceScore(Query query, int hits, int relevant, int expected, int found, boolean ordered,
                      List<String> wrong, List<String> missed, int unparsed, String error) {

    private static final int SHOWN = 40;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words of a heading that say where it stands, not what it is about. */
    private static final Set<String> FILLER = Set.of("am", "pm", "session", "phien", "topic", "chu", "de", "part",
            "sang", "chieu", "trua", "phut", "minutes");

    /** A hit: the report's path relative to the corpus and the session's title ({@code null} for an event). */
    record Hit(String file, String title) {
    }

    /** Precision: the share of hits that are relevant (1 when there are none). */
    double precision() {
        return hits == 0 ? 1.0 : (double) relevant / hits;
    }

    /** Recall: the share of expected sessions found (1 when none are expected). */
    double recall() {
        return expected == 0 ? 1.0 : (double) found / expected;
    }

    /**
     * Recall of the search alone: the share found of the expected sessions that recap's model of their report
     * has (those the parser did not make are left out).
     */
    double searchRecall() {
        int findable = expected - unparsed;
        return findable == 0 ? 1.0 : (double) found / findable;
    }

    /** Scores {@code hits}, in rank order, against {@code query}'s judgments. */
    static RelevanceScore of(Query query, List<Hit> hits, String error) {
        return of(query, hits, null, error);
    }

    /**
     * Scores {@code hits}, in rank order, against {@code query}'s judgments; {@code sessions} gives the titles of
     * the sessions recap made of each report (or is {@code null}: then every expected session counts as made).
     */
    static RelevanceScore of(Query query, List<Hit> hits, java.util.function.Function<String, List<String>> sessions,
                             String error) {
        List<Expected> expected = query.expected();
        Map<Expected, Integer> matched = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        int relevant = 0;
        boolean eventLevelSeen = false;
        boolean ordered = true;
        for (Hit h : hits) {
            Expected named = null;
            Expected eventLevel = null;
            for (Expected e : expected) {
                if (!e.in(h.file())) {
                    continue;
                }
                if (e.isEventLevel()) {
                    eventLevel = e;
                } else if (query.events() || e.titles().stream().anyMatch(t -> sameTitle(t, h.title()))) {
                    named = e;
                    matched.merge(e, 1, (a, b) -> 1);
                }
            }
            if (named != null) {
                relevant++;
                ordered &= !eventLevelSeen;
            } else if (eventLevel != null) {
                relevant++;
                eventLevelSeen = true;
                matched.merge(eventLevel, 1, Integer::sum);
            } else if (wrong.size() < SHOWN) {
                wrong.add(h.title() == null ? h.file() : h.file() + " :: " + h.title());
            }
        }
        int total = 0;
        int found = 0;
        int unparsed = 0;
        List<String> missed = new ArrayList<>();
        for (Expected e : expected) {
            total += e.count();
            int m = matched.getOrDefault(e, 0);
            found += Math.min(m, e.count());
            if (m < e.count()) {
                boolean made = sessions == null || e.isEventLevel() || query.events()
                        || e.files().stream().anyMatch(f -> sessions.apply(f).stream()
                                .anyMatch(t -> e.titles().stream().anyMatch(x -> sameTitle(x, t))));
                if (!made) {
                    unparsed++;
                }
                if (missed.size() < SHOWN) {
                    missed.add((made ? "" : "(no such session in recap's model) ") + e.files().get(0)
                            + (e.titles().isEmpty() ? "" : " :: " + e.titles().get(0)));
                }
            }
        }
        return new RelevanceScore(query, hits.size(), relevant, total, found, ordered, wrong, missed, unparsed,
                error);
    }

    /**
     * Whether two session titles name the same session: equal once normalised (NFC, lower case, diacritics and
     * punctuation removed, numbers, times and words such as "Session" dropped), or sharing most of their words
     * (Dice coefficient 0.75), or one's words (two or more) all in the other, which has at most twice as many.
     */
    static boolean sameTitle(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        List<String> a = words(expected);
        List<String> b = words(actual);
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b) && fold(expected).equals(fold(actual));
        }
        if (a.equals(b)) {
            return true;
        }
        Set<String> sa = new LinkedHashSet<>(a);
        Set<String> sb = new LinkedHashSet<>(b);
        Set<String> both = new HashSet<>(sa);
        both.retainAll(sb);
        double dice = 2.0 * both.size() / (sa.size() + sb.size());
        int small = Math.min(sa.size(), sb.size());
        int large = Math.max(sa.size(), sb.size());
        return dice >= 0.75 || (small >= 2 && both.size() == small && large <= 2 * small);
    }

    /** The words of a title that say what it is about, folded. */
    static List<String> words(String title) {
        List<String> out = new ArrayList<>();
        for (String w : NOT_WORD.split(fold(title))) {
            if (!w.isEmpty() && !FILLER.contains(w) && !w.chars().allMatch(Character::isDigit)
                    && !w.matches("\\d+(h|am|pm)?\\d*")) {
                out.add(w);
            }
        }
        return out;
    }

    private static String fold(String s) {
        String d = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(d).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** One line of the report: the query's figures. */
    String line() {
        return String.format(Locale.ROOT, "| %s | `recap %s` | %d | %d | %d | %.2f | %.2f | %.2f |%s",
                query.id(), String.join(" ", quoted(query.args())), hits, expected, found, precision(), recall(),
                searchRecall(),
                error != null ? " error: " + error.strip().lines().findFirst().orElse("")
                        : ordered ? "" : " event-level sessions before named ones");
    }

    private static List<String> quoted(List<String> args) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            out.add(a.isEmpty() || a.chars().anyMatch(c -> c == ' ' || c == '"' || c == '(' || c == ')')
                    ? "'" + a + "'" : a);
        }
        return out;
    }
}
