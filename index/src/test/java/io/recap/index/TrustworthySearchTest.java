package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What issue 13 asked of search, one behaviour per test, on an archive written for it: OR and AND as in a web
 * search, split words only in sequence, typed diacritics meaning what they say, speakers of the session, services
 * outside sessions, section index pages left out, every path, unknown facet values.
 */
class TrustworthySearchTest {

    @TempDir
    static Path tmp;
    static ReportIndex index;

    @BeforeAll
    static void indexTheArchive() throws IOException {
        Path dir = tmp.resolve("reports");
        TestReport.vietnamese("Ngày Bảo Mật").date("2025-05-05")
                .session("Bảo mật trên AWS", "Nguyên tắc bảo mật cho tài khoản.")
                .session("Quản lý bí mật", "Lưu bí mật trong Secrets Manager.")
                .session("Bảo trì hệ thống", "Lịch bảo trì, rồi ra mắt mật khẩu mới.")
                .session("Ghi chep khong dau", "Bao mat cho ung dung web.")
                .session("Báo mất thẻ", "Khách hàng báo mất thẻ qua ứng dụng.")
                .session("Mã hoá dữ liệu", "Mã hoá khi lưu trữ với KMS.")
                .writeTo(dir.resolve("vi/bao-mat/_index.vi.md"));
        TestReport.english("Release Day").date("2025-04-04")
                .session("Releases with CodeDeploy", "Blue/green with **AWS CodeDeploy**.")
                .session("Train, Tune, Deploy", "Write code, deploy models; generate code → deploy.")
                .session("CodeCommit basics", "Repositories in CodeCommit. Deploy later.")
                .session("Code Deploy written apart", "We used Code Deploy for releases.")
                .session("Security and AWS", "Security groups on AWS.")
                .session("Lambda and ECS", "Functions on Lambda, tasks on ECS.")
                .writeTo(dir.resolve("en/release-day/_index.md"));
        write(dir.resolve("en/agents-day/_index.md"), """
                ---
                title: "Event"
                date: 2025-06-01
                ---

                # Summary Report: “Agents Day”

                **Event Name:** Agents Day

                **Date:** 2025-06-01

                ### Speakers

                - **Kien Nguyen** – Solutions Architect
                - **Linh Tran** – Solutions Architect

                ### Key Highlights

                #### Bedrock AgentCore

                - Presented by **Kien Nguyen**.

                #### Diaflow

                - Presented by **Linh Tran**.

                ### Key Takeaways

                - Keep learning.
                """);
        TestReport.english("Builders Night").date("2025-08-08").speaker("Kien Nguyen").speaker("Mai Pham")
                .session("Cloud basics", "Welcome to the cloud.")
                .session("Serverless patterns", "Functions and queues.")
                .writeTo(dir.resolve("en/builders-night/_index.md"));
        TestReport.english("Data Night").date("2025-09-09").speaker("Kien Nguyen").speaker("Mai Pham")
                .session("Lakehouse basics", "Tables on Amazon S3, as Kien Nguyen showed them.")
                .session("Streaming data", "Kinesis in practice.")
                .writeTo(dir.resolve("en/data-night/_index.md"));
        TestReport.vietnamese("Ngày Cộng Đồng").date("2026-05-23")
                .session("Cơ chế của LLM", "Trình bày bởi **Đào Đức**.")
                .session("Đạo đức AI", "Bàn về đạo đức khi dùng AI.")
                .writeTo(dir.resolve("vi/cong-dong/_index.vi.md"));
        write(dir.resolve("en/data-day/_index.md"), """
                ---
                title: "Event"
                date: 2025-07-01
                ---

                # Summary Report: “Data Day”

                **Event Name:** Data Day

                **Date:** 2025-07-01

                ### Key Highlights

                #### Data lakes

                - Storage on Amazon S3.

                ### Key Takeaways

                - Query the lake with Amazon Athena next time.
                """);
        write(dir.resolve("en/_index.md"), """
                ---
                title: "Events Participated"
                ---

                # Events Participated

                ### [Event 1](release-day/)

                - Releases with AWS CodeDeploy and Amazon Athena.

                ### [Event 2](agents-day/)

                - Agents on Amazon Bedrock.
                """);
        TestReport.english("Undated Talks").session("Undated session", "Talk about CodeDeploy rollbacks.")
                .writeTo(dir.resolve("en/undated/_index.md"));
        IndexRun run = ArchiveIndexer.builder(tmp.resolve("index")).build().index(List.of(dir));
        assertThat(run.failed()).isZero();
        index = ReportIndex.open(tmp.resolve("index"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    /** The titles found for the words as typed: topic expansion (issue 20) is {@link TopicSearchTest}'s. */
    static List<String> titles(SearchRequest.Builder r) throws IOException {
        return index.search(r.expandTopics(false).limit(100).build()).hits().stream().map(h -> h.session().title())
                .toList();
    }

    static List<String> titles(String query) throws IOException {
        return titles(SearchRequest.builder().query(query));
    }

    // 1. OR, AND, parentheses and -word, as in a web search

    @Test
    void operatorsWorkAsInAWebSearch() throws IOException {
        Map<String, List<String>> expected = Map.of(
                "lambda ecs", List.of("Lambda and ECS"),
                "lambda OR security", List.of("Lambda and ECS", "Security and AWS"),
                "lambda | security", List.of("Lambda and ECS", "Security and AWS"),
                "security aws OR lambda", List.of("Lambda and ECS", "Security and AWS"),
                "(security OR lambda) groups", List.of("Security and AWS"),
                "(security OR lambda) -ecs", List.of("Security and AWS"),
                "(security OR lambda) NOT ecs", List.of("Security and AWS"),
                "security AND groups", List.of("Security and AWS"),
                "\"security groups\"", List.of("Security and AWS"),
                "\"groups security\"", List.of());
        expected.forEach((query, titles) -> {
            try {
                assertThat(titles(query)).as(query).containsExactlyInAnyOrderElementsOf(titles);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void anOrOfManyWordsFindsAtLeastWhatEachWordFinds() throws IOException {
        long or = index.search(SearchRequest.builder().query("bảo mật OR security OR aws").expandTopics(false)
                .limit(0).build())
                .total();
        long aws = index.search(SearchRequest.builder().query("aws").expandTopics(false).limit(0).build()).total();
        long baoMat = index.search(SearchRequest.builder().query("bảo mật").expandTopics(false).limit(0).build()).total();
        assertThat(or).isGreaterThanOrEqualTo(aws).isGreaterThanOrEqualTo(baoMat).isGreaterThan(0);
    }

    @Test
    void aMinusAloneMeansEverythingButAndBrokenSyntaxIsAClearMessage() throws IOException {
        assertThat(titles("-security")).contains("Lambda and ECS").doesNotContain("Security and AWS");
        assertThatThrownBy(() -> titles("(lambda OR")).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("ends too early");
        assertThatThrownBy(() -> titles("lambda)")).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("')' without its '('");
        assertThatThrownBy(() -> titles("OR lambda")).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("unexpected \"OR\" at column 1 (OR goes between two words");
        assertThat(titles("re:Invent")).as("a colon that names no field is part of a word").isEmpty();
    }

    // 2. A word written as one matches itself or its parts in sequence, never its parts apart

    @Test
    void aSplitWordMatchesOnlyAsItselfOrItsPartsInSequence() throws IOException {
        assertThat(titles("CodeDeploy")).containsExactlyInAnyOrder("Releases with CodeDeploy",
                "Code Deploy written apart", "Undated session");
        assertThat(titles("\"code deploy\"")).as("punctuation between the words breaks a phrase")
                .containsExactlyInAnyOrder("Releases with CodeDeploy", "Code Deploy written apart",
                        "Undated session");
    }

    @Test
    void snippetsMarkAWholeWordNotThePartOfAnother() throws IOException {
        SearchResult r = index.search(SearchRequest.builder().query("CodeDeploy").limit(10).build());
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.snippet().marked("«", "»")).doesNotContain("«Code»Commit"));
        SessionHit releases = r.hits().stream().filter(h -> h.session().title().startsWith("Releases")).findFirst()
                .orElseThrow();
        assertThat(releases.snippet().marked("«", "»")).contains("«CodeDeploy»");
    }

    // 3. Diacritics typed mean exact forms; without them, every form; a flag loosens; exact first

    @Test
    void wordsTypedWithDiacriticsMatchThatSpellingOrOneWithoutAny() throws IOException {
        assertThat(titles("bảo mật")).as("not bí mật, bảo trì … mật khẩu, báo mất")
                .containsExactly("Bảo mật trên AWS", "Ghi chep khong dau");
        assertThat(titles("bao mat")).as("typed without diacritics: every spelling")
                .contains("Bảo mật trên AWS", "Ghi chep khong dau", "Báo mất thẻ");
        assertThat(titles(SearchRequest.builder().query("bảo mật").ignoreDiacritics(true)))
                .as("loosened, exact spellings first")
                .startsWith("Bảo mật trên AWS").contains("Ghi chep khong dau", "Báo mất thẻ")
                .doesNotContain("Quản lý bí mật");
        assertThat(titles("bí mật")).containsExactly("Quản lý bí mật");
    }

    @Test
    void oldAndNewTonePlacementsAreTheSameWord() throws IOException {
        assertThat(titles("mã hóa")).containsExactly("Mã hoá dữ liệu");
        assertThat(titles("mã hoá")).containsExactly("Mã hoá dữ liệu");
    }

    @Test
    void syllablesTypedTogetherMustStandTogetherButSeparatedByAndNeedNot() throws IOException {
        assertThat(titles("bảo mật")).doesNotContain("Bảo trì hệ thống");
        assertThat(titles("bảo AND mật")).contains("Bảo trì hệ thống", "Bảo mật trên AWS");
    }

    // 4. --speaker: a session's own speakers; the event's only where the report names none, and after

    @Test
    void aSpeakerFindsTheirOwnSessionsFirstThenSessionsOfEventsThatNameNoSpeakerPerSession() throws IOException {
        assertThat(titles(SearchRequest.builder().speaker("Kien Nguyen")))
                .as("named for Bedrock AgentCore, named in Lakehouse basics' text (newest first); then Builders "
                        + "Night, which names its speakers for the whole event only")
                .containsExactly("Lakehouse basics", "Bedrock AgentCore", "Cloud basics", "Serverless patterns");
        assertThat(titles(SearchRequest.builder().speaker("Linh Tran"))).containsExactly("Diaflow");
        assertThat(titles(SearchRequest.builder().query("welcome").speaker("kien nguyen")))
                .containsExactly("Cloud basics");
    }

    @Test
    void inAReportThatNamesSpeakersOnlyForTheEventASessionThatNamesTheSpeakerIsTheirs() throws IOException {
        SearchRequest.Builder mai = SearchRequest.builder().speaker("Mai Pham");
        assertThat(titles(mai)).as("no session of either event names her: all of them may be hers")
                .containsExactlyInAnyOrder("Cloud basics", "Serverless patterns", "Lakehouse basics",
                        "Streaming data");
        assertThat(titles(SearchRequest.builder().speaker("Kien Nguyen").sort(SearchRequest.Sort.DATE)))
                .as("Data Night's text says which of its sessions is his, so not Streaming data; Builders Night's "
                        + "does not")
                .containsExactly("Lakehouse basics", "Cloud basics", "Serverless patterns", "Bedrock AgentCore");
    }

    @Test
    void aSpeakersNameMatchesInAnyOrderWithTheDiacriticsTyped() throws IOException {
        for (String name : List.of("Đức Đào", "Đào Đức", "Duc Dao", "dao duc")) {
            assertThat(titles(SearchRequest.builder().speaker(name))).as(name).containsExactly("Cơ chế của LLM");
        }
        assertThat(titles(SearchRequest.builder().speaker("Đạo Đức"))).as("not the word for ethics").isEmpty();
    }

    // 5. Services outside sessions; one definition of every count

    @Test
    void eventsFindAServiceTheReportMentionsOutsideItsSessions() throws IOException {
        SearchRequest athena = SearchRequest.builder().service("Athena").build();
        assertThat(index.search(athena).total()).isZero();
        EventResult events = index.events(athena);
        assertThat(events.events()).singleElement().satisfies(e -> {
            assertThat(e.event().title()).isEqualTo("Data Day");
            assertThat(e.matchingSessions()).isZero();
        });
        assertThat(index.services()).filteredOn(u -> u.service().id().equals("athena")).singleElement()
                .satisfies(u -> {
                    assertThat(u.sessions()).isZero();
                    assertThat(u.events()).isEqualTo(1);
                });
    }

    @Test
    void everyServiceCountIsWhatSearchAndEventsFindWithTheService() throws IOException {
        for (SearchRequest r : List.of(SearchRequest.builder().build(), SearchRequest.builder().query("aws").build(),
                SearchRequest.builder().year(2025).build())) {
            for (ServiceUsage u : index.services(r)) {
                SearchRequest one = r.toBuilder().service(u.service().id()).typoTolerance(false).build();
                assertThat(u.sessions()).as(u.service().id()).isEqualTo(index.search(one).total());
                assertThat(u.events()).as(u.service().id()).isEqualTo(index.events(one).total());
            }
        }
    }

    // 6. Section index pages are no events

    @Test
    void sectionIndexPagesAreLeftOutUnlessAskedFor() throws IOException {
        SearchRequest codeDeploy = SearchRequest.builder().service("CodeDeploy").build();
        assertThat(index.events(codeDeploy).events()).extracting(e -> e.event().title())
                .containsExactlyInAnyOrder("Release Day", "Undated Talks");
        assertThat(index.events(codeDeploy.toBuilder().indexPages(true).build()).total()).isEqualTo(3);
        assertThat(index.events(SearchRequest.builder().limit(100).build()).events())
                .noneMatch(e -> e.event().path().endsWith("en/_index.md"));
        assertThat(index.services()).filteredOn(u -> u.service().id().equals("bedrock")).isEmpty();
        assertThat(index.stats().indexPages()).isEqualTo(1);
        assertThat(index.stats().reports()).isEqualTo(9);
    }

    // 7. Paths: every matching report, paged by report

    @Test
    void pathsListEveryMatchingReportOnce() throws IOException {
        PathResult all = index.paths(SearchRequest.builder().query("aws OR codedeploy OR mật")
                .limit(Integer.MAX_VALUE).build());
        assertThat(all.paths()).hasSize(3).doesNotHaveDuplicates();
        assertThat(all.reports()).isEqualTo(3);
        assertThat(all.total()).isGreaterThan(3);
        PathResult one = index.paths(SearchRequest.builder().query("aws OR codedeploy OR mật").offset(1).limit(1)
                .build());
        assertThat(one.paths()).containsExactly(all.paths().get(1));
        assertThat(one.reports()).isEqualTo(3);
    }

    // 8. Facets: sessions without a year count as unknown

    @Test
    void theYearFacetCountsUndatedSessionsAsUnknown() throws IOException {
        SearchResult r = index.search(SearchRequest.builder().query("codedeploy").facets(true).limit(0).build());
        assertThat(r.facets().years()).containsExactly(new FacetCount("2025", "2025", 2),
                new FacetCount(null, "unknown", 1));
        assertThat(r.facets().years().stream().mapToLong(FacetCount::count).sum()).isEqualTo(r.total());
    }
}
