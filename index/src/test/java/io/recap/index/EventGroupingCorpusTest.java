package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How well recap groups the real corpus's reports into events, against a true grouping written by reading the
 * reports ({@code event-groups-truth.tsv}: 184 reports of 24 events, twins and singletons among them): pairwise
 * precision (of the pairs of truth-set reports recap puts in one event, how many are one event) and recall (of
 * the pairs that are one event, how many recap puts in one). The whole corpus is indexed and grouped, so other
 * reports may join (or wrongly bridge) the truth set's events. Figures go to {@code target/event-groups.md}.
 */
class EventGroupingCorpusTest {

    /** The floors this build reaches (see the README for the figures and what is missed, and why). */
    static final double PRECISION_FLOOR = 0.99;
    static final double RECALL_FLOOR = 0.99;

    @TempDir
    Path tmp;

    @Test
    void groupingAgreesWithTheTrueEventsOfTheCorpus() throws IOException {
        Path corpus = RealCorpusTest.corpus();
        Map<String, String> truth = truth();
        Path index = tmp.resolve("index");
        IndexRun run = ArchiveIndexer.builder(index).build().index(List.of(corpus));
        assertThat(run.failed()).isZero();

        Map<String, String> recap = new LinkedHashMap<>();
        try (ReportIndex idx = ReportIndex.open(index)) {
            for (String file : truth.keySet()) {
                String path = corpus.resolve(file).toAbsolutePath().normalize().toString();
                Optional<EventGroup> g = idx.eventGroup(path);
                assertThat(g).as("the event of %s", file).isPresent();
                recap.put(file, g.get().id());
            }
        }
        List<String> files = new ArrayList<>(truth.keySet());
        long both = 0;
        long recapPairs = 0;
        long truePairs = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size(); j++) {
                String a = files.get(i);
                String b = files.get(j);
                boolean same = truth.get(a).equals(truth.get(b));
                boolean grouped = recap.get(a).equals(recap.get(b));
                truePairs += same ? 1 : 0;
                recapPairs += grouped ? 1 : 0;
                both += same && grouped ? 1 : 0;
                if (grouped && !same) {
                    wrong.add(a + " ~ " + b + " (" + recap.get(a) + ")");
                }
                if (same && !grouped) {
                    missed.add(a + " [" + recap.get(a) + "] ~ " + b + " [" + recap.get(b) + "]");
                }
            }
        }
        double precision = recapPairs == 0 ? 1 : (double) both / recapPairs;
        double recall = truePairs == 0 ? 1 : (double) both / truePairs;
        long events = truth.values().stream().distinct().count();
        long recapEvents = recap.values().stream().distinct().count();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%d reports of %d true events, in %d events by recap; pairwise precision %.3f (%d of %d pairs), "
                        + "recall %.3f (%d of %d pairs)%n", truth.size(), events, recapEvents, precision, both,
                recapPairs, recall, both, truePairs));
        wrong.forEach(w -> sb.append("  wrongly one event: ").append(w).append('\n'));
        missed.forEach(m -> sb.append("  missed: ").append(m).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "event-groups.md"), sb.toString(), StandardCharsets.UTF_8);
        System.out.println(sb);

        assertThat(precision).as("pairwise precision; wrongly grouped: %s", wrong)
                .isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(recall).as("pairwise recall; missed: %s", missed).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    /** The true events: by file (relative to the corpus's files), the event's id. */
    static Map<String, String> truth() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = EventGroupingCorpusTest.class.getResourceAsStream("event-groups-truth.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.put(cols[0], cols[1]);
            }
        }
        return out;
    }
}
