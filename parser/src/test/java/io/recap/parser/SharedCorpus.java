package io.recap.parser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only corpus beside the project ({@code ../shared}): real reports by other people and hand-made
 * labels. Tests read it in place and never copy its text. Absent on a machine without it: tests that need it
 * are skipped there, but fail when the environment variable {@code CI} is set, so CI never passes silently
 * without them.
 */
final class SharedCorpus {

    private SharedCorpus() {
    }

    /** The {@code shared} directory, found beside the project root or one of its parents, or {@code null}. */
    static Path root() {
        String configured = System.getProperty("recap.shared", System.getenv("RECAP_SHARED"));
        if (configured != null) {
            Path p = Path.of(configured);
            return Files.isDirectory(p) ? p : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("corpus"))) {
                return candidate;
            }
        }
        return null;
    }

    /** {@code relative} inside the shared directory; skips the test (or fails it in CI) when it is absent. */
    static Path require(String relative) {
        Path root = root();
        Path p = root == null ? null : root.resolve(relative);
        boolean present = p != null && Files.exists(p);
        if (!present && System.getenv("CI") != null) {
            fail("CI is set but the shared corpus is missing: ../shared/" + relative);
        }
        assumeTrue(present, "the shared corpus (../shared/" + relative + ") is not on this machine");
        return p;
    }
}
