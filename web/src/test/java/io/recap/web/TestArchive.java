package io.recap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.index.ArchiveIndexer;
import io.recap.index.IndexRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled example archive, a report written to attack the page, and indexes of them built for real. */
final class TestArchive {

    /** The example archive of the repository. */
    static final Path EXAMPLES = Path.of(System.getProperty("recap.examples", "../examples")).toAbsolutePath()
            .normalize();
    /** "DevOps on AWS Workshop" (Vietnamese), the seed report. */
    static final Path SEED = EXAMPLES.resolve("content/4-EventParticipated/4.2-Event2/_index.vi.md");
    /** The title of {@link #writeAttack}'s report: markup that runs a script if a page ever parses it as HTML. */
    static final String ATTACK_TITLE = "<img src=x onerror=alert(1)>";

    private TestArchive() {
    }

    /** Indexes {@code roots} into a new index at {@code index}. */
    static Path index(Path index, Path... roots) throws IOException {
        IndexRun run = ArchiveIndexer.builder(index).threads(1).build().index(List.of(roots));
        assertThat(run.failed()).as("reports that failed to index").isZero();
        return index;
    }

    /**
     * Writes into {@code dir} a section page that recaps two events in full, "Serverless Night" (2026-04-02) and
     * "Container Night" (2026-04-09); returns the page.
     */
    static Path writeTwoEvents(Path dir) throws IOException {
        Path file = dir.resolve("content/4-Events/_index.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
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

                #### Images in Amazon ECR

                - Scanning and lifecycle rules.
                """, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Writes into {@code dir} a report whose event name, a session title and a speaker are HTML that would run a
     * script: {@code <img src=x onerror=alert(1)>}, {@code <script>alert(2)</script>}.
     */
    static Path writeAttack(Path dir) throws IOException {
        Path file = dir.resolve("xss/_index.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                ---
                title: "%s"
                date: 2025-06-01
                ---

                # Summary Report: “%s”

                **Event Name:** %s

                **Date:** June 1, 2025

                **Location:** <b onmouseover=alert(3)>Hall</b>

                ### Speakers

                - **<script>alert(2)</script>** – Speaker, Evil Corp

                ### Agenda

                #### 1. <script>alert(2)</script> with Amazon S3

                Uploading files to **Amazon S3** safely, with <img src=y onerror=alert(4)> inline.

                #### 2. Lambda functions and <i>italic</i>

                Using **AWS Lambda** for <u>everything</u>.
                """.formatted(ATTACK_TITLE, ATTACK_TITLE, ATTACK_TITLE), StandardCharsets.UTF_8);
        return file;
    }
}
