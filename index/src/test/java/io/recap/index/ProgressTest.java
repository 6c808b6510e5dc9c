package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Progress reports of an indexing run, and runs that are aborted through them. */
class ProgressTest {

    @TempDir
    Path tmp;
    Path reports;
    Path indexDir;

    @BeforeEach
    void setUp() throws IOException {
        reports = tmp.resolve("reports");
        SampleArchive.write(reports);
        indexDir = tmp.resolve("index");
    }

    @Test
    void progressGoesFromScanningToDoneAndCountsEveryFileAndByte() throws IOException {
        List<IndexProgress> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        IndexRun run = ArchiveIndexer.builder(indexDir).threads(3).progress(p -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            seen.add(p);
        }).build().index(List.of(reports));
        assertThat(run.indexed()).isEqualTo(7);

        assertThat(seen.get(0).phase()).isEqualTo(IndexProgress.Phase.SCANNING);
        assertThat(seen).extracting(IndexProgress::phase)
                .containsSubsequence(IndexProgress.Phase.SCANNING, IndexProgress.Phase.INDEXING,
                        IndexProgress.Phase.COMMITTING, IndexProgress.Phase.DONE);
        assertThat(seen).extracting(IndexProgress::filesDone).isSorted();
        assertThat(seen).extracting(IndexProgress::seconds).isSorted();
        IndexProgress done = seen.get(seen.size() - 1);
        assertThat(done.phase()).isEqualTo(IndexProgress.Phase.DONE);
        assertThat(done.filesDone()).isEqualTo(7).isEqualTo(done.filesTotal());
        assertThat(done.bytesDone()).isPositive().isEqualTo(done.bytesTotal());
        assertThat(done.fraction()).isEqualTo(1.0);
        assertThat(done.filesPerSecond()).isPositive();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // guards against a hang, not a speed requirement
    void aRunWithManyMoreFilesThanItsQueueHoldsCompletes() throws IOException {
        GeneratedArchive archive = GeneratedArchive.create(tmp.resolve("many"), 150, "queue", new Random(11));
        for (int threads : new int[]{1, 3}) {
            IndexRun run = ArchiveIndexer.builder(tmp.resolve("index-" + threads)).threads(threads).build()
                    .index(List.of(archive.root()));
            assertThat(run.indexed()).isEqualTo(150);
            assertThat(run.sessions()).isEqualTo(archive.sessions());
        }
    }

    @Test
    void aListenerThatThrowsAbortsTheRunAndLeavesTheIndexAsItWas() throws IOException {
        ArchiveIndexer.builder(indexDir).build().index(List.of(reports.resolve("vi")));
        assertThatThrownBy(() -> ArchiveIndexer.builder(indexDir).progress(p -> {
            if (p.phase() == IndexProgress.Phase.COMMITTING) {
                throw new IllegalStateException("stop");
            }
        }).build().index(List.of(reports))).isInstanceOf(IllegalStateException.class).hasMessage("stop");
        try (ReportIndex idx = ReportIndex.open(indexDir)) {
            assertThat(idx.stats().reports()).isEqualTo(3);
        }
        assertThat(ArchiveIndexer.builder(indexDir).build().index(List.of(reports)).indexed())
                .as("the writer's lock was released").isEqualTo(4);
    }

    @Test
    void interruptingTheCallingThreadCancelsTheRun() throws IOException {
        ArchiveIndexer.builder(indexDir).build().index(List.of(reports.resolve("vi")));
        try {
            assertThatThrownBy(() -> ArchiveIndexer.builder(indexDir).full(true).progress(p -> {
                if (p.phase() == IndexProgress.Phase.INDEXING) {
                    Thread.currentThread().interrupt();
                }
            }).build().index(List.of(reports)))
                    .isInstanceOf(InterruptedIOException.class)
                    .hasMessageContaining("index is unchanged");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        try (ReportIndex idx = ReportIndex.open(indexDir)) {
            assertThat(idx.stats().reports()).isEqualTo(3);
        }
    }
}
