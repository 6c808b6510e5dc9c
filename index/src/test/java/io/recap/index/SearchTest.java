package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recap.model.Part;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching sessions in a real on-disk index of the {@link SampleArchive}: query text and its analysis. */
class SearchTest {

    @TempDir
    static Path tmp;
    static Path reports;
    static ReportIndex index;

    @BeforeAll
    static void indexTheSampleArchive() throws IOException {
        reports = tmp.resolve("reports");
        SampleArchive.write(reports);
        IndexRun run = ArchiveIndexer.builder(tmp.resolve("index")).build().index(List.of(reports));
        assertThat(run.failed()).isZero();
        index = ReportIndex.open(tmp.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static SearchResult search(String query) throws IOException {
        return index.search(SearchRequest.builder().query(query).limit(50).build());
    }

    static List<String> titles(SearchResult r) {
        return r.hits().stream().map(h -> h.session().title()).toList();
    }

    @Test
    void wordsWithoutDiacriticsFindWordsWithThem() throws IOException {
        assertThat(titles(search("luu tru"))).containsExactly("Lưu trữ với Amazon S3");
        assertThat(titles(search("dien toan dam may"))).containsExactly("Lưu trữ với Amazon S3");
        // "Đám Mây" is also in the event's name, but a word must be in the session itself.
        assertThat(titles(search("dam may"))).containsExactly("Lưu trữ với Amazon S3");
        assertThat(titles(search("van hoa devops"))).containsExactly("Văn Hóa DevOps");
        assertThat(titles(search("VĂN HÓA"))).containsExactly("Văn Hóa DevOps");
    }

    @Test
    void tuDuyFindsTuDuyWithAndWithoutDiacritics() throws IOException {
        assertThat(titles(search("tu duy"))).containsExactlyInAnyOrder("Tư Duy Thiết Kế", "Tu Duy Thiet Ke");
        assertThat(titles(search("Tư Duy"))).containsExactlyInAnyOrder("Tư Duy Thiết Kế", "Tu Duy Thiet Ke");
    }

    @Test
    void aQueryTypedWithDiacriticsRanksExactSpellingsFirst() throws IOException {
        SearchResult exact = search("tư duy thiết kế");
        // The one written without diacritics matches too (its author typed none), after the exact spelling.
        assertThat(titles(exact)).containsExactly("Tư Duy Thiết Kế", "Tu Duy Thiet Ke");
        SearchResult partly = search("Tư duy thiet ke");
        assertThat(titles(partly)).containsExactly("Tư Duy Thiết Kế", "Tu Duy Thiet Ke");
        // Typed without diacritics, both spellings match equally.
        SearchResult folded = search("tu duy thiet ke");
        assertThat(folded.hits()).extracting(SessionHit::score).containsExactly(folded.hits().get(0).score(),
                folded.hits().get(0).score());
    }

    @Test
    void englishWordsAreStemmedInReportsOfEveryLanguage() throws IOException {
        // "deploying" finds "deployment" and "deployments", in English reports and in the Vietnamese one (whose
        // technical terms are English words).
        SearchResult r = search("deploying");
        assertThat(titles(r)).contains("Safe deployment strategies", "Releases with CodeDeploy",
                "Container với Amazon ECR");
        // Stemming matches only forms of one word: "deploy" is not "develop".
        assertThat(titles(search("developers"))).doesNotContain("Safe deployment strategies");
    }

    @Test
    void codeDeployMatchesCodeDeployWrittenApart() throws IOException {
        for (String q : List.of("CodeDeploy", "codedeploy", "code deploy", "\"code deploy\"")) {
            assertThat(titles(search(q))).as(q).contains("Releases with CodeDeploy");
        }
        assertThat(titles(search("devops"))).contains("Văn Hóa DevOps");
        assertThat(titles(search("dev ops"))).contains("Văn Hóa DevOps");
    }

    @Test
    void aServiceIsFoundUnderAnyOfItsNames() throws IOException {
        // The session wrote "Amazon Elastic Container Registry"; its services are searchable by name and id.
        assertThat(titles(search("ecr"))).containsExactlyInAnyOrder("Container với Amazon ECR", "Shipping images");
        assertThat(titles(search("elastic container registry"))).containsExactlyInAnyOrder(
                "Container với Amazon ECR", "Shipping images");
    }

    @Test
    void wordsMustAllMatchUnlessJoinedWithOr() throws IOException {
        assertThat(search("lambda ecr").total()).isZero();
        assertThat(titles(search("lambda OR ecr"))).containsExactlyInAnyOrder("Serverless pipelines",
                "Container với Amazon ECR", "Shipping images");
    }

    @Test
    void aMinusExcludesAndAloneMeansEverythingBut() throws IOException {
        assertThat(titles(search("marathon -stage"))).isEmpty();
        SearchResult notMarathon = search("-marathon");
        assertThat(titles(notMarathon)).isNotEmpty().noneMatch(t -> t.startsWith("Marathon"));
        long all = index.search(SearchRequest.builder().limit(0).build()).total();
        assertThat(notMarathon.total()).isEqualTo(all - SampleArchive.MARATHON_SESSIONS);
    }

    @Test
    void fieldsNarrowWhereAWordMayMatch() throws IOException {
        assertThat(titles(search("title:ecr"))).containsExactly("Container với Amazon ECR");
        assertThat(titles(search("text:scanned"))).containsExactly("Shipping images");
        assertThat(titles(search("speaker:\"linh tran\""))).hasSize(3);
        assertThat(titles(search("event:\"data summit\""))).containsExactly("Safe deployment strategies");
        assertThat(titles(search("location:hall"))).hasSize(3);
        assertThat(titles(search("service:\"Elastic Container Registry\""))).containsExactlyInAnyOrder(
                "Container với Amazon ECR", "Shipping images");
        assertThat(titles(search("lang:vi AND year:2024"))).containsExactlyInAnyOrder("Tư Duy Thiết Kế",
                "Tu Duy Thiet Ke");
        assertThat(titles(search("part:afternoon"))).containsExactlyInAnyOrder("Container với Amazon ECR",
                "Serverless pipelines");
        assertThat(titles(search("date:[2025-01-01 TO 2025-12-31] AND ecr"))).containsExactlyInAnyOrder(
                "Container với Amazon ECR", "Shipping images");
        assertThat(titles(search("date:2024-05-20"))).containsExactly("Tư Duy Thiết Kế");
    }

    @Test
    void prefixesAndPhrasesWork() throws IOException {
        assertThat(titles(search("contain*"))).contains("Container với Amazon ECR");
        assertThat(titles(search("\"blue green deployments\""))).containsExactly("Releases with CodeDeploy");
        assertThat(search("\"deployments green\"").total()).isZero();
    }

    @Test
    void aSyntaxErrorIsAClearMessage() {
        assertThatThrownBy(() -> search("devops AND ("))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageStartingWith("cannot understand the query 'devops AND (': ")
                .hasMessageContaining("ends too early");
        assertThatThrownBy(() -> search("\"unclosed"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageStartingWith("cannot understand the query");
        assertThatThrownBy(() -> search("*evops"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageStartingWith("cannot understand the query");
    }

    @Test
    void anUnknownFieldOrValueIsAClearMessage() {
        assertThatThrownBy(() -> search("service:CodeDeplo"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("unknown service 'CodeDeplo'; did you mean CodeDeploy?");
        assertThatThrownBy(() -> search("part:night"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("morning, afternoon or evening");
        assertThatThrownBy(() -> search("date:yesterday"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("not a date");
    }

    @Test
    void hitsCarryTheirEventSessionServicesAndAMarkedSnippet() throws IOException {
        SessionHit hit = search("scanned").hits().get(0);
        assertThat(hit.id()).endsWith(SampleArchive.DEVOPS_DAY + "#2");
        assertThat(hit.event().title()).isEqualTo("DevOps Day");
        assertThat(hit.event().date()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(hit.event().language()).isEqualTo("en");
        assertThat(hit.event().location()).isEqualTo("Hall 7, Ho Chi Minh City");
        assertThat(hit.event().sessions()).isEqualTo(3);
        assertThat(Path.of(hit.event().path())).isAbsolute().endsWith(Path.of(SampleArchive.DEVOPS_DAY));
        assertThat(hit.session().number()).isEqualTo(2);
        assertThat(hit.session().part()).isEqualTo(Part.MORNING);
        assertThat(hit.session().speakers()).containsExactly("Linh Tran", "Daniel Kim");
        assertThat(hit.services()).extracting(s -> s.id()).containsExactly("ecr");
        assertThat(hit.snippet().marked("«", "»"))
                .isEqualTo("Images pushed to Amazon Elastic Container Registry are «scanned».");
        assertThat(hit.score()).isPositive();
    }

    @Test
    void aSnippetMarksWordsFoundWithoutDiacritics() throws IOException {
        assertThat(search("dien toan").hits().get(0).snippet().marked("«", "»")).contains("«điện» «toán»");
    }

    @Test
    void aHitFoundByAServiceFilterShowsTheLineThatNamesTheServiceMarked() throws IOException {
        SearchResult r = index.search(SearchRequest.builder().service("Elastic Container Registry").language("vi")
                .build());
        assertThat(r.hits()).singleElement().satisfies(h ->
                assertThat(h.snippet().marked("«", "»")).isEqualTo("Quản lý image với Amazon «ECR»."));
    }

    @Test
    void aQueryThatFindsNothingIsRetriedWithSimilarWords() throws IOException {
        SearchResult r = search("serverles pipelnes");
        assertThat(r.fuzzy()).isTrue();
        assertThat(titles(r)).containsExactly("Serverless pipelines");
        assertThat(r.hits().get(0).snippet().marked("«", "»")).contains("«Serverless» «pipelines»");

        SearchResult exact = search("serverless pipelines");
        assertThat(exact.fuzzy()).isFalse();
        assertThat(titles(exact)).containsExactly("Serverless pipelines");
    }

    @Test
    void typoToleranceLeavesShortWordsAloneAndCanBeTurnedOff() throws IOException {
        assertThat(search("ecx").total()).isZero(); // three letters: never fuzzy
        SearchResult off = index.search(SearchRequest.builder().query("serverles").typoTolerance(false).build());
        assertThat(off.total()).isZero();
        assertThat(off.fuzzy()).isFalse();
    }
}
