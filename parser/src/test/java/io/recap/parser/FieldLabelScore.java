package io.recap.parser;

import io.recap.model.Report;
import io.recap.model.Session;
import io.recap.model.Speaker;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scores {@code ../shared/tools/score-labels.py} gives a report's title, date, sessions and speakers against
 * hand-made labels, computed the same way: text folded (case, diacritics, punctuation), near matches accepted
 * (containment of at least half, or a Ratcliff/Obershelp ratio — Python's {@code difflib} — of 0.8; 0.85 for
 * titles, 0.75 for names), sessions and speakers matched one to one, greedily.
 */
final class FieldLabelScore {

    private int files;
    private int titles;
    private int dates;
    private final int[] sessions = new int[3]; // matched, labelled, found
    private final int[] speakers = new int[3];
    private final List<String> misses = new ArrayList<>();

    /** Scores one report against its label's values. */
    void add(String file, String title, String date, List<String> goldSessions, List<String> goldSpeakers,
             Report r) {
        files++;
        if (title == null ? r.title() == null || r.title().isEmpty() : near(title, r.title(), 0.85)) {
            titles++;
        } else {
            misses.add(file + ": title " + r.title() + " != " + title);
        }
        String found = r.date() == null ? null : r.date().toString();
        if (date == null ? found == null : date.equals(found)) {
            dates++;
        } else {
            misses.add(file + ": date " + found + " != " + date);
        }
        List<String> ss = r.sessions().stream().map(Session::title).toList();
        List<String> ks = r.speakers().stream().map(Speaker::name).toList();
        tally(sessions, matched(goldSessions, ss, 0.8), goldSessions.size(), ss.size());
        tally(speakers, matched(goldSpeakers, ks, 0.75), goldSpeakers.size(), ks.size());
    }

    private static void tally(int[] t, int matched, int gold, int found) {
        t[0] += matched;
        t[1] += gold;
        t[2] += found;
    }

    double title() {
        return titles / (double) files;
    }

    double date() {
        return dates / (double) files;
    }

    double sessionsF1() {
        return f1(sessions);
    }

    double speakersF1() {
        return f1(speakers);
    }

    List<String> misses() {
        return misses;
    }

    String summary() {
        return String.format(Locale.ROOT, "%d reports: title %.3f, date %.3f, sessions P %.3f R %.3f F1 %.3f, "
                        + "speakers P %.3f R %.3f F1 %.3f", files, title(), date(), precision(sessions),
                recall(sessions), sessionsF1(), precision(speakers), recall(speakers), speakersF1());
    }

    private static double precision(int[] t) {
        return t[2] == 0 ? (t[1] == 0 ? 1 : 0) : t[0] / (double) t[2];
    }

    private static double recall(int[] t) {
        return t[1] == 0 ? 1 : t[0] / (double) t[1];
    }

    private static double f1(int[] t) {
        double p = precision(t);
        double r = recall(t);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static int matched(List<String> gold, List<String> found, double ratio) {
        boolean[] used = new boolean[found.size()];
        int hits = 0;
        for (String g : gold) {
            for (int i = 0; i < found.size(); i++) {
                if (!used[i] && near(g, found.get(i), ratio)) {
                    used[i] = true;
                    hits++;
                    break;
                }
            }
        }
        return hits;
    }

    /** score-labels.py's {@code near}: folded equality, containment of at least half, or a ratio. */
    static boolean near(String a, String b, double ratio) {
        String x = fold(a);
        String y = fold(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() >= 6 && longer.contains(shorter) && shorter.length() >= 0.5 * longer.length()) {
            return true;
        }
        return 2.0 * matchingCharacters(x, 0, x.length(), y, 0, y.length()) / (x.length() + y.length()) >= ratio;
    }

    /** score-labels.py's {@code fold}: đ to d, no diacritics, lower case, runs of other characters one space. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return t.replaceAll("[^0-9a-z]+", " ").strip();
    }

    /** Characters in matching blocks, as difflib.SequenceMatcher counts them (no junk: the strings are short). */
    private static int matchingCharacters(String a, int alo, int ahi, String b, int blo, int bhi) {
        int bestI = alo;
        int bestJ = blo;
        int best = 0;
        int[] prev = new int[bhi - blo + 1];
        for (int i = alo; i < ahi; i++) {
            int[] cur = new int[bhi - blo + 1];
            for (int j = blo; j < bhi; j++) {
                if (a.charAt(i) == b.charAt(j)) {
                    int k = prev[j - blo] + 1;
                    cur[j - blo + 1] = k;
                    if (k > best) {
                        best = k;
                        bestI = i - k + 1;
                        bestJ = j - k + 1;
                    }
                }
            }
            prev = cur;
        }
        if (best == 0) {
            return 0;
        }
        return best + matchingCharacters(a, alo, bestI, b, blo, bestJ)
                + matchingCharacters(a, bestI + best, ahi, b, bestJ + best, bhi);
    }
}
