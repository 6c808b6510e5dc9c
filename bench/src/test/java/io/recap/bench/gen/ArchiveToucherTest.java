package io.recap.bench.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveToucherTest {

    @TempDir
    Path tmp;

    @Test
    void touchesOnePercentTheSameWayForTheSameSeed() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        new ArchiveGenerator(8).write(200, a, 2);
        new ArchiveGenerator(8).write(200, b, 2);

        List<Path> touchedA = new ArchiveToucher().touch(a, 1, 3);
        List<Path> touchedB = new ArchiveToucher().touch(b, 1, 3);

        assertThat(touchedA).hasSize(2);
        assertThat(touchedA.stream().map(a::relativize).toList())
                .isEqualTo(touchedB.stream().map(b::relativize).toList());
        for (Path p : touchedA) {
            assertThat(Files.readAllBytes(p)).isEqualTo(Files.readAllBytes(b.resolve(a.relativize(p))));
        }
    }

    @Test
    void aTouchedFileChangesAndTheOthersDoNot() throws IOException {
        Path a = tmp.resolve("a");
        ArchiveGenerator g = new ArchiveGenerator(8);
        g.write(300, a, 2);

        List<Path> touched = new ArchiveToucher().touch(a, 1, 4);

        int changed = 0;
        for (ReportFile f : g.layout(300)) {
            byte[] now = Files.readAllBytes(a.resolve(f.path()));
            if (!java.util.Arrays.equals(now, g.content(f))) {
                changed++;
                assertThat(touched).contains(a.resolve(f.path()));
                assertThat(new String(now, java.nio.charset.StandardCharsets.UTF_8)).contains("(rev 4)");
            }
        }
        assertThat(changed).isEqualTo(touched.size()).isEqualTo(3);
    }
}
