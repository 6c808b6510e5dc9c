package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An indexing process killed with SIGKILL at random points never leaves a damaged or half-written index: the
 * index always opens and holds exactly the last committed state, and a rerun completes with every report
 * present exactly once.
 */
class CrashSafetyTest {

    static final int REPORTS = 300;
    static final int KILLS = 10;
    static final int MAX_ATTEMPTS = 40;

    @TempDir
    Path tmp;

    @Test
    void killedRunsLeaveTheLastCommitAndARerunCompletes() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String context = "seed " + seed;
        GeneratedArchive archive = GeneratedArchive.create(tmp.resolve("archive"), REPORTS, "crash", random);
        Path index = tmp.resolve("index");
        Path log = tmp.resolve("indexer.log");

        long fullMillis = runToCompletion(index, "full", archive, log);
        Map<String, GeneratedArchive.Expected> committed = archive.expected();
        assertThat(IndexContents.read(index).reports()).as(context).isEqualTo(committed);

        int killed = 0;
        int attempts = 0;
        while (killed < KILLS && attempts < MAX_ATTEMPTS) {
            attempts++;
            archive.mutate(random);
            Map<String, GeneratedArchive.Expected> next = archive.expected();
            String mode = attempts % 3 == 0 ? "update" : "full"; // updates are short: fewer of them are caught
            Process p = IndexerProcess.start(log, "index", index.toString(), mode, "2",
                    archive.root().toString());
            BufferedReader[] out = {null};
            assertThat(IndexerProcess.readLine(p, out)).as(context + "; see " + log).isEqualTo("indexing");
            // Somewhere between reading the first file and the end of the commit.
            long delay = (long) (random.nextDouble() * fullMillis * 1.1);
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                p.waitFor();
                killed++;
            }
            String round = context + ", attempt " + attempts + " (" + mode + ", killed after " + delay + " ms: "
                    + !finished + ")";

            IndexContents contents = IndexContents.read(index);
            assertThat(contents.duplicates()).as(round).isEmpty();
            assertThat(contents.orphans()).as(round).isZero();
            assertThat(contents.reports()).as(round).isIn(committed, next);
            if (finished) {
                assertThat(p.exitValue()).as(round + "; see " + Files.readString(log)).isZero();
                assertThat(contents.reports()).as(round).isEqualTo(next);
            }
            try (ReportIndex opened = ReportIndex.open(index)) {
                IndexStats stats = opened.stats();
                assertThat(stats.reports()).as(round).isEqualTo(contents.reports().size());
                assertThat(stats.sessions()).as(round).isEqualTo(contents.reports().values().stream()
                        .mapToInt(GeneratedArchive.Expected::sessions).sum());
            }
            committed = contents.reports();
        }
        assertThat(killed).as(context + ": runs killed before they finished").isGreaterThanOrEqualTo(KILLS);

        runToCompletion(index, "update", archive, log);
        IndexContents last = IndexContents.read(index);
        assertThat(last.duplicates()).as(context).isEmpty();
        assertThat(last.orphans()).as(context).isZero();
        assertThat(last.reports()).as(context).isEqualTo(archive.expected());
    }

    /** Runs an indexer to its end; returns the milliseconds from its first file to its end. */
    private static long runToCompletion(Path index, String mode, GeneratedArchive archive, Path log)
            throws IOException, InterruptedException {
        Process p = IndexerProcess.start(log, "index", index.toString(), mode, "2", archive.root().toString());
        BufferedReader[] out = {null};
        assertThat(IndexerProcess.readLine(p, out)).as("its log: " + Files.readString(log)).isEqualTo("indexing");
        long started = System.nanoTime();
        String line = IndexerProcess.readLine(p, out);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(p.waitFor()).as("its log: " + Files.readString(log)).isZero();
        assertThat(line).as("the indexer's output; its log: " + Files.readString(log))
                .isEqualTo("done " + archive.expected().size() + " " + archive.sessions());
        return millis;
    }
}
