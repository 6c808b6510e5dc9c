package io.recap.index.internal;

import io.recap.index.EventGroup;
import io.recap.index.EventSummary;
import io.recap.index.GroupedReport;
import io.recap.index.GroupedReport.Reason;
import io.recap.index.ProgrammeSession;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups reports into the events they recap, from their {@link GroupFacts} alone, in four steps whose order makes
 * the result deterministic (reports are taken in the order of their ids):
 * <ol>
 *   <li>language twins (the same {@link GroupFacts#twinKey()}) are one report;</li>
 *   <li>reports of the same date are one event when their names are compatible ({@link EventNames#compatible}) or,
 *       under other names (English and Vietnamese ones), when their programmes agree: speakers, session titles or
 *       services in common;</li>
 *   <li>a report without a date (nor a twin with one) joins an event when its name leaves no doubt
 *       ({@link EventNames#same}), its programme has something in common with the event's, and exactly one event
 *       fits;</li>
 *   <li>no step ever joins two dates, nor two names with different series numbers (twins apart).</li>
 * </ol>
 * Section index pages are no events and are left out. Stateless apart from its vocabulary; thread-safe.
 */
final class EventGrouper {

    private final EventNames names;

    EventGrouper(EventNames names) {
        this.names = names;
    }

    /** The events of an archive, newest first (then by id), and each report's event. */
    record Grouping(List<EventGroup> events, Map<String, EventGroup> byReport, Map<String, EventGroup> byId) {

        /** The event of a report id, or of an event id. */
        EventGroup find(String id) {
            EventGroup g = byId.get(id);
            return g != null ? g : byReport.get(id);
        }
    }

    /** One report as the grouping sees it. */
    private static final class Node {
        final int index;
        final GroupFacts facts;
        final EventNames.Name name;
        final Set<String> speakers = new TreeSet<>();
        final Set<String> services = new TreeSet<>();
        final Set<String> titles = new TreeSet<>();

        Node(int index, GroupFacts facts, EventNames.Name name) {
            this.index = index;
            this.facts = facts;
            this.name = name;
        }
    }

    /** A link found between two reports. */
    private record Edge(int from, int to, Reason reason, String why) {
    }

    /** Groups {@code reports} into events. */
    Grouping group(Collection<GroupFacts> reports) {
        List<GroupFacts> sorted = new ArrayList<>();
        for (GroupFacts f : reports) {
            if (!f.indexPage()) {
                sorted.add(f);
            }
        }
        sorted.sort(Comparator.comparing(GroupFacts::id));
        List<Node> nodes = new ArrayList<>(sorted.size());
        for (GroupFacts f : sorted) {
            Node n = new Node(nodes.size(), f, names.read(f.name()));
            for (String s : f.speakers()) {
                n.speakers.add(person(s));
            }
            n.services.addAll(f.services());
            for (GroupFacts.SessionFacts s : f.sessions()) {
                s.speakers().forEach(p -> n.speakers.add(person(p)));
                n.services.addAll(s.services());
                String t = titleKey(s.title());
                if (t != null) {
                    n.titles.add(t);
                }
            }
            n.speakers.remove("");
            nodes.add(n);
        }
        Clusters c = new Clusters(nodes);
        // 1. twins
        Map<String, List<Node>> byTwin = new TreeMap<>();
        nodes.forEach(n -> byTwin.computeIfAbsent(n.facts.twinKey(), k -> new ArrayList<>()).add(n));
        for (List<Node> twins : byTwin.values()) {
            for (int i = 1; i < twins.size(); i++) {
                Node n = twins.get(i);
                for (int j = 0; j < i; j++) {
                    if (c.union(n, twins.get(j), Reason.TWIN, "the same report in another language", true)) {
                        break;
                    }
                }
            }
        }
        // 2. the same date: a compatible name, or a programme in common
        Map<LocalDate, List<Node>> byDate = new TreeMap<>();
        nodes.stream().filter(n -> n.facts.date() != null)
                .forEach(n -> byDate.computeIfAbsent(n.facts.date(), k -> new ArrayList<>()).add(n));
        for (List<Node> day : byDate.values()) {
            for (int j = 1; j < day.size(); j++) {
                Node b = day.get(j);
                for (int i = 0; i < j; i++) {
                    Node a = day.get(i);
                    if (c.root(a) == c.root(b) || EventNames.conflict(a.name, b.name)) {
                        continue;
                    }
                    if (EventNames.compatible(a.name, b.name)) {
                        c.union(b, a, Reason.NAME_AND_DATE, a.name.key().equals(b.name.key())
                                ? "same name and date" : "same date; names agree (" + common(a, b) + ")", false);
                    } else {
                        // under other names: a programme in common, two speakers or session titles when a date is
                        // only a page's (a template's default date is on many pages)
                        String agree = a.facts.pageDate() || b.facts.pageDate() ? firm(a, b) : agreement(a, b, false);
                        if (agree != null) {
                            c.union(b, a, Reason.PROGRAMME_AND_DATE, "same date; " + agree, false);
                        }
                    }
                }
            }
        }
        // 3. no date (or only the date of the page, which no other report confirms): a name and a programme
        // that fit one event only, an event with a date the reports state first
        Candidates candidates = new Candidates(nodes);
        for (Node u : nodes) {
            if (c.dated(u) || u.name.isEmpty()) {
                continue;
            }
            Map<Integer, Edge> dated = new TreeMap<>();
            Map<Integer, Edge> strong = new TreeMap<>();
            Map<Integer, Edge> fits = new TreeMap<>();
            Set<Integer> named = new TreeSet<>();
            for (Node v : candidates.of(u)) {
                int root = c.root(v);
                if (root != c.root(u) && EventNames.same(u.name, v.name) && u.name.fits(c.date(v))) {
                    named.add(root);
                }
            }
            // an event most of whose reports give another series number is no fit, whatever one report says
            named.removeIf(root -> {
                int votes = 0;
                for (Node v : c.members(root)) {
                    votes += EventNames.conflict(u.name, v.name) ? -1 : EventNames.compatible(u.name, v.name) ? 1 : 0;
                }
                return votes <= 0;
            });
            // the programme may agree with any report of an event whose name fits
            List<Node> fitting = new ArrayList<>();
            named.forEach(root -> fitting.addAll(c.members(root)));
            fitting.sort(Comparator.comparingInt((Node n) -> n.index));
            for (Node v : fitting) {
                int root = c.root(v);
                String agree = agreement(u, v, true);
                if (agree != null) {
                    String why = (u.facts.date() == null ? "no date" : "no date but the page's ("
                            + u.facts.date() + ")") + "; same name and " + agree;
                    Edge e = new Edge(u.index, v.index, Reason.NAME_AND_PROGRAMME, why);
                    fits.putIfAbsent(root, e);
                    if (c.dated(v)) {
                        dated.putIfAbsent(root, e);
                        String firm = agreement(u, v, false);
                        if (firm != null) {
                            strong.putIfAbsent(root, new Edge(u.index, v.index, Reason.NAME_AND_PROGRAMME,
                                    (u.facts.date() == null ? "no date" : "no date but the page's ("
                                            + u.facts.date() + ")") + "; same name and " + firm));
                        }
                    }
                }
            }
            Edge chosen = null;
            if (dated.size() == 1) {
                chosen = dated.values().iterator().next();
            } else if (dated.isEmpty() && fits.size() == 1) {
                chosen = fits.values().iterator().next();
            } else if (dated.size() > 1) {
                // several dated events of that name (reports that give a wrong date make more): the one most
                // reports give, when it has three or more and at least twice as many as any other, and the
                // programmes agree strongly
                List<Map.Entry<Integer, Integer>> sizes = new ArrayList<>();
                for (int root : dated.keySet()) {
                    sizes.add(Map.entry(root, c.reports(root)));
                }
                sizes.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()));
                int top = sizes.get(0).getValue();
                int second = sizes.get(1).getValue();
                Edge e = strong.get(sizes.get(0).getKey());
                if (top >= 3 && top >= 2 * second && e != null) {
                    chosen = new Edge(e.from, e.to, e.reason, e.why + "; of the " + dated.size()
                            + " events of that name, the one most reports date (" + top + ")");
                }
            }
            if (chosen != null && c.date(u) != null && c.reports(c.root(nodes.get(chosen.to)))
                    < c.reports(c.root(u))) {
                chosen = null; // more reports give the page's date than give the other: it stays
            }
            if (chosen != null) {
                c.union(nodes.get(chosen.from), nodes.get(chosen.to), chosen.reason, chosen.why, true);
            }
        }
        return c.grouping();
    }

    /**
     * The reports whose names may be {@link EventNames#same} as a report's: a name made of another's words holds
     * the rarest of them, so only the reports holding the rarest word of the name, or whose rarest word the name
     * holds, need comparing (not the whole archive for each report without a date).
     */
    private static final class Candidates {
        private final Map<String, List<Node>> byWord = new HashMap<>();
        private final Map<String, List<Node>> byRarest = new HashMap<>();
        private final Map<String, Integer> frequency = new HashMap<>();

        Candidates(List<Node> nodes) {
            for (Node n : nodes) {
                for (String w : n.name.words()) {
                    frequency.merge(w, 1, Integer::sum);
                    byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(n);
                }
            }
            for (Node n : nodes) {
                String rarest = rarest(n);
                if (rarest != null) {
                    byRarest.computeIfAbsent(rarest, k -> new ArrayList<>()).add(n);
                }
            }
        }

        private String rarest(Node n) {
            String best = null;
            for (String w : n.name.words()) {
                if (best == null || frequency.get(w) < frequency.get(best)
                        || frequency.get(w).equals(frequency.get(best)) && w.compareTo(best) < 0) {
                    best = w;
                }
            }
            return best;
        }

        /** The reports that may share a name with {@code u}, in the order of their ids. */
        List<Node> of(Node u) {
            Set<Node> out = new java.util.TreeSet<>(Comparator.comparingInt((Node n) -> n.index));
            String rarest = rarest(u);
            if (rarest != null) {
                out.addAll(byWord.getOrDefault(rarest, List.of()));
            }
            for (String w : u.name.words()) {
                out.addAll(byRarest.getOrDefault(w, List.of()));
            }
            return new ArrayList<>(out);
        }
    }

    /** The words two names share. */
    private static String common(Node a, Node b) {
        List<String> shared = new ArrayList<>();
        for (String w : a.name.words()) {
            if (b.name.words().contains(w)) {
                shared.add(w);
            }
        }
        return String.join(" ", shared);
    }

    /**
     * What two reports' programmes have in common, in words, when it is enough to call them one event: two
     * speakers, or a speaker and three services, or two session titles, or most of their services (four or more);
     * {@code weak}: one speaker, one session title or two services suffice (for a name that already leaves no
     * doubt). {@code null} when not.
     */
    private static String agreement(Node a, Node b, boolean weak) {
        Set<String> speakers = intersection(a.speakers, b.speakers);
        Set<String> services = intersection(a.services, b.services);
        Set<String> titles = intersection(a.titles, b.titles);
        Set<String> all = new TreeSet<>(a.services);
        all.addAll(b.services);
        boolean enough = weak
                ? !speakers.isEmpty() || !titles.isEmpty() || services.size() >= 2
                : speakers.size() >= 2 || !speakers.isEmpty() && services.size() >= 3 || titles.size() >= 2
                || services.size() >= 4 && services.size() * 2 >= all.size();
        if (!enough) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (!speakers.isEmpty()) {
            parts.add(count(speakers.size(), "speaker") + " in common (" + shown(a, speakers) + ")");
        }
        if (!titles.isEmpty()) {
            parts.add(count(titles.size(), "session title") + " in common");
        }
        if (!services.isEmpty()) {
            parts.add(count(services.size(), "service") + " in common (" + String.join(", ", first(services, 5))
                    + ")");
        }
        return String.join(", ", parts);
    }

    /** {@link #agreement} when two speakers or two session titles are in common, else {@code null}. */
    private static String firm(Node a, Node b) {
        int speakers = intersection(a.speakers, b.speakers).size();
        int titles = intersection(a.titles, b.titles).size();
        return speakers >= 2 || titles >= 2 ? agreement(a, b, false) : null;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** The speakers of {@code a} with these keys, as {@code a} writes them (at most three). */
    private static String shown(Node a, Set<String> keys) {
        Set<String> out = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(a.facts.speakers());
        a.facts.sessions().forEach(s -> names.addAll(s.speakers()));
        for (String n : names) {
            if (keys.contains(person(n)) && out.size() < 3) {
                out.add(n);
            }
        }
        return String.join(", ", out) + (keys.size() > out.size() ? ", …" : "");
    }

    private static List<String> first(Set<String> values, int n) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (out.size() == n) {
                out.add("…");
                break;
            }
            out.add(v);
        }
        return out;
    }

    private static <T> Set<T> intersection(Set<T> a, Set<T> b) {
        Set<T> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }

    /** A person's name as compared: folded, its words sorted (names are written in either order), titles gone. */
    static String person(String name) {
        Set<String> words = new TreeSet<>();
        for (String w : EventNames.fold(name).split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !w.matches("mr|mrs|ms|dr|anh|chi|thay|co")) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }

    /** A session title as compared: its folded words (at least two), or {@code null}. */
    static String titleKey(String title) {
        List<String> words = new ArrayList<>();
        for (String w : EventNames.fold(title).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words.size() < 2 ? null : String.join(" ", words);
    }

    /** Union-find over the reports, with each cluster's date and the links found. */
    private final class Clusters {
        final List<Node> nodes;
        final int[] parent;
        final LocalDate[] dates;
        /**
         * Whether a cluster's date is stated by a report's body (not only by front matters: many pages carry their
         * template's default date, so that even two reports agreeing on it prove nothing).
         */
        final boolean[] stated;
        final List<Edge> edges = new ArrayList<>();
        /** By root, the cluster's reports. */
        final List<List<Node>> members = new ArrayList<>();

        Clusters(List<Node> nodes) {
            this.nodes = nodes;
            for (Node n : nodes) {
                members.add(new ArrayList<>(List.of(n)));
            }
            this.parent = new int[nodes.size()];
            this.dates = new LocalDate[nodes.size()];
            this.stated = new boolean[nodes.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
                dates[i] = nodes.get(i).facts.date();
                stated[i] = dates[i] != null && !nodes.get(i).facts.pageDate();
            }
        }

        int root(Node n) {
            return root(n.index);
        }

        int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /** The date of a report's cluster, or {@code null}. */
        LocalDate date(Node n) {
            return dates[root(n)];
        }

        /** How many reports (twins once) the cluster with this root holds. */
        int reports(int root) {
            Set<String> keys = new TreeSet<>();
            for (Node n : members(root)) {
                keys.add(n.facts.twinKey());
            }
            return keys.size();
        }

        /** The reports of the cluster with this root. */
        List<Node> members(int root) {
            return members.get(root);
        }

        /** Whether a report's cluster has a stated date (not only the date of one report's page). */
        boolean dated(Node n) {
            return stated[root(n)];
        }

        /**
         * Links two reports' clusters, unless they are one or have different dates (when {@code yield}, the date
         * of one report's page gives way to a stated one); whether they are one now.
         */
        boolean union(Node from, Node to, Reason reason, String why, boolean yield) {
            int a = root(from);
            int b = root(to);
            if (a == b) {
                return true;
            }
            LocalDate date = dates[a] == null ? dates[b] : dates[a];
            if (dates[a] != null && dates[b] != null && !dates[a].equals(dates[b])) {
                if (!yield || stated[a] == stated[b]) {
                    return false;
                }
                date = stated[a] ? dates[a] : dates[b];
            }
            int keep = Math.min(a, b);
            int gone = Math.max(a, b);
            parent[gone] = keep;
            members.get(keep).addAll(members.get(gone));
            members.set(gone, List.of());
            stated[keep] = stated[a] || stated[b];
            dates[keep] = date;
            edges.add(new Edge(from.index, to.index, reason, why));
            return true;
        }

        Grouping grouping() {
            Map<Integer, List<Node>> members = new TreeMap<>();
            for (Node n : nodes) {
                members.computeIfAbsent(root(n), k -> new ArrayList<>()).add(n);
            }
            Map<Integer, List<Edge>> adjacent = new HashMap<>();
            for (Edge e : edges) {
                adjacent.computeIfAbsent(e.from, k -> new ArrayList<>()).add(e);
                adjacent.computeIfAbsent(e.to, k -> new ArrayList<>()).add(e);
            }
            List<List<Node>> clusters = new ArrayList<>(members.values());
            clusters.sort(Comparator.comparing((List<Node> m) -> dates[root(m.get(0))],
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(m -> m.get(0).facts.id()));
            List<EventGroup> events = new ArrayList<>();
            Map<String, EventGroup> byReport = new HashMap<>();
            Map<String, EventGroup> byId = new LinkedHashMap<>();
            for (List<Node> m : clusters) {
                EventGroup g = event(m, adjacent, byId.keySet());
                events.add(g);
                byId.put(g.id(), g);
                m.forEach(n -> byReport.put(n.facts.id(), g));
            }
            return new Grouping(List.copyOf(events), Map.copyOf(byReport), byId);
        }

        private EventGroup event(List<Node> m, Map<Integer, List<Edge>> adjacent, Set<String> taken) {
            LocalDate date = dates[root(m.get(0))];
            Node first = m.stream().filter(n -> Objects.equals(n.facts.date(), date)).findFirst().orElse(m.get(0));
            // why each report is here: the link by which a walk from the first report reaches it
            Map<Integer, GroupedReport> why = new LinkedHashMap<>();
            why.put(first.index, new GroupedReport(summary(first.facts), Reason.FIRST, null, ""));
            Deque<Integer> todo = new ArrayDeque<>(List.of(first.index));
            while (!todo.isEmpty()) {
                int at = todo.poll();
                for (Edge e : adjacent.getOrDefault(at, List.of())) {
                    int next = e.from == at ? e.to : e.from;
                    if (!why.containsKey(next)) {
                        why.put(next, new GroupedReport(summary(nodes.get(next).facts), e.reason,
                                nodes.get(at).facts.id(), e.why));
                        todo.add(next);
                    }
                }
            }
            List<GroupedReport> pages = new ArrayList<>(why.values());
            Set<String> languages = new TreeSet<>();
            Set<String> reports = new TreeSet<>();
            Map<String, Integer> titles = new HashMap<>();
            Map<String, Integer> places = new HashMap<>();
            for (Node n : m) {
                if (n.facts.language() != null) {
                    languages.add(n.facts.language());
                }
                reports.add(n.facts.twinKey());
                if (!n.name.isEmpty()) {
                    titles.merge(n.name.key(), 1, Integer::sum);
                }
                if (n.facts.location() != null) {
                    places.merge(n.facts.location(), 1, Integer::sum);
                }
            }
            String key = most(titles, Comparator.comparingInt(String::length));
            String title = "";
            if (key != null) {
                for (Node n : m) {
                    if (key.equals(n.name.key())) {
                        title = names.display(n.facts.name());
                        break;
                    }
                }
            }
            String location = most(places, Comparator.naturalOrder());
            String id = id(date, key, taken);
            return new EventGroup(id, title, date, location, List.copyOf(languages), reports.size(), pages,
                    programme(m));
        }

        /** The value most reports give; ties broken by {@code tie}. */
        private static String most(Map<String, Integer> counts, Comparator<String> tie) {
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey(tie.thenComparing(Comparator.naturalOrder()))))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }
    }

    /** {@code 2025-11-15-aws-cloud-mastery-1}: the date and the name's words, unique among {@code taken}. */
    static String id(LocalDate date, String nameKey, Set<String> taken) {
        StringBuilder sb = new StringBuilder(date == null ? "undated" : date.toString());
        if (nameKey != null && !nameKey.isEmpty()) {
            String words = nameKey.replace("#", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (words.length() > 48) {
                words = words.substring(0, 48).replaceAll("-[^-]*$", "");
            }
            if (!words.isEmpty()) {
                sb.append('-').append(words);
            }
        }
        String base = sb.toString();
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The summary of a report, from its facts. */
    static EventSummary summary(GroupFacts f) {
        return new EventSummary(f.id(), f.name(), f.date(), f.language(), f.location(), f.file(),
                f.sessions().size());
    }

    /**
     * The union of the reports' programmes: the sessions of the report with the most first, then those of the
     * others that tell another session (a twin's session n is its twin's session n when both have as many
     * sessions; another report's session is one with the same title, or most of its words).
     */
    private static List<ProgrammeSession> programme(List<Node> members) {
        List<Node> order = new ArrayList<>(members);
        order.sort(Comparator.comparingInt((Node n) -> -n.facts.sessions().size()).thenComparing(n -> n.facts.id()));
        List<Item> items = new ArrayList<>();
        Map<String, List<Item>> byTwin = new HashMap<>();
        for (Node n : order) {
            List<GroupFacts.SessionFacts> sessions = n.facts.sessions();
            List<Item> twin = byTwin.get(n.facts.twinKey());
            boolean twinAgrees = twin != null && twin.size() == sessions.size();
            List<Item> mine = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                GroupFacts.SessionFacts s = sessions.get(i);
                Item item = twinAgrees ? twin.get(i) : match(items, s.title());
                if (item == null) {
                    item = new Item(s.title());
                    items.add(item);
                }
                item.reports.add(n.facts.twinKey());
                item.sessions.add(n.facts.id() + "#" + (i + 1));
                mine.add(item);
            }
            byTwin.putIfAbsent(n.facts.twinKey(), mine);
        }
        List<ProgrammeSession> out = new ArrayList<>(items.size());
        for (Item i : items) {
            out.add(new ProgrammeSession(i.title, i.reports.size(), List.copyOf(i.sessions)));
        }
        return out;
    }

    /** A session of the programme being built. */
    private static final class Item {
        final String title;
        final Set<String> words = new TreeSet<>();
        final Set<String> reports = new TreeSet<>();
        final List<String> sessions = new ArrayList<>();

        Item(String title) {
            this.title = title;
            words.addAll(words(title));
        }
    }

    private static Item match(List<Item> items, String title) {
        Set<String> words = words(title);
        if (words.size() < 2) {
            return null;
        }
        for (Item i : items) {
            int shared = intersection(i.words, words).size();
            if (i.words.equals(words) || shared >= 2 && shared >= 0.75 * Math.max(i.words.size(), words.size())) {
                return i;
            }
        }
        return null;
    }

    private static Set<String> words(String title) {
        Set<String> out = new TreeSet<>();
        for (String w : EventNames.fold(title).split("[^a-z0-9]+")) {
            if (w.length() > 1) {
                out.add(w);
            }
        }
        return out;
    }
}
