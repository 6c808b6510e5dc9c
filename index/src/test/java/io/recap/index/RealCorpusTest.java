package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.model.Report;
import io.recap.model.Session;
import io.recap.parser.ReportParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real reports in {@code ../shared/corpus/real} (written by other people; read in place, never copied): all
 * of them index without failure, and every session is found by its title, typed with or without diacritics.
 * Skipped when the corpus is absent, except on CI (environment variable {@code CI}), where that fails.
 */
class RealCorpusTest {

    @TempDir
    Path tmp;

    static Path corpus() {
        Path module = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(module.resolve("../../shared/corpus/real/files"),
                module.resolve("../shared/corpus/real/files"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        if (System.getenv("CI") != null) {
            throw new AssertionError("the real corpus ../shared/corpus/real is missing on CI");
        }
        Assumptions.abort("the real corpus ../shared/corpus/real is absent");
        return null;
    }

    @Test
    void everyRealReportIsIndexedAndEverySessionFoundByItsTitle() throws IOException {
        Path corpus = corpus();
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Path index = tmp.resolve("index");
        IndexRun run = ArchiveIndexer.builder(index).build().index(List.of(corpus));
        assertThat(run.failed()).isZero();
        assertThat(run.indexed()).isEqualTo(files.size());

        ReportParser parser = ReportParser.builder().build();
        List<String> notFound = new ArrayList<>();
        long sessions = 0;
        long reports = 0;
        try (ReportIndex idx = ReportIndex.open(index)) {
            for (Path file : files) {
                Report page = parser.parse(file.toRealPath());
                assertThat(idx.report(page.source().path())).as(file.toString()).contains(page);
                // a page that recaps several events in full holds each as an event of its own, page#1, page#2…
                reports += 1 + page.events().size();
                sessions += page.sessions().size();
                for (Report report : page.events()) {
                    sessions += report.sessions().size();
                    assertThat(idx.report(report.source().path())).as(report.source().path()).contains(report);
                }
                for (Report report : Stream.concat(Stream.of(page), page.events().stream()).toList()) {
                    for (Session s : report.sessions()) {
                        String id = report.source().path() + "#" + s.number();
                        for (String title : List.of(s.title(), fold(s.title()))) {
                            if (title.codePoints().noneMatch(Character::isLetterOrDigit)) {
                                continue;
                            }
                            SearchRequest q = SearchRequest.builder().query("title:\"" + escape(title) + "\"")
                                    .event(report.source().path()).limit(100).typoTolerance(false).build();
                            if (idx.search(q).hits().stream().noneMatch(h -> h.id().equals(id))) {
                                notFound.add(id + " by '" + title + "'");
                            }
                        }
                    }
                }
            }
            assertThat(idx.stats().sessions()).isEqualTo(sessions);
            assertThat(idx.stats().reports()).isEqualTo(reports).isGreaterThan(files.size());
        }
        assertThat(notFound).isEmpty();

        IndexRun again = ArchiveIndexer.builder(index).build().index(List.of(corpus));
        assertThat(again.unchanged()).isEqualTo(files.size());
        assertThat(again.indexed()).isZero();
    }

    /** The text without diacritics, as people type it on a keyboard without Vietnamese input. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.replace('đ', 'd').replace('Đ', 'D');
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
