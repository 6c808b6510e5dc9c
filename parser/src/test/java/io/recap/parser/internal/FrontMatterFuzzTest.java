package io.recap.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.recap.model.Diagnostic;
import io.recap.model.FrontMatter;
import io.recap.parser.ReportParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzzing of the front-matter readers (YAML, TOML and JSON blocks, and the line-by-line
 * fallback), fed the lines of a file the way the parser feeds them. Regression mode over
 * {@code FrontMatterFuzzTestInputs/read} in every build; {@code tools/fuzz front-matter} fuzzes.
 *
 * <p>For every input: no exception escapes; the block found lies in the file, starts at its first non-blank
 * line or after a preamble, and is reported with a format; every diagnostic points into the file
 * and speaks to people (no parser-internal locations).
 */
class FrontMatterFuzzTest {

    private static final FrontMatterReader READER =
            new FrontMatterReader(ReportParser.DEFAULT_MAX_FRONT_MATTER_CHARS);

    @FuzzTest(maxDuration = "10m")
    void read(byte[] input) {
        List<String> lines = TextDecoder.splitLines(new String(input, StandardCharsets.UTF_8));
        List<Diagnostic> diagnostics = new ArrayList<>();

        FrontMatterBlock block = READER.read(lines, diagnostics);

        if (block.frontMatter() == null) {
            assertThat(block.first()).isEqualTo(-1);
        } else {
            FrontMatter fm = block.frontMatter();
            assertThat(block.first()).isBetween(0, lines.size() - 1);
            assertThat(block.last()).isBetween(block.first(), lines.size() - 1);
            assertThat(fm.format()).isNotNull();
            assertThat(fm.lines().start()).isEqualTo(block.first() + 1);
            assertThat(fm.lines().end()).isEqualTo(block.last() + 1);
        }
        for (Diagnostic d : diagnostics) {
            assertThat(d.line()).as("line of %s", d).isBetween(0, Math.max(1, lines.size()));
            assertThat(d.message()).as("a message for people").doesNotContain("[Source:").doesNotContain("REDACTED");
        }
    }
}
