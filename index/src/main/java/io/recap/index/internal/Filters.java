package io.recap.index.internal;

import io.recap.index.InvalidQueryException;
import io.recap.index.SearchRequest;
import io.recap.parser.ServiceCatalog;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** The filters of a {@link SearchRequest} as Lucene queries. */
final class Filters {

    private Filters() {
    }

    /**
     * Filters on the event's fields (dates, year, language, event): of session documents, or of event documents
     * ({@code onEvent}), which name these fields differently.
     */
    static List<Query> onEvents(SearchRequest r, QueryBuilder text, boolean onEvent) {
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
            out.add(event(r.event(), text, onEvent));
        }
        return out;
    }

    private static String name(String field, boolean onEvent) {
        return onEvent ? Schema.onEvent(field) : field;
    }

    /** Filters on the session's own fields (services, part, speaker). */
    static List<Query> onSessions(SearchRequest r, ServiceCatalog catalog, QueryBuilder text) {
        List<Query> out = new ArrayList<>();
        for (String name : r.services()) {
            String id = SessionQueryParser.resolveService(catalog, name).id();
            out.add(new TermQuery(new Term(Schema.SERVICE, id)));
        }
        if (r.part() != null) {
            out.add(new TermQuery(new Term(Schema.PART, r.part().label())));
        }
        if (r.speaker() != null) {
            Query q = text.createPhraseQuery(Schema.SPEAKERS, Documents.nfc(r.speaker()));
            if (q == null) {
                throw new InvalidQueryException("the speaker '" + r.speaker() + "' has no letters to search for",
                        null);
            }
            out.add(q);
        }
        return out;
    }

    /** The event with this id (or path), or events whose title holds all these words. */
    private static Query event(String value, QueryBuilder text, boolean onEvent) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String id : ids(value)) {
            b.add(new TermQuery(new Term(Schema.PATH, id)), BooleanClause.Occur.SHOULD);
        }
        String words = Documents.nfc(value);
        Query title = text.createBooleanQuery(name(Schema.EVENT_TITLE, onEvent), words, BooleanClause.Occur.MUST);
        if (title != null) {
            b.add(title, BooleanClause.Occur.SHOULD);
        }
        Query page = text.createBooleanQuery(name(Schema.PAGE_TITLE, onEvent), words, BooleanClause.Occur.MUST);
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
