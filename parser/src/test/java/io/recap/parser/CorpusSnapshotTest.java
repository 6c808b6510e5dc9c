package io.recap.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser's output on every real report beside the project is the committed snapshot
 * ({@code src/test/resources/io/recap/parser/corpus-snapshot.txt}), line for line. A change to the parser that
 * changes what it extracts from any file fails here until the snapshot is rewritten with
 * {@code RECAP_SNAPSHOT=write} (see {@link CorpusSnapshot}) and the diff is read and committed with the change.
 */
class CorpusSnapshotTest {

    @Test
    void theParserExtractsWhatTheCommittedSnapshotSays() throws IOException {
        Path corpus = SharedCorpus.require("corpus/real/files");
        String actual = CorpusSnapshot.of(corpus, ReportParser.builder().build());
        if ("write".equals(System.getenv("RECAP_SNAPSHOT"))) {
            Files.writeString(CorpusSnapshot.COMMITTED, actual, StandardCharsets.UTF_8);
            System.out.println("wrote " + CorpusSnapshot.COMMITTED.toAbsolutePath());
            return;
        }
        assertThat(CorpusSnapshot.COMMITTED).as("the committed snapshot").exists();
        List<String> expected = Files.readAllLines(CorpusSnapshot.COMMITTED, StandardCharsets.UTF_8);
        List<String> lines = actual.lines().toList();
        List<String> diff = firstDifferences(expected, lines, 40);
        assertThat(diff).as("differences from the committed corpus snapshot (first 40 lines that differ; rewrite "
                + "it with RECAP_SNAPSHOT=write after reading the whole diff)").isEmpty();
    }

    /** The first lines that differ, as "-expected" / "+actual" around the file they belong to. */
    private static List<String> firstDifferences(List<String> expected, List<String> actual, int max) {
        List<String> out = new ArrayList<>();
        int n = Math.max(expected.size(), actual.size());
        String file = "";
        for (int i = 0; i < n && out.size() < max; i++) {
            String e = i < expected.size() ? expected.get(i) : null;
            String a = i < actual.size() ? actual.get(i) : null;
            if (a != null && a.startsWith("== ")) {
                file = a;
            }
            if (e == null || !e.equals(a)) {
                out.add(file + " @" + (i + 1) + ": -" + e + " +" + a);
                if (e == null || a == null || e.startsWith("== ") != a.startsWith("== ")) {
                    break; // the files are out of step from here: one line says where
                }
            }
        }
        return out;
    }
}
