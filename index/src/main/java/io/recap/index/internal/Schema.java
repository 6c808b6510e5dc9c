package io.recap.index.internal;

/**
 * Field names and constants of the recap index. One place, so that writer and searcher never disagree.
 *
 * <p>Every file becomes a block of documents written together: for each report it holds (one, or a page and the
 * events it recaps), its event document first, then one document per session. Session documents carry copies of
 * their event's fields, so that any session hit can be filtered and shown alone. The event document names its
 * fields with the prefix {@link #onEvent(String) e_}: apart from {@link #TYPE}, {@link #ID}, {@link #PATH},
 * {@link #FILE}, {@link #INDEX_PAGE}, {@link #HASH}, {@link #PARSER} and {@link #JSON}, no field of a session
 * document exists on event documents, so that a query on session fields needs no filter to leave events out.
 *
 * <p>Text is folded (case and diacritics removed) and, where the words had diacritics, also kept as written at
 * the same position, the folded form then marked as such ({@code Tư} is indexed as {@code tu}+MARKED and
 * {@code tư}; see {@link Diacritics}), so that a query typed with diacritics can mean those diacritics; titles and
 * text also get {@link #ENGLISH English-stemmed} twins, in reports of every language (Vietnamese reports write
 * their technical terms in English: "vector databases").
 */
public final class Schema {

    /**
     * Bumped whenever documents written by older code can no longer be read correctly.
     * Version 2: event/session blocks, exact forms beside folded ones, stemmed twins, doc values for facets, the
     * report's JSON. Version 3: the report's JSON deflated; each report's parser. Version 4: a file may hold
     * several events ({@code page#1}, {@code page#2}): documents are keyed by {@link #FILE}, events by {@link #PATH}.
     * Version 5: folded forms of words with diacritics marked as such, exact forms with one tone placement; a
     * session's own speakers apart from its event's; section index pages marked. Version 6: English-stemmed twins
     * for reports of every language, not only English ones. Version 7: sessions and events tagged with the topics
     * of the topic glossary ({@link #TOPIC}). Version 8: the facts that group reports into events on each event
     * document ({@link #GROUP_FACTS}), the twin key of each session ({@link #TWIN}).
     */
    public static final int VERSION = 8;
    /** Commit user-data key holding {@link #VERSION}. */
    public static final String VERSION_KEY = "recap.schema";
    /** Commit user-data key holding the commit's time (ISO-8601 instant). */
    public static final String COMMITTED_KEY = "recap.committed";


    /** Suffix of the English-stemmed twin of a text field (filled for reports of every language). */
    public static final String ENGLISH = "_en";

    /** Document type: {@link #TYPE_EVENT} or {@link #TYPE_SESSION} (keyword). */
    public static final String TYPE = "type";
    /** One document per report, first in its block. */
    public static final String TYPE_EVENT = "event";
    /** One document per session, after its event's document, carrying its event's fields. */
    public static final String TYPE_SESSION = "session";

    /** Stable id: {@code path} for events, {@code path#number} for sessions (keyword, stored). */
    public static final String ID = "id";
    /**
     * The report's id: its source path, or {@code path#n} for the n-th event of a page that recaps several
     * (keyword, stored, sorted doc values).
     */
    public static final String PATH = "path";
    /**
     * The file the report was read from (every document of the file's block: keyword, stored, sorted doc values): what
     * an update or a deletion replaces, the key of the hashes that tell an unchanged file, and the path shown.
     */
    public static final String FILE = "file";
    /** SHA-256 of the report's bytes (event documents: keyword, stored, sorted doc values). */
    public static final String HASH = "hash";
    /**
     * The {@code ReportParser.fingerprint()} of the parser that read the report (event documents, sorted doc
     * values): an unchanged file read by another parser (catalog, recap version) is read again.
     */
    public static final String PARSER = "parser";
    /**
     * The report as JSON ({@code io.recap.parser.ReportJson}, UTF-8, {@linkplain CompressedText deflated}; event
     * documents, binary doc values: read only to show one report, so kept out of the stored fields that every hit
     * reads).
     */
    public static final String JSON = "json";
    /**
     * What grouping reports into events reads of the report ({@link GroupFacts}, {@linkplain CompressedText
     * deflated}; event documents, binary doc values): read for every report when an index is asked for events.
     */
    public static final String GROUP_FACTS = "group_facts";
    /**
     * The session as its language twins share it (session documents, sorted doc values): the report's twin key
     * ({@code io.recap.parser.Twins#key}), the session's number and the report's number of sessions, so that
     * session n of twins with as many sessions is one session told in several languages.
     */
    public static final String TWIN = "twin";
    /** Number of sessions of the report (stored on every document of the report). */
    public static final String SESSION_COUNT = "session_count";

    /** The event's name, or the page title when the report names none (text, stored). */
    public static final String EVENT_TITLE = "event_title";
    /** The front matter's title (text, stored). */
    public static final String PAGE_TITLE = "page_title";
    /** ISO date (stored). */
    public static final String DATE = "date";
    /** Epoch day of the date: points for ranges, numeric doc values for sorting. */
    public static final String DAY = "day";
    /** The year of the date (keyword, sorted doc values for facets). */
    public static final String YEAR = "year";
    /** Language code (keyword, stored, sorted doc values for facets). */
    public static final String LANG = "lang";
    /** The venue (text, stored). */
    public static final String LOCATION = "location";
    /** Speakers' names, one value each (text, stored). On a session: the speakers named for it. */
    public static final String SPEAKERS = "speakers";
    /**
     * On a session of a report that names no speaker for any session: the event's speakers (text, stored), who
     * may have given it.
     */
    public static final String EVENT_SPEAKERS = "event_speakers";
    /**
     * {@link #INDEX_PAGE_YES} on every document of a section index page (a page listing several events rather
     * than one event; keyword): searches leave them out unless asked.
     */
    public static final String INDEX_PAGE = "index_page";
    /** The value of {@link #INDEX_PAGE}. */
    public static final String INDEX_PAGE_YES = "yes";

    /** The session's number (stored, numeric doc values). */
    public static final String SESSION_NUMBER = "session_number";
    /** The session's title (text with offsets, stored). */
    public static final String SESSION_TITLE = "session_title";
    /** The session's points and demos, one per line (text with offsets, stored). */
    public static final String SESSION_TEXT = "session_text";
    /**
     * The names, abbreviations and ids of the services a session mentions (folded text, not stored), so that
     * "ecr" finds a session that wrote "Elastic Container Registry".
     */
    public static final String SERVICE_NAMES = "service_names";
    /** The session's part of the day (keyword, stored). */
    public static final String PART = "part";
    /**
     * Service ids (keyword, multi-valued, stored, sorted-set doc values for facets). On a session: the services
     * it mentions; on an event: every service its report mentions anywhere.
     */
    public static final String SERVICE = "service";

    /**
     * Topic ids of the {@code TopicGlossary} (keyword, multi-valued, stored, sorted-set doc values for facets). On a
     * session: the topics whose names its title or text has, or whose services it mentions ({@link TopicMatcher});
     * on an event: the topics of all its sessions.
     */
    public static final String TOPIC = "topic";

    private Schema() {
    }

    /** Prefix of the event document's fields. */
    public static final String EVENT_PREFIX = "e_";

    /** The name of an event field on the event document: {@code e_} and the session document's name. */
    public static String onEvent(String field) {
        return EVENT_PREFIX + field;
    }

    /**
     * A folded text field and its twins: session and event titles and the session text have an English twin;
     * other fields none.
     */
    public static java.util.List<String> variants(String field) {
        switch (field) {
            case SESSION_TITLE:
            case SESSION_TEXT:
            case EVENT_TITLE:
                return java.util.List.of(field, field + ENGLISH);
            default:
                return java.util.List.of(field);
        }
    }

    /** Whether {@code field} is the English-stemmed twin of a text field. */
    public static boolean isEnglish(String field) {
        return field.endsWith(ENGLISH);
    }
}
