package io.recap.bench.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Changes a fixed share of an archive's Markdown files, deterministically, for the incremental-indexing figure:
 * the same archive, share and seed touch the same files in the same way. A touched file gets one more line at its
 * end (an author's late note, naming the seed, so that every touch changes the content hash).
 */
public final class ArchiveToucher {

    private final Phrasebook book = Phrasebook.builtIn();

    /**
     * Appends a line to {@code percent}% of the {@code *.md} files under {@code dir} (at least one file when there
     * are any), chosen by {@code seed}.
     *
     * @return the touched files, in sorted order
     */
    public List<Path> touch(Path dir, double percent, long seed) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted().toList());
        }
        int count = files.isEmpty() ? 0 : Math.max(1, (int) Math.round(files.size() * percent / 100.0));
        Dice dice = Dice.of(seed, 0x70C4);
        // partial Fisher–Yates: the first `count` slots become a uniform sample
        for (int i = 0; i < count; i++) {
            int j = i + dice.below(files.size() - i);
            Path t = files.get(i);
            files.set(i, files.get(j));
            files.set(j, t);
        }
        List<Path> touched = new ArrayList<>(files.subList(0, count));
        touched.sort(null);
        for (Path p : touched) {
            byte[] bytes = Files.readAllBytes(p);
            String text = new String(bytes, StandardCharsets.UTF_8);
            String eol = text.contains("\r\n") ? "\r\n" : "\n";
            Language lang = p.getFileName().toString().contains(".vi.") ? Language.VI : Language.EN;
            String note = eol + "_" + book.pick("update", dice).in(lang) + " (rev " + seed + ")_" + eol;
            Files.write(p, note.getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        }
        return touched;
    }
}
