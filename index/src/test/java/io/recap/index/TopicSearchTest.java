package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What issue 20 asked of search, on an archive written for it: a query that names a topic also finds the topic's
 * other names in both languages, below what was typed; multi-word names only as phrases; {@code expandTopics(false)}
 * (the command line's {@code --exact}) and {@code crossLanguage(false)} turn it off or keep one language; the
 * result says which topic expanded the query and how each hit was found; sessions are tagged with topics for a
 * facet, a filter and counts.
 */
class TopicSearchTest {

    @TempDir
    static Path tmp;
    static ReportIndex index;

    @BeforeAll
    static void indexTheArchive() throws IOException {
        Path dir = tmp.resolve("reports");
        TestReport.english("Ops Day").date("2025-05-05")
                .session("Observability for serverless", "Traces, metrics and logs together.")
                .session("Monitoring with dashboards", "Alarms when latency grows.")
                .session("Cost optimization on AWS", "Savings Plans and rightsizing.")
                .session("Cost of a pizza", "The optimization of our lunch order.")
                .session("Security on AWS", "Least privilege for every role.")
                .session("Writing good prompts", "Prompt engineering: few-shot and chain of thought.")
                .writeTo(dir.resolve("en/ops-day/_index.md"));
        TestReport.vietnamese("Ngày Vận Hành").date("2025-06-06")
                .session("Giám sát hệ thống", "Thiết lập cảnh báo cho ứng dụng.")
                .session("Tối ưu chi phí trên AWS", "Tiết kiệm chi phí với Savings Plans.")
                .session("Bảo mật tài khoản", "Nguyên tắc đặc quyền tối thiểu.")
                .session("Ứng phó sự cố", "Quy trình xử lý khi hệ thống gặp lỗi.")
                .writeTo(dir.resolve("vi/van-hanh/_index.vi.md"));
        ArchiveIndexer.builder(tmp.resolve("index")).build().index(List.of(dir));
        index = ReportIndex.open(tmp.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    private static SearchResult search(SearchRequest.Builder b) throws IOException {
        return index.search(b.limit(50).build());
    }

    private static List<String> titles(SearchResult r) {
        return r.hits().stream().map(h -> h.session().title()).toList();
    }

    @Test
    void aTopicsNameFindsItsOtherNamesInBothLanguages() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("observability"));

        assertThat(titles(r)).containsExactlyInAnyOrder("Observability for serverless",
                "Monitoring with dashboards", "Giám sát hệ thống");
        assertThat(r.expansions()).singleElement().satisfies(e -> {
            assertThat(e.typed()).isEqualTo("observability");
            assertThat(e.topic().id()).isEqualTo("observability");
            assertThat(e.language()).isEqualTo("en");
            assertThat(e.added()).contains("monitoring", "giám sát").doesNotContain("observability");
        });
    }

    @Test
    void whatWasTypedRanksFirstAndTheOthersSayHowTheyWereFound() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("observability"));

        SessionHit first = r.hits().get(0);
        assertThat(first.session().title()).isEqualTo("Observability for serverless");
        assertThat(first.topic()).isNull();
        assertThat(r.hits().subList(1, r.hits().size())).allSatisfy(h -> {
            assertThat(h.topic()).isNotNull();
            assertThat(h.score()).isLessThan(first.score());
        });
        SessionHit vi = r.hits().stream().filter(h -> h.session().title().equals("Giám sát hệ thống")).findFirst()
                .orElseThrow();
        assertThat(vi.topic().matched()).isEqualTo("giám sát");
        assertThat(vi.topic().language()).isEqualTo("vi");
        assertThat(vi.topic().otherLanguage()).isTrue();
        SessionHit en = r.hits().stream().filter(h -> h.session().title().startsWith("Monitoring")).findFirst()
                .orElseThrow();
        assertThat(en.topic().matched()).isEqualTo("monitoring");
        assertThat(en.topic().otherLanguage()).isFalse();
    }

    @Test
    void aVietnameseQueryFindsTheEnglishTwinAndTheReverse() throws IOException {
        assertThat(titles(search(SearchRequest.builder().query("bảo mật"))))
                .containsExactly("Bảo mật tài khoản", "Security on AWS");
        assertThat(titles(search(SearchRequest.builder().query("security"))))
                .containsExactly("Security on AWS", "Bảo mật tài khoản");
        SessionHit english = search(SearchRequest.builder().query("bảo mật")).hits().get(1);
        assertThat(english.topic().otherLanguage()).isTrue();
        assertThat(english.topic().language()).isEqualTo("en");
    }

    @Test
    void crossLanguageOffKeepsTheLanguageTyped() throws IOException {
        assertThat(titles(search(SearchRequest.builder().query("bảo mật").crossLanguage(false))))
                .containsExactly("Bảo mật tài khoản");
        assertThat(titles(search(SearchRequest.builder().query("observability").crossLanguage(false))))
                .containsExactlyInAnyOrder("Observability for serverless", "Monitoring with dashboards");
    }

    @Test
    void expandTopicsOffSearchesWhatWasTypedOnly() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("observability").expandTopics(false));

        assertThat(titles(r)).containsExactly("Observability for serverless");
        assertThat(r.expansions()).isEmpty();
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.topic()).isNull());
    }

    @Test
    void aMultiWordNameIsAPhraseNeverLooseWords() throws IOException {
        // "Tối ưu chi phí" and "Cost optimization on AWS" are the topic; the pizza's "cost" and "optimization" are
        // words apart: the typed words find it (issue 13: both words anywhere), the name "tối ưu chi phí" does not
        // bring it, and "cost optimization" typed in Vietnamese is looked up as a phrase
        SearchResult typed = search(SearchRequest.builder().query("cost optimization"));
        assertThat(titles(typed)).contains("Cost optimization on AWS", "Cost of a pizza", "Tối ưu chi phí trên AWS");
        SearchResult vi = search(SearchRequest.builder().query("tối ưu chi phí"));
        assertThat(titles(vi)).containsExactly("Tối ưu chi phí trên AWS", "Cost optimization on AWS");
        assertThat(vi.hits().get(1).topic().matched()).isEqualTo("cost optimization");
    }

    @Test
    void wordsBesideTheTopicStillCountAndExclusionsStillExclude() throws IOException {
        // the topic's words are one part of the query: "aws" must still be there
        assertThat(titles(search(SearchRequest.builder().query("security aws"))))
                .containsExactly("Security on AWS");
        assertThat(titles(search(SearchRequest.builder().query("observability -dashboards"))))
                .doesNotContain("Monitoring with dashboards").contains("Observability for serverless");
        assertThat(titles(search(SearchRequest.builder().query("observability OR pizza"))))
                .contains("Cost of a pizza", "Giám sát hệ thống");
    }

    @Test
    void aWordThatNamesNoTopicIsSearchedAsBefore() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("pizza"));
        assertThat(r.expansions()).isEmpty();
        assertThat(titles(r)).containsExactly("Cost of a pizza");
    }

    @Test
    void sessionsAreTaggedForTheFacetTheFilterAndTheCounts() throws IOException {
        SearchResult all = index.search(SearchRequest.builder().facets(true).limit(0).build());
        assertThat(all.facets().topics()).extracting(FacetCount::value)
                .contains("observability", "monitoring", "cost-optimization", "security", "incident-response");
        FacetCount cost = all.facets().topics().stream().filter(c -> c.value().equals("cost-optimization"))
                .findFirst().orElseThrow();
        assertThat(cost.label()).isEqualTo("cost optimization");
        assertThat(cost.count()).isEqualTo(2);

        assertThat(titles(search(SearchRequest.builder().topic("tối ưu chi phí"))))
                .containsExactlyInAnyOrder("Cost optimization on AWS", "Tối ưu chi phí trên AWS");
        assertThat(titles(search(SearchRequest.builder().topic("incident-response"))))
                .containsExactly("Ứng phó sự cố");

        List<TopicUsage> usage = index.topics(SearchRequest.builder().build());
        TopicUsage security = usage.stream().filter(u -> u.topic().id().equals("security")).findFirst()
                .orElseThrow();
        assertThat(security.sessions()).isEqualTo(2);
        assertThat(security.events()).isEqualTo(2);
        assertThat(usage).isSortedAccordingTo((a, b) -> Long.compare(b.sessions(), a.sessions()));
        assertThat(index.events(SearchRequest.builder().topic("incident response").build()).total()).isEqualTo(1);
    }

    @Test
    void anUnknownTopicIsAnErrorThatSuggests() {
        assertThatThrownBy(() -> index.search(SearchRequest.builder().topic("observabilty").build()))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("unknown topic 'observabilty'");
        assertThatThrownBy(() -> index.search(SearchRequest.builder().topic("xyz qq").build()))
                .hasMessageContaining("recap topics");
    }
}
