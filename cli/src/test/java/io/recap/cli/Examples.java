package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/** The bundled example archive, and an index of it built with the real {@code recap index}. */
final class Examples {

    static final Path DIR = Path.of("../examples").toAbsolutePath().normalize();
    static final Path CONTENT = DIR.resolve("content/4-EventParticipated");
    /** The seed report: "DevOps on AWS Workshop". */
    static final Path SEED = CONTENT.resolve("4.2-Event2/_index.vi.md");
    /** "Container Day – Hiện đại hóa ứng dụng". */
    static final Path CONTAINER_DAY = CONTENT.resolve("4.5-Event5/_index.vi.md");

    private Examples() {
    }

    /** A CLI whose index ({@code RECAP_INDEX}) at {@code index} holds the example archive. */
    static Cli indexedInto(Path index) {
        Cli cli = new Cli();
        cli.env.put("RECAP_INDEX", index.toString());
        assertThat(cli.run("index", DIR.toString())).as(cli.err).isZero();
        return cli;
    }
}
