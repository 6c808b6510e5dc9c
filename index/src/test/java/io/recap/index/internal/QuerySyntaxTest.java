package io.recap.index.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recap.index.InvalidQueryException;
import io.recap.index.internal.QueryTree.And;
import io.recap.index.internal.QueryTree.Fuzzy;
import io.recap.index.internal.QueryTree.Not;
import io.recap.index.internal.QueryTree.Or;
import io.recap.index.internal.QueryTree.Pattern;
import io.recap.index.internal.QueryTree.Phrase;
import io.recap.index.internal.QueryTree.Range;
import io.recap.index.internal.QueryTree.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a query is read: the tree for each construct, and the message for each mistake. */
class QuerySyntaxTest {

    static QueryTree parse(String q) {
        return QuerySyntax.parse(q);
    }

    static Word w(String text) {
        return new Word(null, text);
    }

    @Test
    void wordsSideBySideAreAllRequiredAndOrBindsLooser() {
        assertThat(parse("a b")).isEqualTo(new And(List.of(w("a"), w("b"))));
        assertThat(parse("a AND b")).isEqualTo(new And(List.of(w("a"), w("b"))));
        assertThat(parse("a b OR c")).isEqualTo(new Or(List.of(new And(List.of(w("a"), w("b"))), w("c"))));
        assertThat(parse("a | b || c")).isEqualTo(new Or(List.of(w("a"), w("b"), w("c"))));
        assertThat(parse("(a OR b) c")).isEqualTo(new And(List.of(new Or(List.of(w("a"), w("b"))), w("c"))));
        assertThat(parse("a or b")).as("operators only in capitals").isEqualTo(
                new And(List.of(w("a"), w("or"), w("b"))));
    }

    @Test
    void aMinusNotOrBangExcludes() {
        assertThat(parse("a -b")).isEqualTo(new And(List.of(w("a"), new Not(w("b")))));
        assertThat(parse("a NOT b")).isEqualTo(new And(List.of(w("a"), new Not(w("b")))));
        assertThat(parse("!b")).isEqualTo(new And(List.of(new Not(w("b")))));
        assertThat(parse("a -(b OR c)")).isEqualTo(new And(List.of(w("a"), new Not(new Or(List.of(w("b"),
                w("c")))))));
        assertThat(parse("e-commerce")).as("a dash inside a word is part of it").isEqualTo(w("e-commerce"));
        assertThat(parse("\\-rf")).isEqualTo(w("-rf"));
    }

    @Test
    void phrasesFieldsPatternsFuzzyAndRanges() {
        assertThat(parse("\"a b\"~3")).isEqualTo(new Phrase(null, "a b", 3));
        assertThat(parse("\"say \\\"hi\\\"\"")).isEqualTo(new Phrase(null, "say \"hi\"", 0));
        assertThat(parse("title:ecr")).isEqualTo(new Word("title", "ecr"));
        assertThat(parse("speaker:\"linh tran\"")).isEqualTo(new Phrase("speaker", "linh tran", 0));
        assertThat(parse("title:(a OR b)")).isEqualTo(new Or(List.of(new Word("title", "a"), new Word("title",
                "b"))));
        assertThat(parse("re:Invent")).as("no field named re").isEqualTo(w("re:Invent"));
        assertThat(parse("cont*")).isEqualTo(new Pattern(null, "cont*"));
        assertThat(parse("kubernets~")).isEqualTo(new Fuzzy(null, "kubernets", 2));
        assertThat(parse("date:[2025-01-01 TO *}")).isEqualTo(new Range("date", "2025-01-01", null, true, false));
        assertThat(parse("*:*")).isEqualTo(new QueryTree.All());
        assertThat(parse("  ")).isNull();
    }

    @Test
    void vietnameseSyllablesTypedTogetherWithDiacriticsAreOneWord() {
        assertThat(parse("bảo mật")).isEqualTo(new Phrase(null, "bảo mật", QuerySyntax.SYLLABLE_SLOP));
        assertThat(parse("bảo mật aws")).isEqualTo(new And(List.of(
                new Phrase(null, "bảo mật", QuerySyntax.SYLLABLE_SLOP), w("aws"))));
        assertThat(parse("Tư duy thiet ke")).isEqualTo(new Phrase(null, "Tư duy thiet ke", QuerySyntax.SYLLABLE_SLOP));
        assertThat(parse("bảo mật kubernetes")).isEqualTo(new And(List.of(
                new Phrase(null, "bảo mật", QuerySyntax.SYLLABLE_SLOP), w("kubernetes"))));
        assertThat(parse("bao mat")).as("no diacritics: words").isEqualTo(new And(List.of(w("bao"), w("mat"))));
        assertThat(parse("bảo AND mật")).isEqualTo(new And(List.of(w("bảo"), w("mật"))));
        assertThat(parse("bảo mật OR security")).isEqualTo(new Or(List.of(
                new Phrase(null, "bảo mật", QuerySyntax.SYLLABLE_SLOP), w("security"))));
    }

    @Test
    void mistakesAreExplained() {
        for (String[] c : new String[][] {
                {"a AND (", "ends too early"}, {"\"open", "a quote is not closed"}, {"a )", "without its '('"},
                {"OR a", "unexpected \"OR\" at column 1 (OR goes between two words"},
                {"a OR OR b", "unexpected \"OR\" at column 6"}, {"a | )", "unexpected \"|\" at column 3"},
                {"a AND && b", "unexpected \"&&\" at column 7"},
                {"()", "nothing between"}, {"*evops", "cannot start with * or ?"}, {"*", "give no query"},
                {"date:[2025 2026]", "date:[FROM TO UNTIL]"}, {"a NOT", "ends too early"}}) {
            assertThatThrownBy(() -> parse(c[0])).as(c[0]).isInstanceOf(InvalidQueryException.class)
                    .hasMessageStartingWith("cannot understand the query '" + c[0] + "': ")
                    .hasMessageContaining(c[1]);
        }
    }
}
