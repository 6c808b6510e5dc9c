package io.recap.index.internal;

import io.recap.index.InvalidQueryException;
import io.recap.index.SearchRequest;
import io.recap.index.Topic;
import io.recap.index.TopicGlossary;
import io.recap.parser.ServiceCatalog;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** The filters of a {@link SearchRequest} as Lucene queries. */
final class Filters {

    /** The documents of section index pages (both kinds): left out unless a request asks for them. */
    static final Query INDEX_PAGES = new TermQuery(new Term(Schema.INDEX_PAGE, Schema.INDEX_PAGE_YES));

    private Filters() {
    }

    /**
     * Filters on the event's fields (dates, year, language, event): of session documents, or of event documents
     * ({@code onEvent}), which name these fields differently.
     */
    static List<Query> onEvents(SearchRequest r, boolean onEvent) {
        List<Query> out = new ArrayList<>();
        if (r.since() != null || r.until() != null) {
            long from = r.since() == null ? Long.MIN_VALUE : r.since().toEpochDay();
            long to = r.until() == null ? Long.MAX_VALUE : r.until().toEpochDay();
            out.add(LongPoint.newRangeQuery(name(Schema.DAY, onEvent), from, to));
        }
        if (r.year() != null) {
            out.add(new TermQuery(new Term(name(Schema.YEAR, onEvent), Integer.toString(r.year()))));
        }
        if (r.language() != null) {
            out.add(new TermQuery(new Term(name(Schema.LANG, onEvent), r.language())));
        }
        if (r.event() != null) {
            out.add(event(r.event(), onEvent, r.ignoreDiacritics()));
        }
        return out;
    }

    private static String name(String field, boolean onEvent) {
        return onEvent ? Schema.onEvent(field) : field;
    }

    /** The services every matching event's report must mention (anywhere), on event documents. */
    static List<Query> servicesOnEvents(SearchRequest r, ServiceCatalog catalog) {
        List<Query> out = new ArrayList<>();
        for (String name : r.services()) {
            String id = SessionQueryParser.resolveService(catalog, name).id();
            out.add(new TermQuery(new Term(Schema.onEvent(Schema.SERVICE), id)));
        }
        return out;
    }

    /** The services every matching session must mention. */
    static List<Query> servicesOnSessions(SearchRequest r, ServiceCatalog catalog) {
        List<Query> out = new ArrayList<>();
        for (String name : r.services()) {
            String id = SessionQueryParser.resolveService(catalog, name).id();
            out.add(new TermQuery(new Term(Schema.SERVICE, id)));
        }
        return out;
    }

    /** The topics every matching session must be tagged with ({@code onEvent}: events with such a session). */
    static List<Query> topics(SearchRequest r, TopicGlossary glossary, boolean onEvent) {
        List<Query> out = new ArrayList<>();
        for (String name : r.topics()) {
            String id = resolveTopic(glossary, name).id();
            out.add(new TermQuery(new Term(onEvent ? Schema.onEvent(Schema.TOPIC) : Schema.TOPIC, id)));
        }
        return out;
    }

    /**
     * The topic a user's name or id refers to.
     *
     * @throws InvalidQueryException naming close topics when the glossary does not know it
     */
    static Topic resolveTopic(TopicGlossary glossary, String name) {
        return glossary.resolve(name).orElseThrow(() -> {
            List<Topic> close = glossary.suggest(name, 3);
            String hint = close.isEmpty() ? "; 'recap topics' lists them"
                    : "; did you mean " + String.join(", ", close.stream().map(Topic::id).toList()) + "?";
            return new InvalidQueryException("unknown topic '" + name + "'" + hint, null);
        });
    }

    /** Filters on the session's own fields but its services and speaker: part of the day. */
    static List<Query> onSessions(SearchRequest r) {
        List<Query> out = new ArrayList<>();
        if (r.part() != null) {
            out.add(new TermQuery(new Term(Schema.PART, r.part().label())));
        }
        return out;
    }

    /**
     * The sessions of a speaker.
     *
     * @param all   every session of the speaker, the filter
     * @param named the sessions known to be the speaker's, which rank first
     */
    record SpeakerSessions(Query all, Query named) {
    }

    /**
     * The sessions of the request's speaker in the index {@code s} reads, or {@code null} without one. Named: the
     * sessions the report names the speaker for ({@link Schema#SPEAKERS}), and, in a report that names speakers
     * only for the whole event ({@link Schema#EVENT_SPEAKERS}), the sessions whose own title or text names the
     * speaker ("Building a data foundation – Kien Nguyen", "Mr. Kien Nguyen presented…"): the report then says
     * which sessions are theirs. All: those, and every session of the events that name the speaker only as one of
     * the event's and in none of its sessions (any of them may be the speaker's).
     */
    static SpeakerSessions speaker(IndexSnapshot s, SearchRequest r) throws IOException {
        return speaker(r, mentioned -> {
            Set<String> ids = new TreeSet<>();
            int n = s.count(mentioned);
            if (n > 0) {
                StoredFields stored = s.storedFields();
                for (ScoreDoc d : s.search(mentioned, n).scoreDocs) {
                    String id = stored.document(d.doc, Set.of(Schema.PATH)).get(Schema.PATH);
                    if (id != null) {
                        ids.add(id);
                    }
                }
            }
            return ids;
        });
    }

    /**
     * The sessions of the request's speaker as {@link #speaker(IndexSnapshot, SearchRequest)} finds them, wherever
     * the documents are: {@code eventIds} answers which events ({@link Schema#PATH}) have a session a query matches.
     */
    static SpeakerSessions speaker(SearchRequest r, SearchLogic.EventIds eventIds) throws IOException {
        if (r.speaker() == null) {
            return null;
        }
        Query event = speaker(r, Schema.EVENT_SPEAKERS);
        Query mentioned = new BooleanQuery.Builder()
                .add(event, BooleanClause.Occur.FILTER)
                .add(new BooleanQuery.Builder()
                        .add(speaker(r, Schema.SESSION_TITLE), BooleanClause.Occur.SHOULD)
                        .add(speaker(r, Schema.SESSION_TEXT), BooleanClause.Occur.SHOULD).build(),
                        BooleanClause.Occur.MUST)
                .build();
        Query named = new BooleanQuery.Builder()
                .add(speaker(r, Schema.SPEAKERS), BooleanClause.Occur.SHOULD)
                .add(mentioned, BooleanClause.Occur.SHOULD).build();
        // the events (by id) whose report names the speaker in one of its sessions: their other sessions are not
        // the speaker's
        Set<BytesRef> attributed = new TreeSet<>();
        for (String id : eventIds.of(mentioned)) {
            attributed.add(new BytesRef(id));
        }
        Query rest = attributed.isEmpty() ? event : new BooleanQuery.Builder()
                .add(event, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(Schema.PATH, attributed), BooleanClause.Occur.MUST_NOT).build();
        Query all = new BooleanQuery.Builder().add(named, BooleanClause.Occur.SHOULD)
                .add(rest, BooleanClause.Occur.SHOULD).build();
        return new SpeakerSessions(all, named);
    }

    private static Query speaker(SearchRequest r, String field) {
        Query q = SessionQueryParser.name(field, r.speaker(), r.ignoreDiacritics());
        if (q == null) {
            throw new InvalidQueryException("the speaker '" + r.speaker() + "' has no letters to search for", null);
        }
        return q;
    }

    /**
     * The event with this id (or path; the path of a page that recaps several events means all of them), or events
     * whose title holds all these words.
     */
    private static Query event(String value, boolean onEvent, boolean ignoreDiacritics) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String id : ids(value)) {
            b.add(new TermQuery(new Term(Schema.PATH, id)), BooleanClause.Occur.SHOULD);
            b.add(new TermQuery(new Term(Schema.FILE, id)), BooleanClause.Occur.SHOULD); // every event of a page
        }
        Query title = SessionQueryParser.allWords(name(Schema.EVENT_TITLE, onEvent), value, ignoreDiacritics);
        if (title != null) {
            b.add(title, BooleanClause.Occur.SHOULD);
        }
        Query page = SessionQueryParser.allWords(name(Schema.PAGE_TITLE, onEvent), value, ignoreDiacritics);
        if (page != null) {
            b.add(page, BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * The ids {@code value} may mean: itself, and, when it names a file (or an entry {@code zip!/entry}) by a
     * relative or unresolved path, that file's absolute and real paths.
     */
    static Set<String> ids(String value) {
        Set<String> out = new LinkedHashSet<>();
        out.add(value);
        int bang = value.indexOf("!/");
        String file = bang >= 0 ? value.substring(0, bang) : value;
        String entry = bang >= 0 ? value.substring(bang) : "";
        try {
            Path p = Path.of(file);
            out.add(p.toAbsolutePath().normalize() + entry);
            try {
                out.add(p.toRealPath() + entry);
            } catch (IOException | SecurityException e) {
                // not an existing file: the other forms will do
            }
        } catch (InvalidPathException e) {
            // not a path at all
        }
        return out;
    }
}
