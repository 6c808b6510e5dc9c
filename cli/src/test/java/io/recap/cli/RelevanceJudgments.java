package io.recap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The relevance judgments of {@code relevance/judgments.txt}: for each query, the recap command line and the
 * sessions (or, for {@code events}, the reports) a careful reader expects, written by reading the real reports.
 * The file's header explains its format; {@code same-as}, {@code union-of}, {@code only-files} and
 * {@code except} build a query's expectations from other queries'.
 */
final class RelevanceJudgments {

    /** Where the judgments are, on the test class path. */
    static final String RESOURCE = "relevance/judgments.txt";

    /**
     * One expected session: the report it is in (or any of several, for a session page that may become part of
     * its event) and the titles it may carry; an {@code event-level} expectation stands for any {@code count}
     * sessions of the report.
     */
    record Expected(List<String> files, List<String> titles, int eventLevel) {

        /** Whether this expects any session of a report (its speakers are the event's). */
        boolean isEventLevel() {
            return eventLevel > 0;
        }

        /** How many expected sessions this stands for. */
        int count() {
            return Math.max(1, eventLevel);
        }

        /** Whether it is in the report at {@code file}. */
        boolean in(String file) {
            return files.contains(file);
        }
    }

    /** One judged query. */
    record Query(String id, List<String> args, String tests, List<Expected> expected) {

        /** Whether the query lists events ({@code recap events}) rather than sessions. */
        boolean events() {
            return args.get(0).equals("events");
        }
    }

    private RelevanceJudgments() {
    }

    /** The judgments, in file order. */
    static List<Query> load() throws IOException {
        try (InputStream in = RelevanceJudgments.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is not on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Parses judgments text. */
    static List<Query> parse(String text) {
        Map<String, Query> queries = new LinkedHashMap<>();
        Draft d = null;
        int lineNo = 0;
        for (String raw : text.split("\n", -1)) {
            lineNo++;
            String line = raw.stripTrailing();
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("query ")) {
                if (d != null) {
                    queries.put(d.id, d.build(queries));
                }
                d = new Draft(line.substring(6).strip());
                continue;
            }
            if (d == null) {
                throw new IllegalArgumentException("line " + lineNo + ": outside a query: " + line);
            }
            String s = line.strip();
            int colon = s.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("line " + lineNo + ": no 'key:' in " + s);
            }
            String key = s.substring(0, colon);
            String value = s.substring(colon + 1).strip();
            switch (key) {
                case "run" -> d.args = words(value);
                case "tests" -> d.tests = value;
                case "note" -> { }
                case "file" -> d.files.add(new FileDraft(alternatives(value)));
                case "session" -> last(d, lineNo).titles.add(alternatives(value));
                case "event-level" -> last(d, lineNo).eventLevel = Integer.parseInt(value);
                case "same-as", "union-of" -> d.from.addAll(words(value));
                case "only-files" -> d.only = Pattern.compile(value);
                case "except" -> d.except.add(value);
                default -> throw new IllegalArgumentException("line " + lineNo + ": unknown key " + key);
            }
        }
        if (d != null) {
            queries.put(d.id, d.build(queries));
        }
        return new ArrayList<>(queries.values());
    }

    private static FileDraft last(Draft d, int lineNo) {
        if (d.files.isEmpty()) {
            throw new IllegalArgumentException("line " + lineNo + ": a session before any file");
        }
        return d.files.get(d.files.size() - 1);
    }

    private static List<String> alternatives(String value) {
        List<String> out = new ArrayList<>();
        for (String a : value.split("\\|")) {
            if (!a.isBlank()) {
                out.add(a.strip());
            }
        }
        return out;
    }

    /** A command line split as a POSIX shell would: on blanks, with '…' and "…" quoting. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote in " + line);
        }
        if (inWord) {
            out.add(w.toString());
        }
        return out;
    }

    private static final class FileDraft {
        final List<String> files;
        final List<List<String>> titles = new ArrayList<>();
        int eventLevel;

        FileDraft(List<String> files) {
            this.files = files;
        }
    }

    private static final class Draft {
        final String id;
        List<String> args;
        String tests = "";
        final List<FileDraft> files = new ArrayList<>();
        final List<String> from = new ArrayList<>();
        final List<String> except = new ArrayList<>();
        Pattern only;

        Draft(String id) {
            this.id = id;
        }

        Query build(Map<String, Query> earlier) {
            if (args == null || args.isEmpty()) {
                throw new IllegalArgumentException("query " + id + " has no run: line");
            }
            List<Expected> expected = new ArrayList<>();
            for (String other : from) {
                Query q = earlier.get(other);
                if (q == null) {
                    throw new IllegalArgumentException("query " + id + " builds on unknown query " + other);
                }
                for (Expected e : q.expected()) {
                    if (!expected.contains(e)) {
                        expected.add(e);
                    }
                }
            }
            for (FileDraft f : files) {
                if (f.eventLevel > 0 || f.titles.isEmpty()) {
                    expected.add(new Expected(List.copyOf(f.files), List.of(), f.eventLevel));
                }
                for (List<String> t : f.titles) {
                    Expected e = new Expected(List.copyOf(f.files), List.copyOf(t), 0);
                    if (!expected.contains(e)) {
                        expected.add(e);
                    }
                }
            }
            expected.removeIf(e -> (only != null && e.files().stream().noneMatch(f -> only.matcher(f).find()))
                    || e.files().stream().anyMatch(except::contains));
            return new Query(id, List.copyOf(args), tests, List.copyOf(expected));
        }
    }
}
