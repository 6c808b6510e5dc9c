package io.recap.solr.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recap.index.internal.QueryTermsFilterFactory;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Lucene queries written in Solr's standard syntax, terms as they are (the corpus test checks the meaning). */
class SolrQueriesTest {

    @Test
    void termsAreWrittenAsTheyAreWithSolrsSpecialCharactersEscaped() {
        assertThat(SolrQueries.write(term("session_title", "tư"))).isEqualTo("session_title:tư");
        assertThat(SolrQueries.write(term("path", "/a/b c.zip!/x:y#2")))
                .isEqualTo("path:\\/a\\/b\\ c.zip\\!\\/x\\:y#2");
        assertThat(SolrQueries.write(term("session_text", "a*b?"))).isEqualTo("session_text:a\\*b\\?");
    }

    @Test
    void booleanOccurrencesBoostsAndFiltersAreKept() {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new BoostQuery(term("session_title", "lambda"), 3f), Occur.SHOULD)
                .add(new BoostQuery(term("session_text_en", "deploy"), 0.5f), Occur.SHOULD)
                .add(term("type", "session"), Occur.FILTER)
                .add(term("service", "iam"), Occur.MUST_NOT)
                .add(term("lang", "vi"), Occur.MUST)
                .build();
        assertThat(SolrQueries.write(q)).isEqualTo("((session_title:lambda)^3 (session_text_en:deploy)^0.5 "
                + "+filter(type:session) -service:iam +lang:vi)");
    }

    @Test
    void phrasesKeepTheirSlopAndQuotesTheirTerms() {
        PhraseQuery p = new PhraseQuery.Builder().add(new Term("session_text", "code")).add(new Term("session_text",
                "deploy")).setSlop(2).build();
        assertThat(SolrQueries.write(p)).isEqualTo("session_text:\"code deploy\"~2");
        PhraseQuery gap = new PhraseQuery.Builder().add(new Term("f", "a"), 0).add(new Term("f", "b"), 2).build();
        assertThat(SolrQueries.write(gap)).as("a position left free, which the query analysis reads")
                .isEqualTo("f:\"a " + QueryTermsFilterFactory.GAP + " b\"");
    }

    @Test
    void spellingsOfOneWordAreTermsAtOnePosition() {
        Query synonyms = new SynonymQuery.Builder("f").addTerm(new Term("f", "dam")).addTerm(new Term("f", "đám"))
                .build();
        assertThat(SolrQueries.write(synonyms)).isEqualTo("f:dam" + QueryTermsFilterFactory.ALTERNATIVE + "đám");
        Query multi = new MultiPhraseQuery.Builder().add(new Term[]{new Term("f", "dam"), new Term("f", "đám")})
                .add(new Term[]{new Term("f", "may")}, 2).setSlop(1).build();
        assertThat(SolrQueries.write(multi)).isEqualTo("f:\"dam" + QueryTermsFilterFactory.ALTERNATIVE + "đám "
                + QueryTermsFilterFactory.GAP + " may\"~1");
    }

    @Test
    void setsOfTermsGoToSolrsTermsParser() {
        Query set = new TermInSetQuery("path", List.of(new BytesRef("/a,b.md"), new BytesRef("/c'd.md")));
        assertThat(SolrQueries.write(set)).isEqualTo("{!terms f='path' separator='\u001F' v='/a,b.md\u001F/c\\'d.md'}");
    }

    @Test
    void multiTermQueriesAndRangesAreWrittenInTheirSyntax() {
        assertThat(SolrQueries.write(new PrefixQuery(new Term("session_title", "deploy"))))
                .isEqualTo("session_title:deploy*");
        assertThat(SolrQueries.write(new WildcardQuery(new Term("session_title", "de?lo*"))))
                .isEqualTo("session_title:de?lo*");
        assertThat(SolrQueries.write(new FuzzyQuery(new Term("session_title", "kubernets"), 2, 1)))
                .isEqualTo("{!fuzzy f='session_title' maxEdits=2 prefixLength=1 maxExpansions=50 "
                        + "transpositions=true v='kubernets'}");
        assertThat(SolrQueries.write(new FuzzyQuery(new Term("session_text", "it's\\"), 1, 0, 7, false)))
                .isEqualTo("{!fuzzy f='session_text' maxEdits=1 prefixLength=0 maxExpansions=7 "
                        + "transpositions=false v='it\\'s\\\\'}");
        assertThat(SolrQueries.write(LongPoint.newRangeQuery("day", 20000, Long.MAX_VALUE)))
                .isEqualTo("day:[20000 TO *]");
        assertThat(SolrQueries.write(LongPoint.newExactQuery("day", 20000))).isEqualTo("day:[20000 TO 20000]");
        assertThat(SolrQueries.write(TermRangeQuery.newStringRange("year", "2024", null, true, false)))
                .isEqualTo("year:[2024 TO *}");
        assertThat(SolrQueries.write(new MatchAllDocsQuery())).isEqualTo("*:*");
    }

    @Test
    void exclusionsAloneMatchNothingAsInLucene() {
        Query onlyNot = new BooleanQuery.Builder().add(term("f", "x"), Occur.MUST_NOT).build();
        assertThat(SolrQueries.write(onlyNot)).isEqualTo("(+*:* -*:*)");
    }

    @Test
    void whatSolrsSyntaxCannotSayIsRefusedRatherThanChanged() {
        PhraseQuery backwards = new PhraseQuery.Builder().add(new Term("f", "a"), 1).add(new Term("f", "b"), 1).build();
        assertThatThrownBy(() -> SolrQueries.write(backwards)).isInstanceOf(IllegalArgumentException.class);
        BooleanQuery.Builder mm = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2);
        mm.add(term("f", "a"), Occur.SHOULD).add(term("f", "b"), Occur.SHOULD).add(term("f", "c"), Occur.SHOULD);
        assertThatThrownBy(() -> SolrQueries.write(mm.build())).isInstanceOf(IllegalArgumentException.class);
    }

    private static TermQuery term(String field, String text) {
        return new TermQuery(new Term(field, text));
    }
}
