package io.recap.index.internal;

import io.recap.index.EventSummary;
import io.recap.index.SessionHit;
import io.recap.index.TopicMatch;
import io.recap.index.Snippet;
import io.recap.index.SessionSummary;
import io.recap.model.Part;
import io.recap.model.Service;
import io.recap.parser.ServiceCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/** Reads what hits show from stored fields. */
final class Summaries {

    /** The stored fields an event summary needs, on an event document. */
    static final Set<String> EVENT_FIELDS = Set.of(Schema.PATH, Schema.FILE, Schema.onEvent(Schema.EVENT_TITLE),
            Schema.DATE, Schema.onEvent(Schema.LANG), Schema.onEvent(Schema.LOCATION), Schema.SESSION_COUNT);
    /** The stored fields a session hit needs. */
    static final Set<String> SESSION_FIELDS = Set.of(Schema.ID, Schema.PATH, Schema.FILE, Schema.EVENT_TITLE,
            Schema.DATE, Schema.LANG, Schema.LOCATION, Schema.SESSION_COUNT, Schema.SESSION_NUMBER,
            Schema.SESSION_TITLE, Schema.SESSION_TEXT, Schema.PART, Schema.SPEAKERS, Schema.EVENT_SPEAKERS,
            Schema.SERVICE);

    private Summaries() {
    }

    /**
     * The hit a session document's stored fields make, with the snippet the highlighter {@code marked} (or, where
     * it marked nothing, the session's first line naming one of {@code serviceNames}).
     */
    static SessionHit hit(Document d, float score, Snippet marked, List<String> serviceNames,
                          ServiceCatalog catalog, TopicMatch via, List<String> otherLanguages) {
        Snippet snippet = marked != null ? marked : Snippets.lineMentioning(d.get(Schema.SESSION_TEXT), serviceNames);
        return new SessionHit(d.get(Schema.ID), Float.isNaN(score) ? 0f : score, event(d, false), session(d),
                services(d, catalog), snippet, via, otherLanguages);
    }

    /** The event of an event document ({@code onEvent}) or of a session document. */
    static EventSummary event(Document d, boolean onEvent) {
        int sessions = sessionCount(d);
        String date = d.get(Schema.DATE);
        String path = d.get(Schema.PATH);
        String file = d.get(Schema.FILE);
        String title = d.get(onEvent ? Schema.onEvent(Schema.EVENT_TITLE) : Schema.EVENT_TITLE);
        return new EventSummary(path, title == null ? "" : title, date == null ? null : LocalDate.parse(date),
                d.get(onEvent ? Schema.onEvent(Schema.LANG) : Schema.LANG),
                d.get(onEvent ? Schema.onEvent(Schema.LOCATION) : Schema.LOCATION), file == null ? path : file,
                sessions);
    }

    /** The number of sessions an event document records. */
    static int sessionCount(Document d) {
        IndexableField f = d.getField(Schema.SESSION_COUNT);
        return f == null ? 0 : f.numericValue().intValue();
    }

    /** The session of a session document. */
    static SessionSummary session(Document d) {
        IndexableField number = d.getField(Schema.SESSION_NUMBER);
        String title = d.get(Schema.SESSION_TITLE);
        return new SessionSummary(number == null ? 0 : number.numericValue().intValue(),
                title == null ? "" : title, Part.fromLabel(d.get(Schema.PART)), speakers(d));
    }

    /** A session's speakers: its own, else its event's when its report names none for any session. */
    private static List<String> speakers(Document d) {
        String[] own = d.getValues(Schema.SPEAKERS);
        return List.of(own.length > 0 ? own : d.getValues(Schema.EVENT_SPEAKERS));
    }

    /** The services of a document, from the catalog (an id it does not know becomes a bare entry). */
    static List<Service> services(Document d, ServiceCatalog catalog) {
        String[] ids = d.getValues(Schema.SERVICE);
        List<Service> out = new ArrayList<>(ids.length);
        for (String id : ids) {
            out.add(service(id, catalog));
        }
        return out;
    }

    /** The catalog's service with this id, or a bare entry for an id it does not know. */
    static Service service(String id, ServiceCatalog catalog) {
        return catalog.byId(id).orElseGet(() -> new Service(id, id, null, null));
    }
}
