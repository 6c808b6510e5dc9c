package io.recap.bench.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveGeneratorTest {

    @TempDir
    Path tmp;

    @Test
    void sameSeedWritesIdenticalBytesWhateverTheThreads() throws IOException {
        new ArchiveGenerator(11).write(300, tmp.resolve("a"), 1);
        new ArchiveGenerator(11).write(300, tmp.resolve("b"), 3);

        Map<String, byte[]> a = read(tmp.resolve("a"));
        Map<String, byte[]> b = read(tmp.resolve("b"));
        assertThat(a).hasSize(300);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String path : a.keySet()) {
            assertThat(b.get(path)).as(path).isEqualTo(a.get(path));
        }
    }

    @Test
    void differentSeedsWriteDifferentArchives() throws IOException {
        new ArchiveGenerator(1).write(50, tmp.resolve("a"), 2);
        new ArchiveGenerator(2).write(50, tmp.resolve("b"), 2);

        Map<String, byte[]> a = read(tmp.resolve("a"));
        Map<String, byte[]> b = read(tmp.resolve("b"));
        int same = 0;
        for (String path : a.keySet()) {
            if (b.containsKey(path) && java.util.Arrays.equals(a.get(path), b.get(path))) {
                same++;
            }
        }
        assertThat(same).isZero();
    }

    @Test
    void layoutIsHugoLikeAndSpreadOverManySites() {
        List<ReportFile> files = new ArchiveGenerator(5).layout(2_000);

        assertThat(files).hasSize(2_000);
        assertThat(files).extracting(ReportFile::path).doesNotHaveDuplicates()
                .allMatch(p -> p.matches("site-\\d{5}-[a-z-]+/content/4-[A-Za-z-]+/.*(index|_index)(\\.vi|\\.en)?\\.md"));
        assertThat(files.stream().map(ReportFile::site).distinct().count()).isGreaterThan(100);
        assertThat(files).filteredOn(f -> f.path().endsWith("_index.vi.md")).hasSizeGreaterThan(600);
        assertThat(files).filteredOn(f -> f.event() == 0).isNotEmpty();
    }

    @Test
    void sizesAndShapesAreLikeRealArchives() {
        ArchiveGenerator g = new ArchiveGenerator(3);
        List<Integer> sizes = new ArrayList<>();
        int crlf = 0;
        int toml = 0;
        int bom = 0;
        int emoji = 0;
        int shortcodes = 0;
        int tables = 0;
        for (ReportFile f : g.layout(3_000)) {
            byte[] bytes = g.content(f);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (f.event() > 0) {
                sizes.add(bytes.length);
            }
            crlf += text.contains("\r\n") ? 1 : 0;
            toml += text.replace("\uFEFF", "").startsWith("+++") ? 1 : 0;
            bom += bytes[0] == (byte) 0xEF ? 1 : 0;
            emoji += text.contains("📅") || text.contains("🎯") || text.contains("⭐") ? 1 : 0;
            shortcodes += text.contains("{{<") || text.contains("{{%") ? 1 : 0;
            tables += text.contains("|---|") ? 1 : 0;
        }
        sizes.sort(null);
        int median = sizes.get(sizes.size() / 2);
        assertThat(median).isBetween(4_800, 6_800);
        assertThat(sizes.get(sizes.size() / 10)).isGreaterThanOrEqualTo(2_000);
        assertThat(sizes.get(sizes.size() * 9 / 10)).isBetween(9_000, 15_000);
        assertThat(sizes.get(sizes.size() - 1)).isGreaterThan(30_000);
        assertThat(crlf).isPositive();
        assertThat(toml).isPositive();
        assertThat(bom).isPositive();
        assertThat(emoji).isPositive();
        assertThat(shortcodes).isPositive();
        assertThat(tables).isPositive();
    }

    private static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
