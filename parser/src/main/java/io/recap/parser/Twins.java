package io.recap.parser;

import io.recap.model.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages of one report in several languages ("twins"): {@code _index.md}, {@code _index.vi.md} and
 * {@code _index.en.md} (or {@code index.*.md}, or any {@code name.xx.md}) in one folder. A translation that
 * lost part of the programme (a morning block gone, a reflections section taken in instead) shows as twins that
 * disagree on the number of sessions; {@link #disagreements} says so.
 */
public final class Twins {

    /** The code of the warning {@link #disagreements} gives. */
    public static final String SESSIONS_DIFFER = "twin.sessions-differ";

    private static final Pattern LANGUAGE = Pattern.compile("^(.*?)(?:\\.([a-z]{2})(?:-[a-z]{2})?)?(\\.(?:md|markdown))$",
            Pattern.CASE_INSENSITIVE);

    private Twins() {
    }

    /**
     * What the twins of a page share: its path without the language suffix ({@code …/_index.vi.md} and
     * {@code …/_index.md} both give {@code …/_index.md}).
     *
     * @param path a page's path
     * @return the path without its language suffix
     */
    public static String key(String path) {
        Matcher m = LANGUAGE.matcher(path);
        return m.matches() ? m.group(1) + m.group(3) : path;
    }

    /**
     * A warning for each page whose twins have another number of sessions than it has.
     *
     * @param sessionsByPath the number of sessions of each page, by path
     * @return by path, the warning for that page ({@link #SESSIONS_DIFFER}); pages whose twins agree are absent
     */
    public static Map<String, Diagnostic> disagreements(Map<String, Integer> sessionsByPath) {
        Map<String, List<String>> byKey = new TreeMap<>();
        for (String path : sessionsByPath.keySet()) {
            byKey.computeIfAbsent(key(path), k -> new ArrayList<>()).add(path);
        }
        Map<String, Diagnostic> out = new LinkedHashMap<>();
        for (List<String> twins : byKey.values()) {
            twins.sort(null);
            for (String path : twins) {
                int own = sessionsByPath.get(path);
                List<String> others = new ArrayList<>();
                for (String other : twins) {
                    int theirs = sessionsByPath.get(other);
                    if (!other.equals(path) && theirs != own) {
                        others.add(name(other) + " has " + theirs);
                    }
                }
                if (!others.isEmpty()) {
                    out.put(path, Diagnostic.warning(SESSIONS_DIFFER, "this page has " + own + " session"
                            + (own == 1 ? "" : "s") + ", its twin " + String.join(", ", others)
                            + ": part of the programme may be missing from one of them", 0));
                }
            }
        }
        return out;
    }

    private static String name(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
