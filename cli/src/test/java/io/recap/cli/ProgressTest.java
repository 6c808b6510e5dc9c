package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.index.IndexProgress;
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
    void theBarKeepsItsWidthAsTheCountGrows() {
        Progress p = Progress.onTerminal(new PrintWriter(new StringWriter()), "indexing", 3000, 80, Style.of(false));
        p.update("indexing", 1, 3000);
        String first = p.frame();
        p.update("indexing", 2999, 3000);
        assertThat(first).contains("]     1/3,000 files    0%");
        assertThat(p.frame()).contains("] 2,999/3,000 files   99%");
        assertThat(first.indexOf(']')).isEqualTo(p.frame().indexOf(']'));
    }

    @Test
    void whileTheTotalIsUnknownTheFrameSaysWhatIsBeingDoneWithoutABar() {
        Progress p = Progress.onTerminal(new PrintWriter(new StringWriter()), "scanning", -1, 80, Style.of(false));
        assertThat(p.frame()).matches("scanning …  \\d+\\.\\d s");
    }

    @Test
    void theIndexBarFollowsTheRunsPhasesAndEndsOnTheIndexingFrame() {
        StringWriter err = new StringWriter();
        Progress p = Progress.onTerminal(new PrintWriter(err), "scanning", -1, 80, Style.of(false));
        IndexProgressBar bar = new IndexProgressBar(p);
        bar.progress(new IndexProgress(IndexProgress.Phase.SCANNING, 0, 0, 0, 0, 0.1));
        assertThat(p.frame()).startsWith("scanning …");
        bar.progress(new IndexProgress(IndexProgress.Phase.INDEXING, 1, 4, 100, 400, 0.2));
        assertThat(p.frame()).startsWith("indexing [").contains("] 1/4 files   25%");
        bar.progress(new IndexProgress(IndexProgress.Phase.COMMITTING, 4, 4, 400, 400, 0.3));
        assertThat(p.frame()).startsWith("committing [").contains("] 4/4 files  100%");
        bar.progress(new IndexProgress(IndexProgress.Phase.DONE, 4, 4, 400, 400, 0.4));
        p.close();
        assertThat(err.toString()).as("a change of phase is drawn at once")
                .containsSubsequence("\r\u001b[Kscanning …", "\r\u001b[Kindexing [", "\r\u001b[Kcommitting [",
                        "\r\u001b[Kindexing [");
        assertThat(err.toString().substring(err.toString().lastIndexOf('\r') + 1))
                .matches("\u001b\\[Kindexing \\[=+\\] 4/4 files  100%  \\d+\\.\\d s\n");
    }

    @Test
    void abandoningErasesTheBarAndCloseThenDrawsNothing() {
        StringWriter err = new StringWriter();
        Progress p = Progress.onTerminal(new PrintWriter(err), "scanning", -1, 80, Style.of(false));
        p.update("scanning", 0, -1);
        p.abandon();
        p.close();
        assertThat(err.toString()).matches("\r\u001b\\[Kscanning …  \\d+\\.\\d s\r\u001b\\[K");
    }

    @Test
    void aSilentProgressDrawsNothing() {
        Progress p = Progress.silent();
        p.step();
        p.close();
        assertThat(p.frame()).isNotNull();
    }
}
