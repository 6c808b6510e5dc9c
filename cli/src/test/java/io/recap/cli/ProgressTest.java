package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress bar fits its terminal and lets other lines through without tearing. */
class ProgressTest {

    @Test
    void framesFitNarrowAndWideTerminals() {
        for (int columns : new int[]{40, 80, 200}) {
            StringWriter err = new StringWriter();
            try (Progress p = Progress.onTerminal(new PrintWriter(err), "indexing", 3, columns, Style.of(false))) {
                p.step();
                assertThat(DisplayWidth.of(p.frame())).isLessThan(columns);
                assertThat(p.frame()).startsWith("indexing [").contains("] 1/3 files   33%");
            }
        }
    }

    @Test
    void aLinePrintedDuringProgressClearsTheBarFirstAndRedrawsIt() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Progress p = Progress.onTerminal(new PrintWriter(err), "checking", 2, 80, Style.of(false));
        p.step();
        p.println(new PrintWriter(out), "a.md:1:1: warning: x");
        assertThat(out).hasToString("a.md:1:1: warning: x\n");
        assertThat(err.toString()).contains("1/2 files\u0020").containsSubsequence("\r\u001b[K", "\r\u001b[K");
        p.step();
        p.close();
        assertThat(err.toString()).endsWith(" s\n").contains("2/2 files  100%");
    }

    @Test
    void aSilentProgressDrawsNothing() {
        Progress p = Progress.silent();
        p.step();
        p.close();
        assertThat(p.frame()).isNotNull();
    }
}
