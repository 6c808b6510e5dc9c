package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recap.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an indexing run reads from directories, and how it reports what it cannot read. */
class DirectoryWalkTest {

    @TempDir
    Path tmp;
    Path reports;
    Path indexDir;

    @BeforeEach
    void setUp() throws IOException {
        reports = Files.createDirectories(tmp.resolve("reports"));
        indexDir = tmp.resolve("index");
        TestReport.english("Kept Event").date("2025-01-01").session("Keynote", "Welcome.")
                .writeTo(reports.resolve("a/_index.md"));
    }

    IndexRun index(List<Path> roots) throws IOException {
        return ArchiveIndexer.builder(indexDir).build().index(roots);
    }

    @Test
    void onlyMarkdownFilesOutsideHiddenDirectoriesAreRead() throws IOException {
        Files.writeString(reports.resolve("a/notes.txt"), "# Not a report");
        Files.writeString(reports.resolve("a/picture.png"), "not an image");
        TestReport.english("Hidden").session("Secret", "Hidden.").writeTo(reports.resolve(".git/_index.md"));
        TestReport.english("Dotfile").session("Secret", "Hidden.").writeTo(reports.resolve("a/.draft.md"));
        TestReport.english("Long Name").session("Talk", "Words.").writeTo(reports.resolve("b/page.markdown"));
        IndexRun run = index(List.of(reports));
        assertThat(run.indexed()).isEqualTo(2);
        assertThat(run.problems()).isEmpty();
    }

    @Test
    void aSymbolicLinkLoopIsReportedAndNotFollowedTwice() throws IOException {
        Files.createSymbolicLink(reports.resolve("a/loop"), reports);
        Files.createSymbolicLink(reports.resolve("b"), reports.resolve("a"));
        IndexRun run = index(List.of(reports));
        assertThat(run.indexed()).as("a/_index.md, also reached through the link b, is one report").isEqualTo(1);
        assertThat(run.reports()).isEqualTo(1);
        assertThat(run.failed()).isZero();
        // The loop is met twice: as a/loop and as b/loop.
        assertThat(run.problems()).hasSize(2).allSatisfy(p -> {
            assertThat(p.code()).isEqualTo("file.loop");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.failed()).isFalse();
            assertThat(p.path()).endsWith("loop");
        });
    }

    @Test
    void aReportReachedThroughALinkOutOfTheRootIsKeyedByItsRealPathAndRemovedWhenItsFileIs() throws IOException {
        Path elsewhere = tmp.resolve("elsewhere");
        TestReport.english("Linked Event").date("2025-02-02").session("Talk", "Words.")
                .writeTo(elsewhere.resolve("_index.md"));
        Files.createSymbolicLink(reports.resolve("linked"), elsewhere);
        assertThat(index(List.of(reports)).reports()).isEqualTo(2);
        try (ReportIndex idx = ReportIndex.open(indexDir)) {
            assertThat(idx.report(elsewhere.toRealPath().resolve("_index.md").toString())).isPresent();
        }

        IndexRun again = index(List.of(reports, elsewhere));
        assertThat(again.unchanged()).as("the same file, given directly, is the same report").isEqualTo(2);
        assertThat(again.reports()).isEqualTo(2);

        Files.delete(elsewhere.resolve("_index.md"));
        IndexRun gone = index(List.of(reports));
        assertThat(gone.removed()).isEqualTo(1);
        assertThat(gone.reports()).isEqualTo(1);
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndKeepsItsIndexedVersion() throws IOException {
        Path report = reports.resolve("a/_index.md");
        index(List.of(reports));
        Path saved = Files.move(report, tmp.resolve("saved.md"));
        Files.createSymbolicLink(report, tmp.resolve("nowhere.md"));
        IndexRun run = index(List.of(reports));
        assertThat(run.failed()).isEqualTo(1);
        assertThat(run.removed()).isZero();
        assertThat(run.reports()).isEqualTo(1);
        assertThat(run.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(report.toString().replace(reports.toString(),
                    reports.toRealPath().toString()));
            assertThat(p.code()).isEqualTo("file.unreadable");
            assertThat(p.failed()).isTrue();
            assertThat(p.format()).contains(":0: error: ");
        });
        Files.delete(report);
        Files.move(saved, report);
        assertThat(index(List.of(reports)).unchanged()).isEqualTo(1);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAndLeavesTheIndex() throws IOException {
        index(List.of(reports));
        Path big = reports.resolve("a/_index.md");
        Files.writeString(big, Files.readString(big) + "x".repeat(5000));
        IndexRun run = ArchiveIndexer.builder(indexDir).limits(new ArchiveLimits(4096, 1 << 20, 100)).build()
                .index(List.of(reports));
        assertThat(run.failed()).isEqualTo(1);
        assertThat(run.removed()).isEqualTo(1);
        assertThat(run.reports()).isZero();
        assertThat(run.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("file.too-large");
            assertThat(p.message()).contains("4096");
        });
    }

    @Test
    void aMissingRootOrAnExplicitNonMarkdownFileIsReportedAndTheRestIndexed() throws IOException {
        Path text = Files.writeString(tmp.resolve("notes.txt"), "hello");
        IndexRun run = index(List.of(tmp.resolve("no-such-dir"), text, reports));
        assertThat(run.indexed()).isEqualTo(1);
        assertThat(run.failed()).isEqualTo(2);
        assertThat(run.problems()).extracting(FileProblem::code)
                .containsExactlyInAnyOrder("file.missing", "file.not-markdown");
    }

    @Test
    void aReportWithErrorsIsIndexedAndItsErrorsListed() throws IOException {
        Files.write(reports.resolve("a/broken.md"), new byte[]{'-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':',
            ' ', '"', 'x', '\n', (byte) 0xff, (byte) 0xfe, 0, 0, '\n', '#', ' ', 'B', 'r', 'o', 'k', 'e', 'n', '\n'});
        IndexRun run = ArchiveIndexer.builder(indexDir).problemSeverity(Severity.WARNING).build()
                .index(List.of(reports));
        assertThat(run.indexed()).isEqualTo(2);
        assertThat(run.failed()).isZero();
        assertThat(run.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path()).endsWith("broken.md");
            assertThat(p.failed()).isFalse();
            assertThat(p.severity()).isIn(Severity.ERROR, Severity.WARNING);
        });
    }

    @Test
    void aDirectoryHoldingOtherFilesIsNotUsedAsAnIndex() throws IOException {
        Path documents = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(documents.resolve("thesis.docx"), "precious");
        assertThatThrownBy(() -> ArchiveIndexer.builder(documents).build().index(List.of(reports)))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("is not a recap index")
                .hasMessageContaining("thesis.docx");
        assertThat(Files.list(documents).count()).isEqualTo(1);
    }

    @Test
    void anIndexOfAnotherSchemaVersionMustBeRebuiltWithFull() throws IOException {
        try (FSDirectory dir = FSDirectory.open(indexDir);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of("recap.schema", "1").entrySet());
            w.commit();
        }
        assertThatThrownBy(() -> ReportIndex.open(indexDir))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("schema version 1")
                .hasMessageContaining("rebuild it with `recap index --full`")
                .satisfies(e -> assertThat(((IndexException) e).reason()).isEqualTo(IndexException.Reason.INCOMPATIBLE));
        assertThatThrownBy(() -> index(List.of(reports)))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("rebuild it with `recap index --full`");
        IndexRun rebuilt = ArchiveIndexer.builder(indexDir).full(true).build().index(List.of(reports));
        assertThat(rebuilt.reports()).isEqualTo(1);
        try (ReportIndex idx = ReportIndex.open(indexDir)) {
            assertThat(idx.stats().reports()).isEqualTo(1);
        }
    }

    @Test
    void aMissingIndexIsReportedAsSuch() {
        assertThatThrownBy(() -> ReportIndex.open(tmp.resolve("nowhere")))
                .isInstanceOf(IndexException.class)
                .hasMessageStartingWith("no index at ")
                .satisfies(e -> assertThat(((IndexException) e).reason()).isEqualTo(IndexException.Reason.MISSING));
    }

    @Test
    void textInAnotherUnicodeFormIsFoundAllTheSame() throws IOException {
        // Decomposed (NFD) text, as some editors on macOS write it.
        String nfd = java.text.Normalizer.normalize(TestReport.vietnamese("Hội Nghị Đám Mây").date("2025-02-02")
                .session("Tư Duy Hệ Thống", "Kiến trúc phần mềm.").markdown(), java.text.Normalizer.Form.NFD);
        Files.writeString(reports.resolve("a/nfd.vi.md"), nfd, StandardCharsets.UTF_8);
        index(List.of(reports));
        try (ReportIndex idx = ReportIndex.open(indexDir)) {
            for (String q : List.of("tư duy hệ thống", "tu duy he thong")) {
                assertThat(idx.search(SearchRequest.builder().query(q).build()).hits()).as(q)
                        .extracting(h -> h.session().number()).containsExactly(1);
            }
        }
    }
}
