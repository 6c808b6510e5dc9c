package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recap.model.Part;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters, sort order, paging and facet counts of session searches, on an index of the {@link SampleArchive}. */
class FilterSortPageTest {

    @TempDir
    static Path tmp;
    static ReportIndex index;

    @BeforeAll
    static void indexTheSampleArchive() throws IOException {
        SampleArchive.write(tmp.resolve("reports"));
        ArchiveIndexer.builder(tmp.resolve("index")).build().index(List.of(tmp.resolve("reports")));
        index = ReportIndex.open(tmp.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static SearchRequest.Builder request() {
        return SearchRequest.builder().limit(100);
    }

    static List<String> titles(SearchRequest.Builder r) throws IOException {
        return index.search(r.build()).hits().stream().map(h -> h.session().title()).toList();
    }

    @Test
    void aServiceIsFoundByAnyOfItsNames() throws IOException {
        for (String name : List.of("Elastic Container Registry", "Amazon ECR", "ecr", "ECR", "amazon elastic "
                + "container registry")) {
            assertThat(titles(request().service(name))).as(name)
                    .containsExactlyInAnyOrder("Container với Amazon ECR", "Shipping images");
        }
        for (String name : List.of("CodeDeploy", "code deploy", "AWS CodeDeploy", "codedeploy")) {
            assertThat(titles(request().service(name))).as(name).containsExactly("Releases with CodeDeploy");
        }
    }

    @Test
    void servicesCombineWithEachOtherAndWithTheQuery() throws IOException {
        assertThat(titles(request().service("ecr").service("s3"))).isEmpty();
        assertThat(titles(request().service("ecr").query("scanned"))).containsExactly("Shipping images");
    }

    @Test
    void anUnknownServiceSuggestsCloseNames() {
        assertThatThrownBy(() -> index.search(request().service("CodeDeplo").build()))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("unknown service 'CodeDeplo'; did you mean CodeDeploy?");
    }

    @Test
    void datesFilterInclusively() throws IOException {
        assertThat(titles(request().since(LocalDate.parse("2025-01-01")))).containsExactlyInAnyOrder(
                "Văn Hóa DevOps", "Lưu trữ với Amazon S3", "Container với Amazon ECR",
                "Releases with CodeDeploy", "Shipping images", "Serverless pipelines");
        assertThat(titles(request().since(LocalDate.parse("2024-05-20")).until(LocalDate.parse("2024-05-20"))))
                .containsExactly("Tư Duy Thiết Kế");
        assertThat(titles(request().until(LocalDate.parse("2023-12-31")))).hasSize(SampleArchive.MARATHON_SESSIONS);
        assertThat(titles(request().year(2024))).containsExactlyInAnyOrder("Tư Duy Thiết Kế", "Tu Duy Thiet Ke",
                "Safe deployment strategies");
    }

    @Test
    void anEmptyDateRangeIsRefused() {
        assertThatThrownBy(() -> request().since(LocalDate.parse("2025-02-01")).until(LocalDate.parse("2025-01-01"))
                .build())
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("2025-02-01 is after 2025-01-01");
    }

    @Test
    void languagePartSpeakerAndEventFilter() throws IOException {
        assertThat(titles(request().language("vi"))).containsExactlyInAnyOrder("Văn Hóa DevOps",
                "Lưu trữ với Amazon S3", "Container với Amazon ECR", "Tư Duy Thiết Kế", "Tu Duy Thiet Ke");
        assertThat(titles(request().language("EN").query("ecr"))).containsExactly("Shipping images");
        assertThat(titles(request().part(Part.AFTERNOON))).containsExactlyInAnyOrder("Container với Amazon ECR",
                "Serverless pipelines");
        // Sessions that name no speaker of their own have their event's speakers.
        assertThat(titles(request().speaker("nguyen van an"))).hasSize(3);
        assertThat(titles(request().speaker("Kim"))).containsExactlyInAnyOrder("Releases with CodeDeploy",
                "Shipping images", "Serverless pipelines");
        assertThat(titles(request().speaker("Tran Kim"))).isEmpty(); // a name, not words from two names
        assertThat(titles(request().event("devops day"))).hasSize(3);
        String path = index.search(request().query("scanned").build()).hits().get(0).event().id();
        assertThat(titles(request().event(path))).hasSize(3);
    }

    @Test
    void withoutQueryTextHitsComeNewestFirstThenInProgrammeOrder() throws IOException {
        SearchResult all = index.search(request().build());
        List<LocalDate> dates = all.hits().stream().map(h -> h.event().date()).filter(d -> d != null).toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
        List<Integer> marathon = all.hits().stream().filter(h -> h.event().title().equals("Builders Marathon"))
                .map(h -> h.session().number()).toList();
        assertThat(marathon).isSorted().hasSize(SampleArchive.MARATHON_SESSIONS);
        assertThat(all.hits()).allSatisfy(h -> assertThat(h.score()).isZero());
    }

    @Test
    void aQueryCanBeSortedByDateInsteadOfRelevance() throws IOException {
        SearchRequest.Builder q = request().query("tư duy thiết kế");
        assertThat(titles(q.sort(SearchRequest.Sort.RELEVANCE))).containsExactly("Tư Duy Thiết Kế",
                "Tu Duy Thiet Ke");
        // By date the later event (the one without diacritics, a day later) comes first.
        assertThat(titles(q.sort(SearchRequest.Sort.DATE))).containsExactly("Tu Duy Thiet Ke", "Tư Duy Thiết Kế");
    }

    @Test
    void pagesAreDisjointAndCoverEveryHit() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> inOrder = new ArrayList<>();
        for (int offset = 0; offset < 15; offset += 5) {
            SearchResult page = index.search(request().query("marathon").offset(offset).limit(5).build());
            assertThat(page.total()).isEqualTo(SampleArchive.MARATHON_SESSIONS);
            assertThat(page.offset()).isEqualTo(offset);
            assertThat(page.hits()).hasSize(Math.min(5, SampleArchive.MARATHON_SESSIONS - offset));
            for (SessionHit h : page.hits()) {
                assertThat(seen.add(h.id())).as("hit %s seen twice", h.id()).isTrue();
                inOrder.add(h.id());
            }
        }
        assertThat(seen).hasSize(SampleArchive.MARATHON_SESSIONS);
        List<String> onePage = index.search(request().query("marathon").limit(100).build()).hits().stream()
                .map(SessionHit::id).toList();
        assertThat(inOrder).isEqualTo(onePage);
    }

    @Test
    void aLimitOfZeroCountsOnlyAndAnOffsetPastTheEndIsEmpty() throws IOException {
        SearchResult count = index.search(request().query("marathon").limit(0).build());
        assertThat(count.total()).isEqualTo(SampleArchive.MARATHON_SESSIONS);
        assertThat(count.hits()).isEmpty();
        SearchResult past = index.search(request().query("marathon").offset(1000).build());
        assertThat(past.total()).isEqualTo(SampleArchive.MARATHON_SESSIONS);
        assertThat(past.hits()).isEmpty();
        assertThatThrownBy(() -> request().offset(-1).build()).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void theLargestLimitAndOffsetAreAnsweredWithoutAllocatingForThem() throws IOException {
        // Lucene's collectors allocate their queue up front: a limit of 2^31 - 1 must not reach them as is
        SearchResult all = index.search(request().query("marathon").limit(Integer.MAX_VALUE).build());
        assertThat(all.hits()).hasSize(SampleArchive.MARATHON_SESSIONS);
        SearchResult far = index.search(request().query("marathon").offset(Integer.MAX_VALUE)
                .limit(Integer.MAX_VALUE).build());
        assertThat(far.hits()).isEmpty();
        assertThat(index.events(request().limit(Integer.MAX_VALUE).build()).events()).isNotEmpty();
    }

    @Test
    void serviceCountsOfMatchingSessionsAgreeWithSearchingEachServiceInTurn() throws IOException {
        for (SearchRequest r : List.of(request().build(), request().query("deployment").build(),
                request().since(LocalDate.parse("2025-01-01")).build(), request().language("vi").build(),
                request().query("deploymnt").build())) {
            List<ServiceUsage> counted = index.services(r);
            List<FacetCount> facet = index.search(r.toBuilder().limit(0).facets(true).build()).facets().services();
            // the services the matching sessions mention, and those their events mention elsewhere (0 sessions)
            assertThat(counted).as(r.toString()).filteredOn(u -> u.sessions() > 0).extracting(u -> u.service().id())
                    .containsExactlyInAnyOrderElementsOf(facet.stream().map(FacetCount::value).toList());
            // the same words: as typed, or similar ones when the query as typed found nothing
            boolean similar = index.search(r).fuzzy();
            for (ServiceUsage u : counted) {
                SearchRequest one = r.toBuilder().service(u.service().id()).typoTolerance(similar).build();
                assertThat(u.sessions()).as(u.service().id()).isEqualTo(index.search(one).total());
                assertThat(u.events()).as(u.service().id()).isEqualTo(index.events(one).total());
            }
        }
        assertThat(index.services(request().build())).extracting(ServiceUsage::sessions)
                .as("over everything, the sessions of the whole-index counts")
                .isEqualTo(index.services().stream().map(ServiceUsage::sessions).toList());
        assertThat(index.services(request().query("nothing-like-this-anywhere").build())).isEmpty();
    }

    @Test
    void pathsAreThoseOfEveryMatchingSessionEachOnceInRankOrderPagedByReport() throws IOException {
        for (SearchRequest r : List.of(request().build(), request().query("marathon").offset(1).limit(7).build(),
                request().query("deployment").build(), request().service("ecr").build(),
                request().query("deploymnt").build(), request().sort(SearchRequest.Sort.DATE).limit(4).build(),
                request().query("nothing-like-this-anywhere").build())) {
            SearchResult search = index.search(r.toBuilder().offset(0).limit(Integer.MAX_VALUE).build());
            List<String> all = search.hits().stream().map(h -> h.event().path()).distinct().toList();
            PathResult paths = index.paths(r);
            assertThat(paths.paths()).as(r.toString()).isEqualTo(all.subList(Math.min(r.offset(), all.size()),
                    Math.min(r.offset() + r.limit(), all.size())));
            assertThat(paths.reports()).isEqualTo(all.size());
            assertThat(paths.total()).isEqualTo(search.total());
            assertThat(paths.exactTotal()).isTrue();
            assertThat(paths.fuzzy()).isEqualTo(search.fuzzy());
        }
        assertThat(index.paths(request().query("deploymnt").build()).fuzzy()).isTrue();
    }

    @Test
    void facetsCountTheMatchingSessionsByServiceYearAndLanguage() throws IOException {
        SearchResult r = index.search(request().since(LocalDate.parse("2025-01-01")).limit(1).facets(true).build());
        assertThat(r.total()).isEqualTo(6);
        assertThat(r.facets().years()).containsExactly(new FacetCount("2025", "2025", 6));
        assertThat(r.facets().languages()).containsExactly(new FacetCount("en", "en", 3),
                new FacetCount("vi", "vi", 3));
        assertThat(r.facets().services()).containsExactly(
                new FacetCount("ecr", "ECR", 2),
                new FacetCount("codedeploy", "CodeDeploy", 1),
                new FacetCount("lambda", "Lambda", 1),
                new FacetCount("s3", "S3", 1));
    }

    @Test
    void facetsFollowTheQueryAndAreOffUnlessAskedFor() throws IOException {
        SearchResult r = index.search(request().query("ecr").facets(true).build());
        assertThat(r.facets().services()).containsExactly(new FacetCount("ecr", "ECR", 2));
        assertThat(r.facets().languages()).extracting(FacetCount::count).containsExactly(1L, 1L);
        assertThat(index.search(request().query("ecr").build()).facets()).isEqualTo(Facets.NONE);
    }

    @Test
    void aSearcherAskedAgainCountsFacetsTheSameFromItsTables() throws IOException {
        // the first faceted search of a snapshot counts from doc values, later ones from the fields read whole
        try (ReportIndex fresh = ReportIndex.open(tmp.resolve("index"))) {
            for (SearchRequest r : List.of(request().facets(true).build(),
                    request().query("deployment").facets(true).build(), request().language("vi").facets(true).build(),
                    request().service("ecr").facets(true).build())) {
                Facets first = fresh.search(r).facets();
                assertThat(first.services()).as(r.toString()).isNotEmpty();
                for (int again = 0; again < 2; again++) {
                    assertThat(fresh.search(r).facets()).as(r.toString()).isEqualTo(first);
                }
                assertThat(index.search(r).facets()).as(r.toString()).isEqualTo(first);
            }
        }
    }
}
