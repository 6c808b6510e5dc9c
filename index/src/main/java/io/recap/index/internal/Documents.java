package io.recap.index.internal;

import io.recap.model.Report;
import io.recap.model.Service;
import io.recap.model.ServiceCount;
import io.recap.model.Session;
import io.recap.model.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns a parsed report into Lucene documents: one for the event, one per session. */
public final class Documents {

    /** Text stored with offsets in the postings, so that snippets need no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private Documents() {
    }

    /** The event document followed by one document per session. */
    public static List<Document> of(Report r) {
        List<Document> docs = new ArrayList<>();
        Document event = new Document();
        common(event, r);
        event.add(new StringField(Schema.ID, r.source().path(), Field.Store.YES));
        event.add(new StringField(Schema.TYPE, Schema.TYPE_EVENT, Field.Store.YES));
        event.add(new StoredField(Schema.SESSION_COUNT, r.sessions().size()));
        for (ServiceCount c : r.services()) {
            event.add(new StringField(Schema.SERVICE, c.service().id(), Field.Store.YES));
        }
        docs.add(event);
        for (Session s : r.sessions()) {
            Document d = new Document();
            common(d, r);
            d.add(new StringField(Schema.ID, r.source().path() + "#" + s.number(), Field.Store.YES));
            d.add(new StringField(Schema.TYPE, Schema.TYPE_SESSION, Field.Store.YES));
            d.add(new StoredField(Schema.SESSION_NUMBER, s.number()));
            d.add(new NumericDocValuesField(Schema.SESSION_NUMBER, s.number()));
            d.add(new Field(Schema.SESSION_TITLE, s.title(), TEXT_WITH_OFFSETS));
            d.add(new Field(Schema.SESSION_TEXT, String.join("\n", sessionText(s)), TEXT_WITH_OFFSETS));
            if (s.part() != null) {
                d.add(new StringField(Schema.PART, s.part().label(), Field.Store.YES));
            }
            Set<String> ids = new LinkedHashSet<>();
            for (Service svc : s.services()) {
                ids.add(svc.id());
            }
            for (String id : ids) {
                d.add(new StringField(Schema.SERVICE, id, Field.Store.YES));
            }
            docs.add(d);
        }
        return docs;
    }

    private static List<String> sessionText(Session s) {
        List<String> out = new ArrayList<>(s.points());
        for (String demo : s.demos()) {
            if (!out.contains(demo)) {
                out.add(demo);
            }
        }
        return out;
    }

    private static void common(Document d, Report r) {
        d.add(new StringField(Schema.PATH, r.source().path(), Field.Store.YES));
        d.add(new SortedDocValuesField(Schema.PATH, new BytesRef(r.source().path())));
        d.add(new StringField(Schema.HASH, r.source().sha256(), Field.Store.YES));
        String title = r.title() != null ? r.title() : r.pageTitle() != null ? r.pageTitle() : "";
        d.add(new Field(Schema.EVENT_TITLE, title, TEXT_WITH_OFFSETS));
        if (r.pageTitle() != null) {
            d.add(new StoredField(Schema.PAGE_TITLE, r.pageTitle()));
        }
        if (r.date() != null) {
            long day = r.date().toEpochDay();
            d.add(new StoredField(Schema.DATE, r.date().toString()));
            d.add(new LongPoint(Schema.DATE_DAY, day));
            d.add(new NumericDocValuesField(Schema.DATE_DAY, day));
            d.add(new StringField(Schema.YEAR, Integer.toString(r.date().getYear()), Field.Store.NO));
        }
        if (r.language() != null) {
            d.add(new StringField(Schema.LANG, r.language(), Field.Store.YES));
        }
        if (r.location() != null) {
            d.add(new TextField(Schema.LOCATION, r.location(), Field.Store.YES));
        }
        List<String> names = new ArrayList<>();
        for (Speaker s : r.speakers()) {
            names.add(s.name());
        }
        if (!names.isEmpty()) {
            d.add(new TextField(Schema.SPEAKERS, String.join("\n", names), Field.Store.YES));
        }
    }
}
