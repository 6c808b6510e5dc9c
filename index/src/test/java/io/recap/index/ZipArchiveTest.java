package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip archives are read in place; unsafe entries are refused and reported; zip bombs are bounded. */
class ZipArchiveTest {

    @TempDir
    Path tmp;
    Path archives;
    Path indexDir;

    @BeforeEach
    void setUp() throws IOException {
        archives = Files.createDirectories(tmp.resolve("archives"));
        indexDir = tmp.resolve("index");
    }

    static String report(String title, String session) {
        return TestReport.english(title).date("2024-04-04").session(session, "About " + session + ".").markdown();
    }

    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    static Map<String, byte[]> entries(String... nameAndTitle) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndTitle.length; i += 2) {
            m.put(nameAndTitle[i], report(nameAndTitle[i + 1], nameAndTitle[i + 1] + " talk")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }

    IndexRun index(Path root) throws IOException {
        return ArchiveIndexer.builder(indexDir).build().index(List.of(root));
    }

    List<String> eventTitles() throws IOException {
        try (ReportIndex idx = ReportIndex.open(indexDir)) {
            return idx.events(SearchRequest.builder().limit(100).build()).events().stream()
                    .map(e -> e.event().title()).sorted().toList();
        }
    }

    @Test
    void reportsInAZipAreIndexedUnderTheArchivesPath() throws IOException {
        Path season = zip(archives.resolve("season.zip"), entries(
                "content/4-Events/4.1-Event1/_index.md", "Alpha Day",
                "content/4-Events/4.2-Event2/_index.md", "Beta Day",
                "content/4-Events/notes.txt", "Not A Report",
                "__MACOSX/content/._index.md", "Resource Fork"));
        IndexRun run = index(season);
        assertThat(run.indexed()).isEqualTo(2);
        assertThat(run.problems()).isEmpty();
        String id = season.toRealPath() + "!/content/4-Events/4.1-Event1/_index.md";
        try (ReportIndex idx = ReportIndex.open(indexDir)) {
            SearchResult r = idx.search(SearchRequest.builder().query("alpha").build());
            assertThat(r.hits()).singleElement().satisfies(h -> assertThat(h.event().path()).isEqualTo(id));
            assertThat(idx.report(id)).map(rep -> rep.title()).contains("Alpha Day");
            assertThat(idx.report(id).orElseThrow().source().path()).isEqualTo(id);
        }
        try (Stream<Path> files = Files.list(archives)) {
            assertThat(files).containsExactly(season); // nothing extracted beside it
        }
    }

    @Test
    void entriesThatWouldLeaveTheArchiveAreRefusedAndReported() throws IOException {
        Map<String, byte[]> entries = entries("good/_index.md", "Good Day");
        entries.putAll(entries("../evil.md", "Evil Parent", "/etc/evil.md", "Evil Absolute",
                "a/../../evil2.md", "Evil Nested", "C:\\evil3.md", "Evil Drive", "..\\evil4.md", "Evil Backslash"));
        Path hostile = zip(archives.resolve("hostile.zip"), entries);
        IndexRun run = index(archives);
        assertThat(run.indexed()).isEqualTo(1);
        assertThat(run.failed()).isEqualTo(5);
        assertThat(run.problems()).hasSize(5).allSatisfy(p -> {
            assertThat(p.code()).isEqualTo("zip.unsafe-entry");
            assertThat(p.failed()).isTrue();
            assertThat(p.path()).startsWith(hostile.toRealPath() + "!/");
            assertThat(p.message()).contains("would leave the archive");
        });
        assertThat(eventTitles()).containsExactly("Good Day");
        try (Stream<Path> all = Files.walk(tmp)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("evil"));
        }
    }

    @Test
    void anEntryThatExpandsTooMuchIsRefusedAsAZipBomb() throws IOException {
        Map<String, byte[]> entries = entries("ok/_index.md", "Fine Day");
        byte[] bomb = (report("Bomb Day", "Boom") + " ".repeat(4 << 20)).getBytes(StandardCharsets.UTF_8);
        entries.put("bomb/_index.md", bomb);
        zip(archives.resolve("bomb.zip"), entries);
        IndexRun run = index(archives);
        assertThat(run.indexed()).isEqualTo(1);
        assertThat(run.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("zip.ratio");
            assertThat(p.path()).endsWith("bomb.zip!/bomb/_index.md");
            assertThat(p.message()).contains("zip bomb");
        });
    }

    @Test
    void theUncompressedSizeOfAnEntryAndOfAWholeArchiveAreBounded() throws IOException {
        Map<String, byte[]> entries = entries("a/_index.md", "A Day", "b/_index.md", "B Day", "c/_index.md", "C Day");
        Path z = zip(archives.resolve("three.zip"), entries);
        long one = entries.get("a/_index.md").length;

        IndexRun perEntry = ArchiveIndexer.builder(indexDir).limits(new ArchiveLimits(one - 1, 1 << 30, 100))
                .build().index(List.of(z));
        assertThat(perEntry.indexed()).isZero();
        assertThat(perEntry.problems()).hasSize(3).allSatisfy(p -> assertThat(p.code()).isEqualTo("file.too-large"));

        IndexRun total = ArchiveIndexer.builder(indexDir).full(true)
                .limits(new ArchiveLimits(1 << 20, 2 * one + one / 2, 100)).build().index(List.of(z));
        assertThat(total.indexed()).isEqualTo(2);
        assertThat(total.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("zip.too-large");
            assertThat(p.path()).endsWith("!/c/_index.md");
        });
    }

    @Test
    void entriesThatVanishFromAZipOrWithTheirZipAreRemoved() throws IOException {
        zip(archives.resolve("one.zip"), entries("x/_index.md", "X Day", "y/_index.md", "Y Day"));
        zip(archives.resolve("two.zip"), entries("z/_index.md", "Z Day"));
        assertThat(index(archives).indexed()).isEqualTo(3);

        zip(archives.resolve("one.zip"), entries("x/_index.md", "X Day"));
        IndexRun shrunk = index(archives);
        assertThat(shrunk.unchanged()).isEqualTo(2);
        assertThat(shrunk.removed()).isEqualTo(1);
        assertThat(eventTitles()).containsExactly("X Day", "Z Day");

        Files.delete(archives.resolve("two.zip"));
        IndexRun gone = index(archives);
        assertThat(gone.removed()).isEqualTo(1);
        assertThat(eventTitles()).containsExactly("X Day");
    }

    @Test
    void aDamagedZipIsReportedAndKeepsWhatWasIndexedFromIt() throws IOException {
        Path z = zip(archives.resolve("old.zip"), entries("x/_index.md", "X Day"));
        index(archives);
        Files.writeString(z, "this is not a zip archive any more");
        IndexRun run = index(archives);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(run.removed()).isZero();
        assertThat(run.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("zip.unreadable");
            assertThat(p.path()).isEqualTo(z.toRealPath().toString());
        });
        assertThat(eventTitles()).containsExactly("X Day");
    }

    @Test
    void aZipWithLegacyEntryNamesIsReadAllTheSame() throws IOException {
        Path z = archives.resolve("legacy.zip");
        try (OutputStream out = Files.newOutputStream(z);
             ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.Charset.forName("IBM437"))) {
            zip.putNextEntry(new ZipEntry("caf\u00e9/_index.md"));
            zip.write(report("Legacy Day", "Old talk").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        IndexRun run = index(z);
        assertThat(run.indexed()).isEqualTo(1);
        assertThat(eventTitles()).containsExactly("Legacy Day");
    }
}
