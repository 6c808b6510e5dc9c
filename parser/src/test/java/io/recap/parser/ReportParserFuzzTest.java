package io.recap.parser;

import static io.recap.parser.ReportInvariants.assertWellFormed;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.recap.model.Report;

/**
 * Coverage-guided fuzzing of {@link ReportParser#parse(String, byte[])}, the parser's door for outside input.
 * In a normal build it runs once over each committed input in {@code ReportParserFuzzTestInputs/parse}
 * (seeds written for recap in the shapes real reports have, and every input fuzzing ever found to fail);
 * {@code JAZZER_FUZZ=1} makes it fuzz (see the README's "Fuzzing").
 *
 * <p>For every input: no exception escapes and the parser never falls back to its last resort
 * ({@code parser.internal-error}); the report keeps every promise of {@link ReportInvariants}; its JSON reads
 * back as the same report; and what it prints is bounded by the input ({@link OutputBounds}).
 */
class ReportParserFuzzTest {

    private static final ReportParser PARSER = ReportParser.builder().build();

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] input) {
        Report report = PARSER.parse("fuzz.md", input);
        assertWellFormed(report, input);
        String json = ReportJson.write(report);
        assertThat((long) json.length()).as("JSON characters for %d input bytes", input.length)
                .isLessThanOrEqualTo(OutputBounds.jsonChars(input.length));
        assertThat(ReportJson.read(json)).isEqualTo(report);
    }
}
