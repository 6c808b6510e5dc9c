package io.recap.index.internal;

import io.recap.model.Report;
import io.recap.model.Service;
import io.recap.model.ServiceCount;
import io.recap.model.Session;
import io.recap.model.Speaker;
import io.recap.parser.ReportJson;
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
    static final FieldType STORED_WITH_OFFSETS = frozen(TextField.TYPE_STORED, true);
    /** Folded text, stored. */
    private static final FieldType STORED = frozen(TextField.TYPE_STORED, false);
    /** Indexed only: English twins (the folded field stores the value) and fields nobody shows. */
    private static final FieldType TWIN = frozen(TextField.TYPE_NOT_STORED, false);

    /**
     * Tags sessions with the topics of the built-in glossary: the index records the glossary's version with each
     * report (see {@link #fingerprint}), so that a changed glossary re-reads the reports. A holder, made when first
     * used: making the matcher reads words with {@link #nfc}, which must not wait for it.
     */
    private static final class Topics {
        static final TopicMatcher MATCHER = TopicMatcher.of(io.recap.index.TopicGlossary.builtIn());
    }

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

    /**
     * What the index records as the reader of a report: the parser's fingerprint and the version of the topic
     * glossary that tagged its sessions; either changing makes an unchanged file be read again.
     */
    public static String fingerprint(String parser) {
        return parser + " topics " + Topics.MATCHER.glossary().version();
    }

    /** The event's display title: its name, else its page title, else "". */
    public static String eventTitle(Report r) {
        return r.title() != null ? r.title() : r.pageTitle() != null ? r.pageTitle() : "";
    }

    /**
     * The block of a file's report read by {@code parser}: the report's event document followed by one document
     * per session, then the same for each event the report holds ({@link Report#events()}); every document
     * carries the file, and only the first the file's hash.
     */
    public static List<Document> of(Report r, String parser) {
        return of(r, parser, r.source().sha256());
    }

    /**
     * Like {@link #of(Report, String)}, with the hash that tells the file unchanged given ({@code readHash}: the
     * hash of an event page and its session pages together, see {@code SessionPages}).
     */
    public static List<Document> of(Report r, String parser, String readHash) {
        String file = r.source().path();
        List<Document> docs = new ArrayList<>(of(r, parser, file, readHash));
        for (Report e : r.events()) {
            docs.addAll(of(e, parser, file, null));
        }
        return docs;
    }

    /** The event document followed by one document per session of one report. */
    private static List<Document> of(Report r, String parser, String file, String readHash) {
        String path = r.source().path();
        List<String> speakers = new ArrayList<>(r.speakers().size());
        for (Speaker s : r.speakers()) {
            speakers.add(s.name());
        }
        // A report that names a speaker for any session names its sessions' speakers: the others have none known.
        boolean perSession = r.sessions().stream().anyMatch(s -> !s.speakers().isEmpty());
        List<Document> docs = new ArrayList<>(1 + r.sessions().size());
        List<Set<String>> topics = new ArrayList<>(r.sessions().size());
        Set<String> eventTopics = new LinkedHashSet<>();
        for (Session s : r.sessions()) {
            Set<String> ids = new LinkedHashSet<>();
            s.services().forEach(svc -> ids.add(svc.id()));
            Set<String> t = Topics.MATCHER.tags(s.title(), sessionText(s), ids);
            topics.add(t);
            eventTopics.addAll(t);
        }
        Document event = event(r, speakers, file, readHash);
        services(event, Schema.onEvent(Schema.TOPIC), eventTopics);
        event.add(new SortedDocValuesField(Schema.PARSER, new BytesRef(parser)));
        GroupFacts facts = GroupFacts.of(r, file);
        event.add(new BinaryDocValuesField(Schema.GROUP_FACTS, CompressedText.deflate(facts.encode())));
        docs.add(event);
        for (int i = 0; i < r.sessions().size(); i++) {
            Session s = r.sessions().get(i);
            Document d = new Document();
            d.add(new StringField(Schema.TYPE, Schema.TYPE_SESSION, Field.Store.NO));
            d.add(new StringField(Schema.ID, path + "#" + s.number(), Field.Store.YES));
            shared(d, r, file);
            eventFields(d, r);
            d.add(new StoredField(Schema.SESSION_NUMBER, s.number()));
            d.add(new SortedDocValuesField(Schema.TWIN, new BytesRef(twinSession(facts.twinKey(), s.number(),
                    r.sessions().size()))));
            d.add(new NumericDocValuesField(Schema.SESSION_NUMBER, s.number()));
            text(d, Schema.SESSION_TITLE, s.title(), STORED_WITH_OFFSETS);
            text(d, Schema.SESSION_TEXT, String.join("\n", sessionText(s)), STORED_WITH_OFFSETS);
            if (s.part() != null) {
                d.add(new StringField(Schema.PART, s.part().label(), Field.Store.YES));
            }
            for (Speaker sp : s.speakers()) {
                text(d, Schema.SPEAKERS, sp.name(), STORED);
            }
            if (!perSession) {
                for (String name : speakers) {
                    text(d, Schema.EVENT_SPEAKERS, name, STORED);
                }
            }
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
            services(d, Schema.SERVICE, ids);
            services(d, Schema.TOPIC, topics.get(i));
            if (serviceNames.length() > 0) {
                d.add(new Field(Schema.SERVICE_NAMES, nfc(serviceNames.toString()), TWIN));
            }
            docs.add(d);
        }
        return docs;
    }

    /**
     * The event document: what identifies the report (path, hash, JSON) and its event fields under the names
     * {@link Schema#onEvent} gives them, for listing and filtering events.
     */
    private static Document event(Report r, List<String> speakers, String file, String readHash) {
        Document e = new Document();
        e.add(new StringField(Schema.TYPE, Schema.TYPE_EVENT, Field.Store.NO));
        e.add(new StringField(Schema.ID, r.source().path(), Field.Store.YES));
        shared(e, r, file);
        if (readHash != null) {
            e.add(new StringField(Schema.HASH, readHash, Field.Store.YES));
            e.add(new SortedDocValuesField(Schema.HASH, new BytesRef(readHash)));
        }
        e.add(new BinaryDocValuesField(Schema.JSON, CompressedText.deflate(ReportJson.write(r))));
        e.add(new Field(Schema.onEvent(Schema.EVENT_TITLE), nfc(eventTitle(r)), STORED));
        if (r.pageTitle() != null) {
            e.add(new Field(Schema.onEvent(Schema.PAGE_TITLE), nfc(r.pageTitle()), TWIN));
        }
        if (r.date() != null) {
            dates(e, Schema.onEvent(Schema.DAY), Schema.onEvent(Schema.YEAR), r);
        }
        if (r.language() != null) {
            language(e, Schema.onEvent(Schema.LANG), r.language());
        }
        if (r.location() != null) {
            e.add(new StoredField(Schema.onEvent(Schema.LOCATION), nfc(r.location())));
        }
        for (String name : speakers) {
            e.add(new StoredField(Schema.onEvent(Schema.SPEAKERS), nfc(name)));
        }
        Set<String> ids = new LinkedHashSet<>();
        for (ServiceCount c : r.services()) {
            ids.add(c.service().id());
        }
        services(e, Schema.onEvent(Schema.SERVICE), ids);
        return e;
    }

    /** The key twin sessions share: the report's twin key, the session's number, the report's number of sessions. */
    static String twinSession(String twinKey, int number, int sessions) {
        return twinKey + "#" + number + "/" + sessions;
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
     * The fields both kinds of document have under the same names: the file, the path, whether the report is a
     * section index page, and what only shows.
     */
    private static void shared(Document d, Report r, String file) {
        String path = r.source().path();
        d.add(new StringField(Schema.FILE, file, Field.Store.YES));
        d.add(new SortedDocValuesField(Schema.FILE, new BytesRef(file)));
        if (r.indexPage()) {
            d.add(new StringField(Schema.INDEX_PAGE, Schema.INDEX_PAGE_YES, Field.Store.NO));
        }
        d.add(new StringField(Schema.PATH, path, Field.Store.YES));
        d.add(new SortedDocValuesField(Schema.PATH, new BytesRef(path)));
        d.add(new StoredField(Schema.SESSION_COUNT, r.sessions().size()));
        if (r.date() != null) {
            d.add(new StoredField(Schema.DATE, r.date().toString()));
        }
    }

    /** The event's fields, copied onto each of its sessions. */
    private static void eventFields(Document d, Report r) {
        text(d, Schema.EVENT_TITLE, eventTitle(r), STORED);
        if (r.pageTitle() != null) {
            text(d, Schema.PAGE_TITLE, r.pageTitle(), STORED);
        }
        if (r.date() != null) {
            dates(d, Schema.DAY, Schema.YEAR, r);
        }
        if (r.language() != null) {
            language(d, Schema.LANG, r.language());
        }
        if (r.location() != null) {
            text(d, Schema.LOCATION, r.location(), STORED);
        }
    }

    private static void dates(Document d, String dayField, String yearField, Report r) {
        long day = r.date().toEpochDay();
        d.add(new LongPoint(dayField, day));
        d.add(new NumericDocValuesField(dayField, day));
        String year = Integer.toString(r.date().getYear());
        d.add(new StringField(yearField, year, Field.Store.NO));
        d.add(new SortedDocValuesField(yearField, new BytesRef(year)));
    }

    private static void language(Document d, String field, String language) {
        d.add(new StringField(field, language, Field.Store.YES));
        d.add(new SortedDocValuesField(field, new BytesRef(language)));
    }

    private static void services(Document d, String field, Set<String> ids) {
        for (String id : ids) {
            d.add(new StringField(field, id, Field.Store.YES));
            d.add(new SortedSetDocValuesField(field, new BytesRef(id)));
        }
    }

    /**
     * A folded text field and its English-stemmed twins ({@link Schema#variants}), whatever the report's language:
     * Vietnamese reports write their technical terms in English, and "vector database" must find their "vector
     * databases" too. Vietnamese syllables end in none of the suffixes the English stemmer removes.
     */
    private static void text(Document d, String field, String value, FieldType type) {
        String v = nfc(value);
        d.add(new Field(field, v, type));
        for (String twin : Schema.variants(field)) {
            if (Schema.isEnglish(twin)) {
                d.add(new Field(twin, v, TWIN));
            }
        }
    }

    /** {@code s} in Unicode NFC, the form the analyzers expect. */
    public static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
