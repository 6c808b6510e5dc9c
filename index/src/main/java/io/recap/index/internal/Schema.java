package io.recap.index.internal;

/** Field names and constants of the recap index. One place, so writer and searcher never disagree. */
public final class Schema {

    /** Bumped whenever documents written by older code can no longer be read correctly. */
    public static final int VERSION = 1;
    /** Commit user-data key holding {@link #VERSION}. */
    public static final String VERSION_KEY = "recap.schema";

    /** Document type: {@link #TYPE_EVENT} or {@link #TYPE_SESSION}. */
    public static final String TYPE = "type";
    /** One document per report. */
    public static final String TYPE_EVENT = "event";
    /** One document per session, carrying its event's fields. */
    public static final String TYPE_SESSION = "session";

    /** Stable id: {@code path} for events, {@code path#number} for sessions. */
    public static final String ID = "id";
    /** The report's source path (keyword, stored). */
    public static final String PATH = "path";
    /** SHA-256 of the report's bytes (keyword, stored). */
    public static final String HASH = "hash";
    /** The event's name (folded text, stored). */
    public static final String EVENT_TITLE = "event_title";
    /** The front matter's title (stored). */
    public static final String PAGE_TITLE = "page_title";
    /** ISO date, stored. */
    public static final String DATE = "date";
    /** Epoch day of the date: points for ranges, doc values for sorting. */
    public static final String DATE_DAY = "date_day";
    /** The year (keyword). */
    public static final String YEAR = "year";
    /** Language code (keyword). */
    public static final String LANG = "lang";
    /** The venue (folded text, stored). */
    public static final String LOCATION = "location";
    /** Speakers' names (folded text, stored). */
    public static final String SPEAKERS = "speakers";
    /** The session's number (stored). */
    public static final String SESSION_NUMBER = "session_number";
    /** The session's title (folded text, stored). */
    public static final String SESSION_TITLE = "session_title";
    /** The session's points and demos (folded text, stored with offsets for snippets). */
    public static final String SESSION_TEXT = "session_text";
    /** The session's part of the day (keyword, stored). */
    public static final String PART = "part";
    /** Service ids (keyword, multi-valued, stored). */
    public static final String SERVICE = "service";
    /** Number of sessions of an event (stored, on event documents). */
    public static final String SESSION_COUNT = "session_count";

    private Schema() {
    }
}
