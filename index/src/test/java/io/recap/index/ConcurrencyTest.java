package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches while another process writes the index; a second writer is told the index is busy. */
class ConcurrencyTest {

    @TempDir
    Path tmp;

    /** One committed state of the index: its counts, and how many sessions mention each archive's word. */
    record State(long reports, long sessions, long alpha, long bravo) {
    }

    @Test
    void searchesDuringAnotherProcesssRunsSeeOneWholeCommitAtATime() throws Exception {
        Random random = new Random(7);
        GeneratedArchive a = GeneratedArchive.create(tmp.resolve("a"), 120, "alpha", random);
        GeneratedArchive b = GeneratedArchive.create(tmp.resolve("b"), 80, "bravo", random);
        State stateA = new State(a.expected().size(), a.sessions(), a.sessions(), 0);
        State stateB = new State(b.expected().size(), b.sessions(), 0, b.sessions());
        Path index = tmp.resolve("index");
        ArchiveIndexer.builder(index).build().index(List.of(a.root()));

        int runs = 4;
        Process writer = IndexerProcess.start(tmp.resolve("writer.log"), "alternate", index.toString(),
                Integer.toString(runs), a.root().toString(), b.root().toString());
        List<Throwable> errors = new ArrayList<>();
        Set<State> seen = new LinkedHashSet<>();
        int searches = 0;
        try (ReportIndex shared = ReportIndex.open(index)) {
            while (writer.isAlive()) {
                try {
                    shared.refresh();
                    seen.add(check(shared, stateA, stateB));
                    if (searches % 5 == 0) {
                        try (ReportIndex fresh = ReportIndex.open(index)) {
                            seen.add(check(fresh, stateA, stateB));
                        }
                    }
                } catch (Throwable t) {
                    errors.add(t);
                }
                searches++;
            }
            assertThat(writer.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(writer.exitValue()).as(Files.readString(tmp.resolve("writer.log"))).isZero();
            assertThat(errors).as("errors in %d searches", searches).isEmpty();
            assertThat(searches).isPositive();
            assertThat(seen).isSubsetOf(stateA, stateB);
            shared.refresh();
            assertThat(check(shared, stateA, stateB)).as("after B, A, B, A").isEqualTo(stateA);
        }
    }

    /** One snapshot's state; fails unless it is one of the committed states and consistent throughout. */
    private static State check(ReportIndex idx, State a, State b) throws IOException {
        IndexStats stats = idx.stats();
        SearchResult all = idx.search(SearchRequest.builder().limit(3).facets(true).build());
        long alpha = idx.search(SearchRequest.builder().query("alpha").limit(0).exactTotal(true)
                .typoTolerance(false).build()).total();
        long bravo = idx.search(SearchRequest.builder().query("bravo").limit(0).exactTotal(true)
                .typoTolerance(false).build()).total();
        State s = new State(stats.reports(), stats.sessions(), alpha, bravo);
        assertThat(s).isIn(a, b);
        assertThat(all.total()).isEqualTo(stats.sessions());
        assertThat(all.facets().languages().stream().mapToLong(FacetCount::count).sum()).isEqualTo(stats.sessions());
        for (SessionHit h : all.hits()) {
            assertThat(idx.report(h.event().id())).isPresent();
        }
        return s;
    }

    @Test
    void aSecondWriterIsToldTheIndexIsBeingWrittenByAnotherProcess() throws Exception {
        GeneratedArchive archive = GeneratedArchive.create(tmp.resolve("archive"), 20, "lock", new Random(3));
        Path index = tmp.resolve("index");
        Process holder = IndexerProcess.start(tmp.resolve("holder.log"), "hold", index.toString(),
                archive.root().toString());
        BufferedReader[] out = {null};
        try {
            assertThat(IndexerProcess.readLine(holder, out)).as(Files.readString(tmp.resolve("holder.log")))
                    .isEqualTo("holding");
            ArchiveIndexer second = ArchiveIndexer.builder(index).build();
            IndexException refused = org.junit.jupiter.api.Assertions.assertThrows(IndexException.class,
                    () -> second.index(List.of(archive.root())));
            assertThat(refused.reason()).isEqualTo(IndexException.Reason.LOCKED);
            assertThat(refused.getMessage()).contains("is being written by another process");

            Process third = IndexerProcess.start(tmp.resolve("third.log"), "index", index.toString(), "update",
                    "1", archive.root().toString());
            BufferedReader[] thirdOut = {null};
            assertThat(IndexerProcess.readLine(third, thirdOut)).startsWith("refused LOCKED: ")
                    .contains("is being written by another process");
            assertThat(third.waitFor()).isEqualTo(3);

            try (Writer w = new OutputStreamWriter(holder.getOutputStream(), StandardCharsets.UTF_8)) {
                w.write("go on\n");
            }
            assertThat(IndexerProcess.readLine(holder, out)).isEqualTo("done 20 " + archive.sessions());
            assertThat(holder.waitFor()).isZero();
        } finally {
            holder.destroyForcibly();
        }
        IndexRun after = ArchiveIndexer.builder(index).build().index(List.of(archive.root()));
        assertThat(after.unchanged()).isEqualTo(20);
    }
}
