package io.recap.web.internal;

import io.recap.index.InvalidQueryException;
import io.recap.index.SearchRequest;
import io.recap.index.Topic;
import io.recap.index.TopicGlossary;
import io.recap.model.Part;
import io.recap.model.Service;
import io.recap.parser.ServiceCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query and filters of {@code /api/search}, {@code /api/events} and {@code /api/services} — the options of
 * {@code recap search}, {@code events} and {@code services} under the same names — turned into a
 * {@link SearchRequest}, every value checked first so that a problem names its parameter.
 */
public final class Filters {

    /**
     * The parameters every searching endpoint takes: the query, the filters ({@code topic} as {@code --topic}), and
     * the switches {@code ignore-diacritics}, {@code include-index-pages}, {@code exact}, {@code same-language} and
     * {@code all-languages} (as {@code --ignore-diacritics}, {@code --include-index-pages}, {@code --exact},
     * {@code --same-language} and {@code --all-languages}: {@code ?ignore-diacritics} or {@code =true} turns one
     * on), and {@code prefer-language} (a language code).
     */
    public static final Set<String> NAMES = Set.of("q", "service", "topic", "year", "lang", "since", "until", "part",
            "speaker", "event", "ignore-diacritics", "include-index-pages", "exact", "same-language", "all-languages",
            "prefer-language");
    /** The parameters that may be given more than once: every one must hold. */
    public static final Set<String> REPEATED = Set.of("service", "topic");
    /** The parameters of a page of results. */
    public static final Set<String> PAGE = Set.of("sort", "page", "size");
    /** The most results one page holds. */
    public static final int MAX_SIZE = 100;
    /** How deep pages go: offset + size at most this (a deeper page costs the index as much as all before it). */
    public static final int MAX_DEPTH = 10_000;
    /** The longest query text. */
    public static final int MAX_QUERY = 1_000;

    private final ServiceCatalog catalog;
    private final TopicGlossary glossary = TopicGlossary.builtIn();

    /** Filters whose service names are checked against {@code catalog}, topics against the built-in glossary. */
    public Filters(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    private String unknownTopic(String name) {
        List<Topic> close = glossary.suggest(name, 3);
        return "unknown topic '" + name + "'" + (close.isEmpty() ? ""
                : "; did you mean " + close.stream().map(Topic::id).collect(Collectors.joining(", ")) + "?");
    }

    /** A request with the query and filters of {@code p}, and its page when {@code paged}. */
    public SearchRequest.Builder request(Params p, boolean paged) throws HttpError {
        String q = p.text("q");
        if (q != null && q.length() > MAX_QUERY) {
            throw HttpError.badParameter("q", String.format(Locale.ROOT, "q is %,d characters long; at most %,d",
                    q.length(), MAX_QUERY));
        }
        SearchRequest.Builder b = SearchRequest.builder().query(q);
        for (String name : p.all("service")) {
            if (catalog.resolve(name).isEmpty()) {
                List<Service> close = catalog.suggest(name, 3);
                throw HttpError.badParameter("service", "unknown service '" + name + "'" + (close.isEmpty() ? ""
                        : "; did you mean " + close.stream().map(Service::shortName).collect(Collectors.joining(", "))
                                + "?"));
            }
            b.service(name);
        }
        for (String name : p.all("topic")) {
            if (glossary.resolve(name).isEmpty()) {
                throw HttpError.badParameter("topic", unknownTopic(name));
            }
            b.topic(name);
        }
        boolean exact = p.flag("exact");
        boolean sameLanguage = p.flag("same-language");
        if (exact && sameLanguage) {
            throw HttpError.badParameter("same-language", "exact searches no other name of a topic; same-language "
                    + "has nothing to keep");
        }
        b.expandTopics(!exact).crossLanguage(!sameLanguage);
        String year = p.text("year");
        if (year != null) {
            if (!year.matches("[0-9]{4}")) {
                throw HttpError.badParameter("year", "year takes a year of four digits, such as 2025, not '" + year
                        + "'");
            }
            b.year(Integer.valueOf(year));
        }
        String lang = p.text("lang");
        if (lang != null && !lang.matches("[a-z]{2}")) {
            throw HttpError.badParameter("lang", "lang takes a two-letter language code such as vi or en, not '"
                    + lang + "'");
        }
        LocalDate since = p.date("since");
        LocalDate until = p.date("until");
        if (since != null && until != null && since.isAfter(until)) {
            throw HttpError.badParameter("until", "until (" + until + ") is before since (" + since + ")");
        }
        String part = p.choice("part", List.of("morning", "afternoon", "evening"));
        b.language(lang).since(since).until(until)
                .part(part == null ? null : Part.valueOf(part.toUpperCase(Locale.ROOT)))
                .speaker(p.text("speaker")).event(p.text("event"))
                .ignoreDiacritics(p.flag("ignore-diacritics")).indexPages(p.flag("include-index-pages"))
                .allLanguages(p.flag("all-languages"));
        String prefer = p.text("prefer-language");
        if (prefer != null && !prefer.matches("[a-z]{2}")) {
            throw HttpError.badParameter("prefer-language", "prefer-language takes a two-letter language code "
                    + "such as vi or en, not '" + prefer + "'");
        }
        b.preferredLanguage(prefer);
        if (paged) {
            String sort = p.choice("sort", List.of("relevance", "date"));
            int size = p.integer("size", 10, 1, MAX_SIZE);
            int page = p.integer("page", 1, 1, MAX_DEPTH / size);
            b.sort("date".equals(sort) ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE)
                    .offset((page - 1) * size).limit(size);
        }
        return b;
    }

    /**
     * The parameter a query the index refused is about: {@code service} when a service name is unknown to the
     * catalog (checked before, so only a race with another catalog gets here), else {@code q}.
     */
    public String culprit(Params p, InvalidQueryException e) {
        for (String name : p.all("service")) {
            if (catalog.resolve(name).isEmpty()) {
                return "service";
            }
        }
        for (String name : p.all("topic")) {
            if (glossary.resolve(name).isEmpty()) {
                return "topic";
            }
        }
        return "q";
    }
}
