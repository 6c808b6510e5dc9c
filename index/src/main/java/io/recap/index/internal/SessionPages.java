package io.recap.index.internal;

import io.recap.model.LineRange;
import io.recap.model.Report;
import io.recap.model.Service;
import io.recap.model.ServiceCount;
import io.recap.model.Session;
import io.recap.model.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events written as a folder of pages, one per session: {@code 4-Events/4.2-Cloud-Day/_index.md} recaps the
 * event and {@code 4-Events/4.2-Cloud-Day/4.2.1-Keynote/_index.md}, {@code …/4.2.2-Opening/_index.md} one
 * session each. The sub-pages are the event's sessions, not events of their own: the index reads an event folder
 * as one unit, the parent page with its sub-pages appended to its programme.
 *
 * <p>A page is a sub-page when it is the index page ({@code _index.md} or {@code index.md}) of a folder inside an
 * event folder whose own index page, in the same language, is read in the same run, and that event folder lies
 * in a section that has an index page too (three levels: section, event, session), so that the events of a
 * section are never taken for its sessions.
 */
final class SessionPages {

    private static final Pattern INDEX_PAGE = Pattern.compile("^(.*)/(?:_index|index)((?:\\.[A-Za-z]{2}(?:-[A-Za-z]{2})?)?)"
            + "\\.(?:md|markdown)$");
    /** Most sub-pages read into one event; a folder with more is not read as one unit. */
    static final int MAX_SUB_PAGES = 50;

    private SessionPages() {
    }

    /** Sub-page files by the key of their event's page, children in key order; files not in a unit are absent. */
    static Map<String, List<SourceFile>> units(List<SourceFile> files) {
        Map<String, SourceFile> pages = new TreeMap<>();
        for (SourceFile f : files) {
            if (INDEX_PAGE.matcher(f.key()).matches()) {
                pages.put(f.key(), f);
            }
        }
        Map<String, List<SourceFile>> units = new LinkedHashMap<>();
        for (SourceFile f : pages.values()) {
            String parent = parentPage(f.key(), pages);
            if (parent != null && parentPage(parent, pages) != null) {
                units.computeIfAbsent(parent, k -> new ArrayList<>()).add(f);
            }
        }
        // pages whose own folders hold pages are events, not sessions: a unit's pages are leaves
        java.util.Set<String> parents = new java.util.HashSet<>(units.keySet());
        units.values().removeIf(children -> children.size() > MAX_SUB_PAGES
                || children.stream().anyMatch(f -> parents.contains(f.key())));
        return units;
    }

    /** The key of the index page of the folder above {@code key}'s folder, in the same language, or null. */
    private static String parentPage(String key, Map<String, SourceFile> pages) {
        Matcher m = INDEX_PAGE.matcher(key);
        if (!m.matches()) {
            return null;
        }
        String folder = m.group(1);
        int slash = folder.lastIndexOf('/');
        if (slash <= 0) {
            return null;
        }
        String up = folder.substring(0, slash);
        String suffix = m.group(2).toLowerCase(Locale.ROOT);
        for (String name : new String[]{"_index", "index"}) {
            for (String ext : new String[]{".md", ".markdown"}) {
                String candidate = up + "/" + name + suffix + ext;
                if (pages.containsKey(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * The event page with one session per sub-page appended to its programme: the sub-page's name, its speakers,
     * its services, its own session titles as points; the event's speakers and services gain the sub-pages'.
     * A session's lines are the lines of its sub-page.
     */
    static Report merge(Report event, List<Report> subPages) {
        List<Session> sessions = new ArrayList<>(event.sessions());
        Map<String, Speaker> speakers = new LinkedHashMap<>();
        event.speakers().forEach(s -> speakers.putIfAbsent(s.name(), s));
        Map<String, Service> serviceOf = new LinkedHashMap<>();
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (ServiceCount c : event.services()) {
            serviceOf.put(c.service().id(), c.service());
            mentions.merge(c.service().id(), c.mentions(), Integer::sum);
        }
        for (Report page : subPages) {
            List<String> points = new ArrayList<>();
            List<String> demos = new ArrayList<>();
            for (Session s : page.sessions()) {
                points.add(s.title());
                demos.addAll(s.demos());
            }
            points.addAll(page.takeaways());
            List<Service> services = new ArrayList<>();
            for (ServiceCount c : page.services()) {
                services.add(c.service());
                serviceOf.putIfAbsent(c.service().id(), c.service());
                mentions.merge(c.service().id(), c.mentions(), Integer::sum);
            }
            page.speakers().forEach(s -> speakers.putIfAbsent(s.name(), s));
            int last = 1;
            for (io.recap.model.Section s : page.sections()) {
                last = Math.max(last, s.lines().end());
            }
            sessions.add(new Session(sessions.size() + 1, title(page), null, page.startTime(), page.endTime(),
                    page.speakers(), points, demos, services, new LineRange(1, last)));
        }
        List<ServiceCount> counts = new ArrayList<>();
        serviceOf.forEach((id, s) -> counts.add(new ServiceCount(s, mentions.get(id))));
        return event.toBuilder().sessions(sessions).speakers(new ArrayList<>(speakers.values())).services(counts)
                .build();
    }

    /** A sub-page's name: what it names, else its page title, else its file's folder. */
    private static String title(Report page) {
        if (page.title() != null) {
            return page.title();
        }
        if (page.pageTitle() != null) {
            return page.pageTitle();
        }
        Matcher m = INDEX_PAGE.matcher(page.source().path());
        String folder = m.matches() ? m.group(1) : page.source().path();
        return folder.substring(folder.lastIndexOf('/') + 1);
    }
}
