package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Totals are exact up to 1,000 matches, and beyond when asked; above, they are lower bounds that say so. */
class TotalsTest {

    @TempDir
    static Path tmp;
    static GeneratedArchive archive;
    static ReportIndex index;

    @BeforeAll
    static void indexManySessions() throws IOException {
        archive = GeneratedArchive.create(tmp.resolve("archive"), 450, "everywhere", new Random(5));
        assertThat(archive.sessions()).isGreaterThan(1200);
        ArchiveIndexer.builder(tmp.resolve("index")).build().index(List.of(archive.root()));
        index = ReportIndex.open(tmp.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void manyMatchesAreCountedUpToABoundUnlessAnExactTotalIsAskedFor() throws IOException {
        SearchResult bounded = index.search(SearchRequest.builder().query("everywhere").build());
        assertThat(bounded.exactTotal()).isFalse();
        assertThat(bounded.total()).isBetween(1000L, (long) archive.sessions());
        assertThat(bounded.hits()).hasSize(10);

        SearchResult exact = index.search(SearchRequest.builder().query("everywhere").exactTotal(true).build());
        assertThat(exact.exactTotal()).isTrue();
        assertThat(exact.total()).isEqualTo(archive.sessions());
        assertThat(exact.hits()).extracting(SessionHit::id)
                .isEqualTo(bounded.hits().stream().map(SessionHit::id).toList());

        SearchResult faceted = index.search(SearchRequest.builder().query("everywhere").facets(true).build());
        assertThat(faceted.exactTotal()).isTrue();
        assertThat(faceted.total()).isEqualTo(archive.sessions());
    }

    @Test
    void fewMatchesAndFiltersAloneAreCountedExactly() throws IOException {
        SearchResult few = index.search(SearchRequest.builder().query("everywhere talk 1 hall 3").build());
        assertThat(few.exactTotal()).isTrue();
        SearchResult all = index.search(SearchRequest.builder().exactTotal(true).limit(0).build());
        assertThat(all.total()).isEqualTo(archive.sessions());
    }

    @Test
    void aPageBeyondTheBoundIsCountedAtLeastToItsEnd() throws IOException {
        SearchResult deep = index.search(SearchRequest.builder().query("everywhere").offset(1100).limit(10).build());
        assertThat(deep.hits()).hasSize(10);
        assertThat(deep.total()).isGreaterThanOrEqualTo(1110);
    }
}
