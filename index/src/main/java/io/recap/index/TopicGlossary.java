package io.recap.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The topic glossary: cloud and software topics with the names people write for them in English and Vietnamese
 * ({@code topics.tsv}, knowledge rather than code, like the service catalog). Searches expand a query that names
 * a topic to its other names, and sessions are tagged with the topics they are about. Immutable and thread-safe.
 *
 * <p>The format is described in the header of the built-in {@code io/recap/index/topics.tsv}: one topic per line,
 * TAB-separated columns {@code id category en vi en-close vi-close services note}, names separated by {@code |},
 * {@code *} marking a name the real corpus never writes.
 */
public final class TopicGlossary {

    private static final String RESOURCE = "/io/recap/index/topics.tsv";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern VERSION = Pattern.compile("#.*\\bversion:\\s*(\\S+)");
    private static final int COLUMNS = 8;

    private final String version;
    private final List<Topic> topics;
    private final Map<String, Topic> byId;
    private final Set<String> unattested;

    private TopicGlossary(String version, List<Topic> topics, Set<String> unattested) {
        this.version = version;
        this.topics = List.copyOf(topics);
        Map<String, Topic> ids = new LinkedHashMap<>();
        for (Topic t : topics) {
            ids.put(t.id(), t);
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.unattested = Set.copyOf(unattested);
    }

    /** Holds the built-in glossary, read once. */
    private static final class BuiltIn {
        static final TopicGlossary INSTANCE = read();

        private static TopicGlossary read() {
            try (InputStream in = TopicGlossary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from recap's index module");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The glossary recap comes with.
     *
     * @return the built-in glossary
     */
    public static TopicGlossary builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * Reads a glossary in the format of the built-in one.
     *
     * @param text   the glossary's text
     * @param source where it comes from, for messages
     * @return the glossary
     * @throws IllegalArgumentException naming the line of a row that breaks the format
     */
    static TopicGlossary parse(String text, String source) {
        String version = "unversioned";
        List<Topic> topics = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> unattested = new LinkedHashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.startsWith("#")) {
                var m = VERSION.matcher(line);
                if (m.find() && version.equals("unversioned")) {
                    version = m.group(1);
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String where = source + ":" + (i + 1) + ": ";
            String[] cols = Arrays.copyOf(line.split("\t", -1), COLUMNS);
            if (line.split("\t", -1).length > COLUMNS) {
                throw new IllegalArgumentException(where + "more than " + COLUMNS + " columns");
            }
            String id = value(cols[0]);
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException(where + "'" + id + "' is no topic id (lower-case letters, "
                        + "digits and -)");
            }
            if (!ids.add(id)) {
                throw new IllegalArgumentException(where + "topic " + id + " is listed twice");
            }
            List<String> en = terms(cols[2], unattested);
            if (en.isEmpty()) {
                throw new IllegalArgumentException(where + "topic " + id + " has no English name");
            }
            topics.add(new Topic(id, value(cols[1]), en, terms(cols[3], unattested), terms(cols[4], unattested),
                    terms(cols[5], unattested), terms(cols[6], null), value(cols[7])));
        }
        return new TopicGlossary(version, topics, unattested);
    }

    private static String value(String column) {
        return column == null ? "" : column.strip();
    }

    private static List<String> terms(String column, Set<String> unattested) {
        List<String> out = new ArrayList<>();
        for (String raw : value(column).split("\\|")) {
            String t = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
            if (t.startsWith("*") && unattested != null) {
                t = t.substring(1).strip();
                unattested.add(t);
            }
            if (!t.isEmpty() && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The glossary's version, from its header ({@code version: 2026.12-1}); part of what tells an index whose
     * topic tags are stale.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * Every topic, in the glossary's order.
     *
     * @return the topics
     */
    public List<Topic> topics() {
        return topics;
    }

    /**
     * The topic with this id.
     *
     * @param id a topic id
     * @return the topic, or empty
     */
    public Optional<Topic> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The topic a user means: by id, or by any of its English or Vietnamese names, case and diacritics aside
     * ("Observability", "khả năng quan sát", "kha nang quan sat").
     *
     * @param name an id or a name
     * @return the topic, or empty
     */
    public Optional<Topic> resolve(String name) {
        String key = key(name);
        Topic t = byId.get(key.replace(' ', '-'));
        if (t != null) {
            return Optional.of(t);
        }
        for (Topic topic : topics) {
            for (String n : topic.names()) {
                if (key(n).equals(key)) {
                    return Optional.of(topic);
                }
            }
            for (String n : topic.vietnameseNames()) {
                if (key(n).equals(key)) {
                    return Optional.of(topic);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Topics whose id or a name contains {@code name} (case and diacritics aside), for suggestions.
     *
     * @param name what a user typed
     * @param max  the most topics to return
     * @return up to {@code max} topics
     */
    public List<Topic> suggest(String name, int max) {
        String key = key(name);
        List<Topic> out = new ArrayList<>();
        for (Topic t : topics) {
            if (out.size() >= max) {
                break;
            }
            boolean close = t.id().contains(key.replace(' ', '-'))
                    || t.names().stream().anyMatch(n -> key(n).contains(key))
                    || t.vietnameseNames().stream().anyMatch(n -> key(n).contains(key));
            if (close && !key.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether the glossary marks {@code term} as one the real corpus never writes. */
    boolean unattested(String term) {
        return unattested.contains(term);
    }

    /** A name folded for lookups: lower case, no diacritics (đ as d), single spaces. */
    static String key(String s) {
        String n = Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT).replace('đ', 'd'),
                Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.replaceAll("[\\s_]+", " ");
    }
}
