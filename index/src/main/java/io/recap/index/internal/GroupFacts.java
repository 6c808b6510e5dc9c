package io.recap.index.internal;

import io.recap.model.Report;
import io.recap.model.Service;
import io.recap.model.ServiceCount;
import io.recap.model.Session;
import io.recap.model.Speaker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the grouping of reports into events reads of one report ({@link EventGrouper}): the facts as the report
 * states them, not keys derived from them, so that a change of the naming vocabulary ({@link EventNames}) needs
 * no re-indexing. Stored on the report's event document ({@link Schema#GROUP_FACTS}) as a few lines of text.
 *
 * @param id           the report's id (its path, or {@code path#n})
 * @param file         the file it was read from
 * @param twinKey      what its language twins share ({@code Twins.key}, and {@code #n} for an event of a page)
 * @param language     its language code, or {@code null}
 * @param title        the event's own name, or {@code null}
 * @param pageTitle    the page title, or {@code null}
 * @param date         the event's date, or {@code null}
 * @param pageDate     whether that date is the one the front matter gives (often the day the page was written, or
 *                     a template's default, rather than the event's)
 * @param location     the venue, or {@code null}
 * @param indexPage    whether the page is a section index page (never part of an event)
 * @param speakers     the speakers' names
 * @param services     the ids of the services the report mentions
 * @param sessions     its sessions
 */
record GroupFacts(String id, String file, String twinKey, String language, String title, String pageTitle,
                         LocalDate date, boolean pageDate, String location, boolean indexPage, List<String> speakers,
                         List<String> services, List<SessionFacts> sessions) {

    /** One session: its title, its speakers' names and the ids of its services. */
    record SessionFacts(String title, List<String> speakers, List<String> services) {
    }

    private static final String VERSION = "f1";

    /** The facts of one report (an event of a page that recaps several has its own). */
    static GroupFacts of(Report r, String file) {
        String id = r.source().path();
        List<String> speakers = new ArrayList<>();
        for (Speaker s : r.speakers()) {
            speakers.add(s.name());
        }
        Set<String> services = new LinkedHashSet<>();
        for (ServiceCount c : r.services()) {
            services.add(c.service().id());
        }
        List<SessionFacts> sessions = new ArrayList<>();
        for (Session s : r.sessions()) {
            List<String> names = new ArrayList<>();
            s.speakers().forEach(sp -> names.add(sp.name()));
            Set<String> ids = new LinkedHashSet<>();
            for (Service svc : s.services()) {
                ids.add(svc.id());
            }
            sessions.add(new SessionFacts(s.title(), names, List.copyOf(ids)));
        }
        boolean pageDate = r.date() != null && r.frontMatter() != null && r.frontMatter().date() != null
                && r.frontMatter().date().replaceAll("[\"'\\s]", "").startsWith(r.date().toString());
        return new GroupFacts(id, file, IndexSnapshot.twinKey(file, id), r.language(), r.title(), r.pageTitle(),
                r.date(), pageDate, r.location(), r.indexPage(), speakers, List.copyOf(services), sessions);
    }

    /** The display name: the event's own name, else the page title, else "". */
    String name() {
        return title != null ? title : pageTitle != null ? pageTitle : "";
    }

    /** The facts as lines of tab-separated values. */
    String encode() {
        StringBuilder sb = new StringBuilder(VERSION).append('\n');
        line(sb, "id", id);
        line(sb, "file", file);
        line(sb, "twin", twinKey);
        line(sb, "lang", language);
        line(sb, "title", title);
        line(sb, "page", pageTitle);
        line(sb, "date", date == null ? null : date.toString());
        line(sb, "pagedate", pageDate ? "1" : null);
        line(sb, "loc", location);
        line(sb, "indexpage", indexPage ? "1" : null);
        line(sb, "spk", String.join("\t", clean(speakers)));
        line(sb, "svc", String.join("\t", services));
        for (SessionFacts s : sessions) {
            sb.append("s\t").append(clean(s.title())).append('\t').append(String.join("|", clean(s.speakers())))
                    .append('\t').append(String.join("|", s.services())).append('\n');
        }
        return sb.toString();
    }

    /** The facts {@link #encode} wrote. */
    static GroupFacts decode(String text) {
        String id = null, file = null, twin = null, lang = null, title = null, page = null, loc = null;
        LocalDate date = null;
        boolean indexPage = false;
        boolean pageDate = false;
        List<String> speakers = List.of();
        List<String> services = List.of();
        List<SessionFacts> sessions = new ArrayList<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String key = line.substring(0, tab);
            String value = line.substring(tab + 1);
            switch (key) {
                case "id" -> id = value;
                case "file" -> file = value;
                case "twin" -> twin = value;
                case "lang" -> lang = value;
                case "title" -> title = value;
                case "page" -> page = value;
                case "date" -> date = LocalDate.parse(value);
                case "loc" -> loc = value;
                case "indexpage" -> indexPage = true;
                case "pagedate" -> pageDate = true;
                case "spk" -> speakers = split(value, "\t");
                case "svc" -> services = split(value, "\t");
                case "s" -> {
                    String[] parts = value.split("\t", -1);
                    sessions.add(new SessionFacts(parts[0], parts.length > 1 ? split(parts[1], "\\|") : List.of(),
                            parts.length > 2 ? split(parts[2], "\\|") : List.of()));
                }
                default -> {
                    // a line of a later version: ignored
                }
            }
        }
        return new GroupFacts(id, file == null ? id : file, twin == null ? id : twin, lang, title, page, date, pageDate,
                loc,
                indexPage, speakers, services, sessions);
    }

    private static List<String> split(String value, String separator) {
        if (value.isEmpty()) {
            return List.of();
        }
        return List.of(value.split(separator));
    }

    private static void line(StringBuilder sb, String key, String value) {
        if (value != null && !value.isEmpty()) {
            sb.append(key).append('\t').append(key.equals("spk") || key.equals("svc") ? value : clean(value))
                    .append('\n');
        }
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\n\\r|]+", " ").strip();
    }

    private static List<String> clean(List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            String c = clean(v);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }
}
