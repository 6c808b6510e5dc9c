package io.recap.index.internal;

import java.util.List;

/**
 * A user's query as {@link QuerySyntax} reads it: alternatives ({@code OR}), requirements (words side by side,
 * or {@code AND}), exclusions ({@code -word}, {@code NOT}) and the words, phrases and patterns themselves, each
 * in a field ({@code title:}, {@code service:}…) or in none ({@code null}: any text of the session).
 */
sealed interface QueryTree {

    /** Any of these. */
    record Or(List<QueryTree> any) implements QueryTree {
    }

    /** All of these; {@link Not} children are what must not match. */
    record And(List<QueryTree> all) implements QueryTree {
    }

    /** Not this (only inside {@link And}). */
    record Not(QueryTree tree) implements QueryTree {
    }

    /** One word as typed (it may still be several words to the analysis: "CI/CD", "CodeDeploy"). */
    record Word(String field, String text) implements QueryTree {
    }

    /** Words in this order, at most {@code slop} moves apart. */
    record Phrase(String field, String text, int slop) implements QueryTree {
    }

    /** A word with {@code *} (any letters) or {@code ?} (one letter) in it, not at its start. */
    record Pattern(String field, String text) implements QueryTree {
    }

    /** A word that may be spelt up to {@code edits} letters differently ({@code word~}). */
    record Fuzzy(String field, String text, int edits) implements QueryTree {
    }

    /** A range of dates or years: {@code date:[2025-01-01 TO 2025-06-30]}; {@code null} bounds are open. */
    record Range(String field, String from, String to, boolean fromIncluded, boolean toIncluded)
            implements QueryTree {
    }

    /**
     * Words of the query that name a topic ({@link TopicMatcher}), as typed ({@code typed}), and the topic's other
     * names and services searched beside them: made by {@link SessionQueryParser}, never by {@link QuerySyntax}.
     */
    record Expanded(QueryTree typed, io.recap.index.TopicExpansion expansion) implements QueryTree {
    }

    /** Everything ({@code *} or {@code *:*}). */
    record All() implements QueryTree {
    }
}
