package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A site whose section page recaps two events in full (it is a section index page, and each of its events is an
 * event of its own, {@code page#1} and {@code page#2}) beside an event page: what {@code events}, {@code search},
 * {@code services}, {@code stats} and {@code show} make of them, through the real command line.
 */
class SectionPagesCommandTest {

    @TempDir
    static Path tmp;
    static Path page;
    static Path cloudDay;
    static Cli cli;

    @BeforeAll
    static void indexTheSite() throws IOException {
        Path site = tmp.resolve("site");
        page = write(site.resolve("content/4-Events/_index.md"), """
                ---
                title: "Events Participated"
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

                - Services and task definitions on Amazon ECS, with AWS Lambda for glue.

                #### Clusters on Amazon EKS

                - Managed node groups.
                """);
        cloudDay = write(site.resolve("content/4-Events/4.1-Cloud-Day/_index.md"), """
                ---
                title: "Cloud Day 2026"
                ---

                # Summary Report: "Cloud Day 2026"

                **Date:** March 5, 2026

                ### Key Highlights

                #### Functions at scale

                - AWS Lambda for every team.
                """);
        cli = new Cli();
        cli.env.put("RECAP_INDEX", tmp.resolve("index").toString());
        assertThat(cli.run("index", site.toString())).as(cli.err).isZero();
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toRealPath();
    }

    @Test
    void theEventsOfAPageAreEventsAndThePageItselfIsNone() {
        assertThat(cli.run("events", "-f", "tsv")).isZero();
        assertThat(cli.out.lines().skip(1).map(l -> l.split("\t")[1]))
                .containsExactly("Container Night", "Serverless Night", "Cloud Day 2026");
        assertThat(cli.run("events", "--include-index-pages", "-f", "tsv")).isZero();
        assertThat(cli.out.lines().skip(1).map(l -> l.split("\t")[1])).as("the section page, put back")
                .contains("Events Participated").hasSize(4);
        assertThat(cli.run("stats", "--format", "json")).isZero();
        JsonNode stats = Json.read(cli.out);
        assertThat(stats.get("reports").asInt()).as("the page, its two events, Cloud Day").isEqualTo(4);
        assertThat(stats.get("indexPages").asInt()).isEqualTo(1);
        assertThat(stats.get("sessions").asInt()).isEqualTo(5);
    }

    @Test
    void aServiceCountsTheEventsOfAPageOneByOne() {
        assertThat(cli.run("services", "-f", "tsv")).isZero();
        assertThat(cli.out).contains("Lambda\tAWS Lambda\t3\t3\tlambda\n");
        assertThat(cli.run("events", "--service", "lambda", "-f", "tsv")).isZero();
        assertThat(cli.out.lines().skip(1)).hasSize(3);
    }

    @Test
    void pathsNameThePagesFileOnceForAllItsEvents() {
        assertThat(cli.run("search", "--service", "lambda", "-0")).isZero();
        assertThat(cli.out).isEqualTo(page + "\0" + cloudDay + "\0");
        assertThat(cli.run("search", "--service", "lambda", "--event", page.toString(), "-f", "tsv")).isZero();
        assertThat(cli.out.lines().skip(1)).as("--event with the page's path: every event of the page").hasSize(2);
    }

    @Test
    void showOfAnEventOfAPageGivesItsIdAndThePathOfItsFileWhole() {
        Cli narrow = new Cli();
        narrow.env.putAll(cli.env);
        narrow.env.put("COLUMNS", "40");
        assertThat(narrow.run("show", page + "#2")).isZero();
        assertThat(narrow.out).startsWith("Container Night\n")
                .contains("id        " + page + "#2\n")
                .contains("path      " + page + "\n");
    }
}
