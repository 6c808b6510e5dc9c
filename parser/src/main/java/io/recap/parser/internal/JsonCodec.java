package io.recap.parser.internal;

import io.recap.model.Diagnostic;
import io.recap.model.FrontMatter;
import io.recap.model.LineRange;
import io.recap.model.ListedEvent;
import io.recap.model.Part;
import io.recap.model.Report;
import io.recap.model.Section;
import io.recap.model.SectionKind;
import io.recap.model.Service;
import io.recap.model.ServiceCount;
import io.recap.model.Session;
import io.recap.model.Severity;
import io.recap.model.Source;
import io.recap.model.Speaker;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of the model, written and read explicitly so that the contract never drifts. */
public final class JsonCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private JsonCodec() {
    }

    /** Writes {@code r}, indented or on one line. */
    public static String write(Report r, boolean pretty) {
        ObjectNode o = toNode(r);
        return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) : MAPPER.writeValueAsString(o);
    }

    /** The JSON tree of {@code r}. */
    public static ObjectNode toNode(Report r) {
        ObjectNode o = MAPPER.createObjectNode();
        ObjectNode src = o.putObject("source");
        src.put("path", r.source().path());
        src.put("sha256", r.source().sha256());
        src.put("bytes", r.source().bytes());
        o.put("language", r.language());
        o.put("indexPage", r.indexPage());
        o.put("title", r.title());
        o.put("pageTitle", r.pageTitle());
        o.put("date", str(r.date()));
        o.put("endDate", str(r.endDate()));
        o.put("startTime", str(r.startTime()));
        o.put("endTime", str(r.endTime()));
        o.put("location", r.location());
        o.put("audience", r.audience());
        o.put("format", r.format());
        strings(o.putArray("organizers"), r.organizers());
        strings(o.putArray("objectives"), r.objectives());
        speakers(o.putArray("speakers"), r.speakers());
        ArrayNode sessions = o.putArray("sessions");
        for (Session s : r.sessions()) {
            ObjectNode n = sessions.addObject();
            n.put("number", s.number());
            n.put("title", s.title());
            n.put("part", s.part() == null ? null : s.part().label());
            n.put("startTime", str(s.startTime()));
            n.put("endTime", str(s.endTime()));
            speakers(n.putArray("speakers"), s.speakers());
            strings(n.putArray("points"), s.points());
            strings(n.putArray("demos"), s.demos());
            ArrayNode services = n.putArray("services");
            for (Service svc : s.services()) {
                service(services.addObject(), svc);
            }
            lines(n.putObject("lines"), s.lines());
        }
        ArrayNode services = o.putArray("services");
        for (ServiceCount c : r.services()) {
            ObjectNode n = services.addObject();
            service(n, c.service());
            n.put("mentions", c.mentions());
        }
        strings(o.putArray("highlights"), r.highlights());
        strings(o.putArray("takeaways"), r.takeaways());
        strings(o.putArray("nextSteps"), r.nextSteps());
        ArrayNode listed = o.putArray("listedEvents");
        for (ListedEvent e : r.listedEvents()) {
            ObjectNode n = listed.addObject();
            n.put("title", e.title());
            n.put("date", str(e.date()));
            n.put("location", e.location());
            n.put("link", e.link());
            n.put("line", e.line());
        }
        if (!r.events().isEmpty()) {
            ArrayNode events = o.putArray("events");
            for (Report e : r.events()) {
                events.add(toNode(e));
            }
        }
        ArrayNode sections = o.putArray("sections");
        for (Section s : r.sections()) {
            ObjectNode n = sections.addObject();
            n.put("kind", s.kind().label());
            n.put("heading", s.heading());
            n.put("level", s.level());
            n.put("parent", s.parent());
            lines(n.putObject("lines"), s.lines());
        }
        if (r.frontMatter() == null) {
            o.putNull("frontMatter");
        } else {
            FrontMatter fm = r.frontMatter();
            ObjectNode n = o.putObject("frontMatter");
            n.put("format", fm.format().name().toLowerCase(Locale.ROOT));
            n.set("values", value(fm.values()));
            n.put("title", fm.title());
            n.put("date", fm.date());
            n.put("weight", fm.weight());
            n.put("draft", fm.draft());
            strings(n.putArray("tags"), fm.tags());
            strings(n.putArray("categories"), fm.categories());
            n.put("lang", fm.lang());
            lines(n.putObject("lines"), fm.lines());
        }
        ArrayNode diagnostics = o.putArray("diagnostics");
        for (Diagnostic d : r.diagnostics()) {
            ObjectNode n = diagnostics.addObject();
            n.put("severity", d.severity().label());
            n.put("code", d.code());
            n.put("message", d.message());
            n.put("line", d.line());
            n.put("column", d.column());
        }
        return o;
    }

    /** Reads a report from its JSON form. */
    public static Report read(String json) {
        JsonNode o;
        try {
            o = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        try {
            return fromNode(o);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a recap report: " + e.getMessage(), e);
        }
    }

    private static Report fromNode(JsonNode o) {
        JsonNode src = required(o, "source");
        Report.Builder b = Report.builder(new Source(text(src, "path"), text(src, "sha256"),
                src.get("bytes").asLong()));
        b.language(text(o, "language"))
                .indexPage(o.path("indexPage").asBoolean(false))
                .title(text(o, "title"))
                .pageTitle(text(o, "pageTitle"))
                .date(date(text(o, "date")))
                .endDate(date(text(o, "endDate")))
                .startTime(time(text(o, "startTime")))
                .endTime(time(text(o, "endTime")))
                .location(text(o, "location"))
                .audience(text(o, "audience"))
                .format(text(o, "format"))
                .organizers(strings(o.get("organizers")))
                .objectives(strings(o.get("objectives")))
                .speakers(speakers(o.get("speakers")))
                .highlights(strings(o.get("highlights")))
                .takeaways(strings(o.get("takeaways")))
                .nextSteps(strings(o.get("nextSteps")));
        List<Session> sessions = new ArrayList<>();
        for (JsonNode n : array(o, "sessions")) {
            List<Service> services = new ArrayList<>();
            for (JsonNode s : array(n, "services")) {
                services.add(service(s));
            }
            sessions.add(new Session(n.get("number").asInt(), text(n, "title"), Part.fromLabel(text(n, "part")),
                    time(text(n, "startTime")), time(text(n, "endTime")), speakers(n.get("speakers")),
                    strings(n.get("points")), strings(n.get("demos")), services, lines(n.get("lines"))));
        }
        b.sessions(sessions);
        List<ServiceCount> services = new ArrayList<>();
        for (JsonNode n : array(o, "services")) {
            services.add(new ServiceCount(service(n), n.get("mentions").asInt()));
        }
        b.services(services);
        List<ListedEvent> listed = new ArrayList<>();
        for (JsonNode n : array(o, "listedEvents")) {
            listed.add(new ListedEvent(text(n, "title"), date(text(n, "date")), text(n, "location"),
                    text(n, "link"), n.path("line").asInt(0)));
        }
        b.listedEvents(listed);
        List<Report> events = new ArrayList<>();
        for (JsonNode n : array(o, "events")) {
            events.add(fromNode(n));
        }
        b.events(events);
        List<Section> sections = new ArrayList<>();
        for (JsonNode n : array(o, "sections")) {
            SectionKind kind = SectionKind.fromLabel(text(n, "kind"));
            if (kind == null) {
                throw new IllegalArgumentException("unknown section kind " + text(n, "kind"));
            }
            sections.add(new Section(kind, text(n, "heading"), n.get("level").asInt(), n.path("parent").asInt(-1),
                    lines(n.get("lines"))));
        }
        b.sections(sections);
        JsonNode fm = o.get("frontMatter");
        if (fm != null && fm.isObject()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) JsonValues.toJava(fm.get("values"));
            JsonNode weight = fm.get("weight");
            JsonNode draft = fm.get("draft");
            b.frontMatter(new FrontMatter(FrontMatter.Format.valueOf(text(fm, "format").toUpperCase(Locale.ROOT)),
                    values == null ? Map.of() : values, text(fm, "title"), text(fm, "date"),
                    weight == null || weight.isNull() ? null : weight.asInt(),
                    draft == null || draft.isNull() ? null : draft.asBoolean(),
                    strings(fm.get("tags")), strings(fm.get("categories")), text(fm, "lang"),
                    lines(fm.get("lines"))));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (JsonNode n : array(o, "diagnostics")) {
            diagnostics.add(new Diagnostic(Severity.valueOf(text(n, "severity").toUpperCase(Locale.ROOT)),
                    text(n, "code"), text(n, "message"), n.get("line").asInt(), n.get("column").asInt()));
        }
        b.diagnostics(diagnostics);
        return b.build();
    }

    private static JsonNode value(Object v) {
        if (v instanceof Map<?, ?> m) {
            ObjectNode n = MAPPER.createObjectNode();
            m.forEach((k, x) -> n.set(String.valueOf(k), value(x)));
            return n;
        }
        if (v instanceof List<?> l) {
            ArrayNode a = MAPPER.createArrayNode();
            l.forEach(x -> a.add(value(x)));
            return a;
        }
        ObjectNode holder = MAPPER.createObjectNode();
        if (v instanceof Boolean bool) {
            holder.put("v", bool);
        } else if (v instanceof Integer i) {
            holder.put("v", i);
        } else if (v instanceof Long l) {
            holder.put("v", l);
        } else if (v instanceof Double d) {
            holder.put("v", d);
        } else if (v instanceof Float f) {
            holder.put("v", f);
        } else if (v instanceof BigDecimal d) {
            holder.put("v", d);
        } else if (v instanceof BigInteger i) {
            holder.put("v", i);
        } else if (v instanceof Number n) {
            holder.put("v", n.longValue());
        } else {
            holder.put("v", v == null ? null : v.toString());
        }
        return holder.get("v");
    }

    private static void service(ObjectNode n, Service s) {
        n.put("id", s.id());
        n.put("name", s.name());
        n.put("abbreviation", s.abbreviation());
        n.put("category", s.category());
    }

    private static Service service(JsonNode n) {
        return new Service(text(n, "id"), text(n, "name"), text(n, "abbreviation"), text(n, "category"));
    }

    private static void speakers(ArrayNode a, List<Speaker> speakers) {
        for (Speaker s : speakers) {
            ObjectNode n = a.addObject();
            n.put("name", s.name());
            n.put("role", s.role());
            n.put("organization", s.organization());
        }
    }

    private static List<Speaker> speakers(JsonNode a) {
        List<Speaker> out = new ArrayList<>();
        if (a != null) {
            for (JsonNode n : a) {
                out.add(new Speaker(text(n, "name"), text(n, "role"), text(n, "organization")));
            }
        }
        return out;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        if (a != null) {
            for (JsonNode n : a) {
                out.add(n.asString());
            }
        }
        return out;
    }

    private static void lines(ObjectNode n, LineRange r) {
        n.put("start", r.start());
        n.put("end", r.end());
    }

    private static LineRange lines(JsonNode n) {
        return new LineRange(required(n, "start").asInt(), required(n, "end").asInt());
    }

    private static Iterable<JsonNode> array(JsonNode o, String field) {
        JsonNode a = o.get(field);
        return a == null || !a.isArray() ? List.of() : a;
    }

    private static JsonNode required(JsonNode o, String field) {
        JsonNode n = o == null ? null : o.get(field);
        if (n == null || n.isNull()) {
            throw new IllegalArgumentException("missing '" + field + "'");
        }
        return n;
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asString();
    }

    private static String str(Object v) {
        return v == null ? null : v.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static LocalTime time(String s) {
        return s == null ? null : LocalTime.parse(s);
    }
}
