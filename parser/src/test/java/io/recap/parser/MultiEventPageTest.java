package io.recap.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.model.Report;
import io.recap.model.Session;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page that recaps several events in full, one section each ("## Event 1: …", "## Event 2: …"): the page is
 * a section index page that lists them, and each event is a report of its own, {@code path#1}, {@code path#2},
 * with its own name, date, place, sessions and services.
 */
class MultiEventPageTest {

    private static Report page;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = MultiEventPageTest.class.getResourceAsStream("pages/events-in-one-page.md")) {
            page = ReportParser.builder().build().parse("content/4-Events/_index.md", in.readAllBytes());
        }
    }

    @Test
    void thePageListsTheEventsAndHoldsEachInFull() {
        assertThat(page.indexPage()).isTrue();
        assertThat(page.listedEvents()).extracting(e -> e.title()).containsExactly("Cloud Kickoff 2026", "Serverless Day");
        assertThat(page.events()).extracting(r -> r.source().path())
                .containsExactly("content/4-Events/_index.md#1", "content/4-Events/_index.md#2");
        assertThat(page.eventReports()).isEqualTo(page.events());
        assertThat(page.sessions()).as("the page itself holds no programme").isEmpty();
    }

    @Test
    void eachEventHasItsOwnNameDatePlaceAndProgramme() {
        Report first = page.events().get(0);
        Report second = page.events().get(1);
        assertThat(first.title()).as("the fuller name of the heading and the field").isEqualTo("Cloud Kickoff 2026");
        assertThat(first.date()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(first.location()).isEqualTo("Example Tower, District 1");
        assertThat(first.sessions()).extracting(Session::title)
                .containsExactly("Programme structure", "Getting started with Amazon EC2");
        assertThat(first.services()).extracting(c -> c.service().id()).containsExactly("ec2", "ebs");

        assertThat(second.title()).isEqualTo("Serverless Day");
        assertThat(second.date()).isEqualTo(LocalDate.of(2026, 2, 21));
        assertThat(second.sessions()).extracting(Session::title)
                .containsExactly("Functions with AWS Lambda", "Events with Amazon EventBridge", "Queues with Amazon SQS");
        assertThat(second.services()).extracting(c -> c.service().id()).containsExactly("lambda", "eventbridge", "sqs");
    }

    @Test
    void anEventsLinesPointIntoThePageAndItsSourceIsThePagesFile() {
        Report second = page.events().get(1);
        assertThat(second.sessions().get(0).lines().start()).isGreaterThan(page.events().get(0).sessions().get(1)
                .lines().end());
        assertThat(second.source().sha256()).isEqualTo(page.source().sha256());
        assertThat(second.source().bytes()).isEqualTo(page.source().bytes());
        assertThat(second.events()).isEmpty();
    }

    @Test
    void aPageOfOneEventIsItsOwnOnlyEventReport() {
        Report single = ReportParser.builder().build().parse("one.md", "# Serverless Day\n\nDate: 2026-02-21\n");
        assertThat(single.events()).isEmpty();
        assertThat(single.eventReports()).containsExactly(single);
    }

    @Test
    void theJsonFormKeepsTheEvents() {
        assertThat(ReportJson.read(ReportJson.write(page))).isEqualTo(page);
    }
}
