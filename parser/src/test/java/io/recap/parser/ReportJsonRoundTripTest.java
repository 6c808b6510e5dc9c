package io.recap.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.recap.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * {@link ReportJson} round-trips the model: for every report, {@code read(write(r))} equals {@code r}, and
 * writing it again gives the same text. Reports come from generated documents — with front matter in YAML,
 * TOML and JSON holding values of every kind people write (whole numbers of any size, decimals, NaN and
 * infinities, dates, nulls, nested lists and tables) — from Markdown soup, and from every real report in the
 * shared corpus (skipped where it is absent, failed under CI).
 */
class ReportJsonRoundTripTest {

    private final ReportParser parser = ReportParser.builder().build();

    private static void assertRoundTrips(Report report) {
        String json = ReportJson.write(report);
        Report back = ReportJson.read(json);
        assertThat(back).as("read(write(r)) for %s", report.source().path()).isEqualTo(report);
        assertThat(ReportJson.write(back)).isEqualTo(json);
        assertThat(ReportJson.read(ReportJson.writePretty(report))).isEqualTo(report);
    }

    @Test
    void reportsOfGeneratedDocumentsRoundTrip() {
        qt().withExamples(300).forAll(ReportDocuments.documents())
                .checkAssert(doc -> assertRoundTrips(parser.parse("generated.md", doc)));
    }

    @Test
    void reportsOfGeneratedFrontMatterOfEveryKindRoundTrip() {
        AtomicInteger withValues = new AtomicInteger();
        qt().withExamples(400).forAll(frontMatter(), ReportDocuments.documents()).checkAssert((fm, body) -> {
            Report report = parser.parse("generated.md", fm + body);
            if (report.frontMatter() != null && report.frontMatter().values().size() > 2) {
                withValues.incrementAndGet();
            }
            assertRoundTrips(report);
        });
        // the generated front matter was read as such, not all of it refused
        assertThat(withValues).hasValueGreaterThan(200);
    }

    @Test
    void reportsOfMarkdownSoupRoundTrip() {
        qt().withExamples(200).forAll(ReportDocuments.markdownSoup())
                .checkAssert(doc -> assertRoundTrips(parser.parse("soup.md", doc)));
    }

    @Test
    void everyRealReportRoundTrips() throws IOException {
        Path corpus = SharedCorpus.require("corpus/real/files");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            Report report = parser.parse(corpus.relativize(f).toString(), Files.readAllBytes(f));
            try {
                assertRoundTrips(report);
            } catch (AssertionError e) {
                failures.add(report.source().path());
            }
        }
        assertThat(failures).as("real reports that do not round-trip").isEmpty();
    }

    // ---- generated front matter ----

    private static final List<String> YAML_SCALARS = List.of("1", "-7", "+12", "0", "2147483648", "12345678901",
            "123456789012345678901234567890", "1.50", "0.1", "-0.0", "1e400", "6.02e23", ".nan", ".inf", "-.inf",
            "true", "false", "yes", "~", "null", "", "2025-11-17", "2025-11-17T08:30:00+07:00", "0x1F", "1_000",
            "\"Tư Duy \\\"Cloud\\\" – 2025\"", "'it''s'", "plain words", "\"\\u00e9\\t\\n\"", "\"😀\"", "'#not a comment'");
    private static final List<String> TOML_SCALARS = List.of("1", "-7", "+12", "0", "2147483648", "12345678901",
            "9223372036854775807", "1.50", "0.1", "-0.0", "1e400", "6.02e23", "nan", "inf", "-inf", "true", "false",
            "2025-11-17", "1979-05-27T07:32:00Z", "07:32:00", "0x1F", "1_000", "\"Tư Duy \\\"Cloud\\\"\"",
            "'literal \\ text'", "\"😀\\t\"", "\"\"");
    private static final List<String> JSON_SCALARS = List.of("1", "-7", "0", "2147483648", "12345678901",
            "123456789012345678901234567890", "1.50", "0.1", "-0.0", "1e400", "6.02e23", "true", "false", "null",
            "\"Tư Duy \\\"Cloud\\\"\"", "\"\\u00e9\\t\\n\"", "\"😀\"", "\"\"");

    /** A front-matter block in YAML, TOML or JSON with a title, a weight and random keys of every kind. */
    private static Gen<String> frontMatter() {
        return in -> switch (between(in, 0, 2)) {
            case 0 -> yaml(in);
            case 1 -> toml(in);
            default -> json(in);
        };
    }

    private static String yaml(RandomnessSource in) {
        StringBuilder sb = new StringBuilder("---\ntitle: \"Generated\"\nweight: ").append(pick(in, YAML_SCALARS))
                .append('\n');
        int keys = between(in, 1, 8);
        for (int k = 0; k < keys; k++) {
            sb.append("k").append(k).append(':');
            switch (between(in, 0, 4)) {
                case 0 -> sb.append(" [").append(pick(in, YAML_SCALARS)).append(", ").append(pick(in, YAML_SCALARS))
                        .append("]\n");
                case 1 -> sb.append("\n  - ").append(pick(in, YAML_SCALARS)).append("\n  - ")
                        .append(pick(in, YAML_SCALARS)).append('\n');
                case 2 -> sb.append("\n  inner: ").append(pick(in, YAML_SCALARS)).append("\n  list: [")
                        .append(pick(in, YAML_SCALARS)).append("]\n");
                default -> sb.append(' ').append(pick(in, YAML_SCALARS)).append('\n');
            }
        }
        return sb.append("---\n").toString();
    }

    private static String toml(RandomnessSource in) {
        StringBuilder sb = new StringBuilder("+++\ntitle = \"Generated\"\nweight = ").append(pick(in, TOML_SCALARS))
                .append('\n');
        int keys = between(in, 1, 8);
        for (int k = 0; k < keys; k++) {
            sb.append("k").append(k).append(" = ");
            if (between(in, 0, 3) == 0) {
                sb.append('[').append(pick(in, TOML_SCALARS)).append(", ").append(pick(in, TOML_SCALARS)).append("]\n");
            } else {
                sb.append(pick(in, TOML_SCALARS)).append('\n');
            }
        }
        if (between(in, 0, 1) == 0) {
            sb.append("[params]\ninner = ").append(pick(in, TOML_SCALARS)).append('\n');
        }
        return sb.append("+++\n").toString();
    }

    private static String json(RandomnessSource in) {
        StringBuilder sb = new StringBuilder("{\n  \"title\": \"Generated\",\n  \"weight\": ")
                .append(pick(in, JSON_SCALARS));
        int keys = between(in, 1, 8);
        for (int k = 0; k < keys; k++) {
            sb.append(",\n  \"k").append(k).append("\": ");
            switch (between(in, 0, 3)) {
                case 0 -> sb.append('[').append(pick(in, JSON_SCALARS)).append(", ").append(pick(in, JSON_SCALARS))
                        .append(']');
                case 1 -> sb.append("{\"inner\": ").append(pick(in, JSON_SCALARS)).append('}');
                default -> sb.append(pick(in, JSON_SCALARS));
            }
        }
        return sb.append("\n}\n").toString();
    }

    private static <T> T pick(RandomnessSource in, List<T> options) {
        return options.get(between(in, 0, options.size() - 1));
    }

    private static int between(RandomnessSource in, int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }
}
