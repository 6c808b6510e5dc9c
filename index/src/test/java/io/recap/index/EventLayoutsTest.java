package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.model.Report;
import io.recap.model.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two layouts of events that are not one page per event: a page that recaps several events in full (each is an
 * event of its own, {@code page#1}, {@code page#2}, with its own name, date and sessions), and an event folder
 * whose sub-folders hold one page per session (the sub-pages are that event's sessions, shown under its name and
 * date, not events of their own).
 */
class EventLayoutsTest {

    @TempDir
    Path tmp;
    Path site;
    Path index;
    Path page;
    Path cloudDay;

    @BeforeEach
    void writeTheSite() throws IOException {
        site = tmp.resolve("site");
        index = tmp.resolve("index");
        write("content/4-Events/_index.md", "---\ntitle: \"Events Participated\"\n---\n\n"
                + "- [Cloud Day](4.1-Cloud-Day/)\n- [Builders Week](4.2-Builders-Week/)\n");
        cloudDay = write("content/4-Events/4.1-Cloud-Day/_index.md", """
                ---
                title: "Cloud Day 2026"
                ---

                # Summary Report: "Cloud Day 2026"

                **Date:** March 5, 2026

                **Location:** Example Tower

                ### Key Highlights

                #### Opening keynote

                - Where the cloud goes next.
                """);
        write("content/4-Events/4.1-Cloud-Day/4.1.1-Data-Track/_index.md", """
                ---
                title: "Data track"
                ---

                # Data on Amazon S3 and AWS Glue

                ### Speakers

                - **Tran Minh Khoa** – Solutions Architect, AWS

                ### Key Highlights

                #### Lakehouse basics

                - Tables on Amazon S3, a catalog in AWS Glue.
                """);
        write("content/4-Events/4.1-Cloud-Day/4.1.2-Security-Track/_index.md", """
                ---
                title: "Security track"
                ---

                # Guarding the edge with AWS WAF

                ### Key Highlights

                #### Rules that matter

                - Rate-based rules in AWS WAF.
                """);
        page = write("content/4-Events/4.2-Builders-Week/_index.md", """
                ---
                title: "Builders Week"
                ---

                ## Event 1: Serverless Night

                **Event Name:** Serverless Night

                **Date:** April 2, 2026

                ### Event Overview

                An evening of functions and events, with demos and questions from the floor.

                ### Key Highlights

                #### Functions with AWS Lambda

                - Cold starts and concurrency.

                #### Queues with Amazon SQS

                - Dead-letter queues.

                ## Event 2: Container Night

                **Event Name:** Container Night

                **Date:** April 9, 2026

                ### Event Overview

                An evening of clusters and tasks, with demos and questions from the floor.

                ### Key Highlights

                #### Tasks on Amazon ECS

                - Services and task definitions.

                #### Clusters on Amazon EKS

                - Managed node groups.
                """);
        IndexRun run = ArchiveIndexer.builder(index).build().index(List.of(site));
        assertThat(run.failed()).isZero();
    }

    private Path write(String relative, String text) throws IOException {
        Path p = site.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String id(Path p) throws IOException {
        return p.toRealPath().toString();
    }

    @Test
    void eachEventOfAPageIsAnEventOfItsOwn() throws IOException {
        try (ReportIndex idx = ReportIndex.open(index)) {
            SearchResult lambda = idx.search(SearchRequest.builder().service("lambda").build());
            assertThat(lambda.hits()).singleElement().satisfies(h -> {
                assertThat(h.event().id()).isEqualTo(id(page) + "#1");
                assertThat(h.event().title()).isEqualTo("Serverless Night");
                assertThat(h.event().date()).isEqualTo(LocalDate.of(2026, 4, 2));
                assertThat(h.event().path()).as("the file, to open it").isEqualTo(id(page));
            });
            SearchResult eks = idx.search(SearchRequest.builder().service("eks").build());
            assertThat(eks.hits()).singleElement().satisfies(h -> {
                assertThat(h.event().id()).isEqualTo(id(page) + "#2");
                assertThat(h.event().title()).isEqualTo("Container Night");
                assertThat(h.session().title()).isEqualTo("Clusters on Amazon EKS");
            });
            Report second = idx.report(id(page) + "#2").orElseThrow();
            assertThat(second.title()).isEqualTo("Container Night");
            assertThat(second.sessions()).extracting(Session::title)
                    .containsExactly("Tasks on Amazon ECS", "Clusters on Amazon EKS");
        }
    }

    @Test
    void sessionPagesAreSessionsOfTheirEvent() throws IOException {
        try (ReportIndex idx = ReportIndex.open(index)) {
            Report event = idx.report(id(cloudDay)).orElseThrow();
            assertThat(event.sessions()).extracting(Session::title)
                    .containsExactly("Opening keynote", "Data on Amazon S3 and AWS Glue", "Guarding the edge with AWS WAF");
            assertThat(event.sessions().get(1).speakers()).extracting(s -> s.name()).containsExactly("Tran Minh Khoa");
            SearchResult waf = idx.search(SearchRequest.builder().service("waf").build());
            assertThat(waf.hits()).singleElement().satisfies(h -> {
                assertThat(h.event().id()).as("under the event's name and date").isEqualTo(id(cloudDay));
                assertThat(h.event().title()).isEqualTo("Cloud Day 2026");
                assertThat(h.event().date()).isEqualTo(LocalDate.of(2026, 3, 5));
                assertThat(h.session().title()).isEqualTo("Guarding the edge with AWS WAF");
            });
            EventResult all = idx.events(SearchRequest.builder().limit(50).build());
            assertThat(all.events()).extracting(e -> e.event().title()).as("no session page is an event")
                    .doesNotContain("Data on Amazon S3 and AWS Glue", "Guarding the edge with AWS WAF")
                    .contains("Cloud Day 2026", "Serverless Night", "Container Night");
        }
    }

    @Test
    void aChangedSessionPageReadsItsEventAgainAndNothingElse() throws IOException {
        IndexRun same = ArchiveIndexer.builder(index).build().index(List.of(site));
        assertThat(same.indexed()).isZero();
        Path security = site.resolve("content/4-Events/4.1-Cloud-Day/4.1.2-Security-Track/_index.md");
        Files.writeString(security, Files.readString(security).replace("AWS WAF.", "AWS WAF and AWS Shield."));
        IndexRun changed = ArchiveIndexer.builder(index).build().index(List.of(site));
        assertThat(changed.indexed()).as("the event page and its two session pages").isEqualTo(3);
        try (ReportIndex idx = ReportIndex.open(index)) {
            assertThat(idx.search(SearchRequest.builder().service("shield").build()).hits())
                    .singleElement().satisfies(h -> assertThat(h.event().title()).isEqualTo("Cloud Day 2026"));
        }
        Files.delete(security);
        ArchiveIndexer.builder(index).build().index(List.of(site));
        try (ReportIndex idx = ReportIndex.open(index)) {
            assertThat(idx.report(id(cloudDay)).orElseThrow().sessions()).hasSize(2);
            assertThat(idx.search(SearchRequest.builder().service("waf").build()).hits()).isEmpty();
        }
    }
}
