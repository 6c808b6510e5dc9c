package io.recap.index.internal;

import io.recap.model.Report;
import io.recap.model.Service;
import io.recap.model.ServiceCount;
import io.recap.model.Session;
import io.recap.model.Speaker;
import io.recap.parser.ReportJson;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a parsed report into its block of Lucene documents: the event document first, then one document per
 * session (see {@link Schema}). Stateless and thread-safe.
 */
public final class Documents {

    /** Folded text, stored, with offsets in the postings so that snippets need no re-analysis. */
    private static final FieldType STORED_WITH_OFFSETS = frozen(TextField.TYPE_STORED, true);
    /** Folded text, stored. */
    private static final FieldType STORED = frozen(TextField.TYPE_STORED, false);
    /** The exact and English twins: indexed only, the folded field stores the value. */
    private static final FieldType TWIN = frozen(TextField.TYPE_NOT_STORED, false);

    private Documents() {
    }

    private static FieldType frozen(FieldType base, boolean offsets) {
        FieldType t = new FieldType(base);
        if (offsets) {
            t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        }
        t.freeze();
        return t;
    }

    /** The event's display title: its name, else its page title, else "". */
    public static String eventTitle(Report r) {
        return r.title() != null ? r.title() : r.pageTitle() != null ? r.pageTitle() : "";
    }

    /** The event document followed by one document per session. */
    public static List<Document> of(Report r) {
        boolean english = "en".equals(r.language());
        String path = r.source().path();
        List<Document> docs = new ArrayList<>(1 + r.sessions().size());

        Document event = new Document();
        event.add(new StringField(Schema.TYPE, Schema.TYPE_EVENT, Field.Store.NO));
        event.add(new StringField(Schema.ID, path, Field.Store.YES));
        event.add(new StringField(Schema.HASH, r.source().sha256(), Field.Store.YES));
        event.add(new SortedDocValuesField(Schema.HASH, new BytesRef(r.source().sha256())));
        event.add(new BinaryDocValuesField(Schema.JSON,
                new BytesRef(ReportJson.write(r).getBytes(StandardCharsets.UTF_8))));
        eventFields(event, r, english, false);
        List<String> names = new ArrayList<>(r.speakers().size());
        for (Speaker s : r.speakers()) {
            names.add(s.name());
        }
        for (String name : names) {
            event.add(new Field(Schema.SPEAKERS, nfc(name), STORED));
        }
        Set<String> reportServices = new LinkedHashSet<>();
        for (ServiceCount c : r.services()) {
            reportServices.add(c.service().id());
        }
        services(event, reportServices);
        docs.add(event);

        for (Session s : r.sessions()) {
            Document d = new Document();
            d.add(new StringField(Schema.TYPE, Schema.TYPE_SESSION, Field.Store.NO));
            d.add(new StringField(Schema.ID, path + "#" + s.number(), Field.Store.YES));
            eventFields(d, r, english, true);
            d.add(new StoredField(Schema.SESSION_NUMBER, s.number()));
            d.add(new NumericDocValuesField(Schema.SESSION_NUMBER, s.number()));
            text(d, Schema.SESSION_TITLE, s.title(), STORED_WITH_OFFSETS, english);
            text(d, Schema.SESSION_TEXT, String.join("\n", sessionText(s)), STORED_WITH_OFFSETS, english);
            if (s.part() != null) {
                d.add(new StringField(Schema.PART, s.part().label(), Field.Store.YES));
            }
            List<String> own = new ArrayList<>(s.speakers().size());
            for (Speaker sp : s.speakers()) {
                own.add(sp.name());
            }
            speakers(d, own.isEmpty() ? names : own, english);
            Set<String> ids = new LinkedHashSet<>();
            StringBuilder serviceNames = new StringBuilder();
            for (Service svc : s.services()) {
                if (ids.add(svc.id())) {
                    serviceNames.append(svc.name()).append('\n').append(svc.id()).append('\n');
                    if (svc.abbreviation() != null) {
                        serviceNames.append(svc.abbreviation()).append('\n');
                    }
                }
            }
            services(d, ids);
            if (serviceNames.length() > 0) {
                d.add(new Field(Schema.SERVICE_NAMES, nfc(serviceNames.toString()), TWIN));
            }
            docs.add(d);
        }
        return docs;
    }

    /** The session's points followed by its demos (each once), one per line. */
    static List<String> sessionText(Session s) {
        List<String> out = new ArrayList<>(s.points().size() + s.demos().size());
        out.addAll(s.points());
        for (String demo : s.demos()) {
            if (!out.contains(demo)) {
                out.add(demo);
            }
        }
        return out;
    }

    /**
     * The fields every document of a report carries. Sessions are searched by them; the event document is only
     * filtered (by its titles) and shown, so its text fields have no twins. (A field keeps one type across all
     * documents: Lucene refuses a field that is indexed in some documents and only stored in others.)
     */
    private static void eventFields(Document d, Report r, boolean english, boolean searched) {
        String path = r.source().path();
        d.add(new StringField(Schema.PATH, path, Field.Store.YES));
        d.add(new SortedDocValuesField(Schema.PATH, new BytesRef(path)));
        d.add(new StoredField(Schema.SESSION_COUNT, r.sessions().size()));
        String title = nfc(eventTitle(r));
        if (searched) {
            text(d, Schema.EVENT_TITLE, title, STORED, english);
        } else {
            d.add(new Field(Schema.EVENT_TITLE, title, STORED));
        }
        if (r.pageTitle() != null) {
            text(d, Schema.PAGE_TITLE, r.pageTitle(), STORED, english);
        }
        if (r.date() != null) {
            long day = r.date().toEpochDay();
            d.add(new StoredField(Schema.DATE, r.date().toString()));
            d.add(new LongPoint(Schema.DAY, day));
            d.add(new NumericDocValuesField(Schema.DAY, day));
            String year = Integer.toString(r.date().getYear());
            d.add(new StringField(Schema.YEAR, year, Field.Store.NO));
            d.add(new SortedDocValuesField(Schema.YEAR, new BytesRef(year)));
        }
        if (r.language() != null) {
            d.add(new StringField(Schema.LANG, r.language(), Field.Store.YES));
            d.add(new SortedDocValuesField(Schema.LANG, new BytesRef(r.language())));
        }
        if (r.location() != null) {
            if (searched) {
                text(d, Schema.LOCATION, r.location(), STORED, english);
            } else {
                d.add(new Field(Schema.LOCATION, nfc(r.location()), STORED));
            }
        }
    }

    private static void speakers(Document d, List<String> names, boolean english) {
        for (String name : names) {
            text(d, Schema.SPEAKERS, name, STORED, english);
        }
    }

    private static void services(Document d, Set<String> ids) {
        for (String id : ids) {
            d.add(new StringField(Schema.SERVICE, id, Field.Store.YES));
            d.add(new SortedSetDocValuesField(Schema.SERVICE, new BytesRef(id)));
        }
    }

    /** A folded text field plus its twins ({@link Schema#variants}); English twins for English reports only. */
    private static void text(Document d, String field, String value, FieldType type, boolean english) {
        String v = nfc(value);
        d.add(new Field(field, v, type));
        for (String twin : Schema.variants(field)) {
            if (Schema.isExact(twin) || (english && Schema.isEnglish(twin))) {
                d.add(new Field(twin, v, TWIN));
            }
        }
    }

    /** {@code s} in Unicode NFC, the form the analyzers expect. */
    public static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
