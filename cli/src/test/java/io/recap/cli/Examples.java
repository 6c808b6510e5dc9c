package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The bundled example archive, and an index of it built with the real {@code recap index}. */
final class Examples {

    static final Path DIR = Path.of("../examples").toAbsolutePath().normalize();
    static final Path CONTENT = DIR.resolve("content/4-EventParticipated");
    /** The seed report: "DevOps on AWS Workshop". */
    static final Path SEED = CONTENT.resolve("4.2-Event2/_index.vi.md");
    /** "Container Day – Hiện đại hóa ứng dụng". */
    static final Path CONTAINER_DAY = CONTENT.resolve("4.5-Event5/_index.vi.md");
    /** Its English twin, "Container Day – Modernising Applications". */
    static final Path CONTAINER_DAY_EN = CONTENT.resolve("4.5-Event5/_index.md");
    /** Another author's report of Container Day, in another site's folder. */
    static final Path TEAMMATE = DIR.resolve("teammate/content/4-EventParticipated/4.1-Event1/_index.md");

    private Examples() {
    }

    /**
     * The example archive indexed once for this test JVM, under {@code target/}. Tests only read it: one that
     * writes to an index makes its own with {@link #indexedInto(Path)}.
     */
    static Path sharedIndex() {
        return SharedIndex.PATH;
    }

    /** A new CLI whose index ({@code RECAP_INDEX}) is the {@linkplain #sharedIndex() shared one}. */
    static Cli overSharedIndex() {
        Cli cli = new Cli();
        cli.env.put("RECAP_INDEX", sharedIndex().toString());
        return cli;
    }

    /** Built on first use (the holder idiom: thread-safe, and immutable afterwards). */
    private static final class SharedIndex {
        static final Path PATH = build();

        private static Path build() {
            Path index = Path.of("target", "examples-index").toAbsolutePath();
            try (Stream<Path> old = Files.exists(index) ? Files.walk(index) : Stream.empty()) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            indexedInto(index);
            return index;
        }
    }

    /** A CLI whose index ({@code RECAP_INDEX}) at {@code index} holds the example archive. */
    static Cli indexedInto(Path index) {
        Cli cli = new Cli();
        cli.env.put("RECAP_INDEX", index.toString());
        assertThat(cli.run("index", DIR.toString())).as(cli.err).isZero();
        return cli;
    }
}
