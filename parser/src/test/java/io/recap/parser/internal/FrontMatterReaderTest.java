package io.recap.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.recap.model.Diagnostic;
import io.recap.model.FrontMatter;
import io.recap.model.LineRange;
import io.recap.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@link FrontMatterReader} finds and reads Hugo front matter, and how it reports what it cannot read. */
class FrontMatterReaderTest {

    private final FrontMatterReader reader = new FrontMatterReader(64 << 10);
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private FrontMatterBlock read(String... lines) {
        return reader.read(List.of(lines), diagnostics);
    }

    private FrontMatter frontMatter(String... lines) {
        FrontMatterBlock block = read(lines);
        assertThat(block.frontMatter()).as("front matter").isNotNull();
        return block.frontMatter();
    }

    @Test
    void readsYamlKeepingEveryKeyInOrderAndTypingTheKnownOnes() {
        FrontMatter fm = frontMatter(
                "---",
                "title: \"AWS Cloud Mastery Series #2\"",
                "date: 2025-11-17",
                "weight: 2",
                "chapter: false",
                "pre: \" <b> 4.2. </b> \"",
                "draft: true",
                "tags: [aws, devops]",
                "categories: sự kiện",
                "lang: vi",
                "---",
                "# Body");

        assertThat(fm.format()).isEqualTo(FrontMatter.Format.YAML);
        assertThat(fm.values().keySet()).containsExactly(
                "title", "date", "weight", "chapter", "pre", "draft", "tags", "categories", "lang");
        assertThat(fm.values()).containsEntry("chapter", false).containsEntry("pre", " <b> 4.2. </b> ");
        assertThat(fm.title()).isEqualTo("AWS Cloud Mastery Series #2");
        assertThat(fm.date()).isEqualTo("2025-11-17");
        assertThat(fm.weight()).isEqualTo(2);
        assertThat(fm.draft()).isTrue();
        assertThat(fm.tags()).containsExactly("aws", "devops");
        assertThat(fm.categories()).containsExactly("sự kiện");
        assertThat(fm.lang()).isEqualTo("vi");
        assertThat(fm.lines()).isEqualTo(new LineRange(1, 11));
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void placesTheBlockInTheFile() {
        FrontMatterBlock block = read("", "---", "title: x", "---", "", "# Body");

        assertThat(block.first()).isEqualTo(1);
        assertThat(block.last()).isEqualTo(3);
        assertThat(block.covers(0)).isFalse();
        assertThat(block.covers(2)).isTrue();
        assertThat(block.covers(4)).isFalse();
        assertThat(block.frontMatter().lines()).isEqualTo(new LineRange(2, 4));
    }

    @Test
    void acceptsSpacesBeforeTheColon() {
        FrontMatter fm = frontMatter("---", "title : Sự kiện 1", "weight : 1", "date : 2025-09-09", "---");

        assertThat(fm.title()).isEqualTo("Sự kiện 1");
        assertThat(fm.weight()).isEqualTo(1);
        assertThat(fm.date()).isEqualTo("2025-09-09");
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void acceptsABlankLineAfterTheOpeningAndALongDashedClosingLine() {
        FrontMatterBlock block = read("---", "", "title: \"Event 1\"", "weight: 1", "", "----------------------",
                "# Body");

        assertThat(block.frontMatter().title()).isEqualTo("Event 1");
        assertThat(block.last()).isEqualTo(5);
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void acceptsTheYamlDocumentEndMarkerAsClosing() {
        assertThat(frontMatter("---", "title: x", "...", "body").lines()).isEqualTo(new LineRange(1, 3));
    }

    @ParameterizedTest(name = "date {0} is kept as {1}")
    @CsvSource(delimiter = '|', value = {
            "2025-09-10                  | 2025-09-10",
            "\"2025-09-10\"              | 2025-09-10",
            "2025-09-10T14:24:43+07:00   | 2025-09-10T14:24:43+07:00",
            "\"2025-09-10T14:24:43+07:00\" | 2025-09-10T14:24:43+07:00",
            "2025-09-10 14:24:43         | 2025-09-10 14:24:43",
            "\"18 September 2025\"       | 18 September 2025",
            "\"`r Sys.Date()`\"          | `r Sys.Date()`",
    })
    void keepsTheDateAsWrittenInEveryYamlForm(String written, String expected) {
        assertThat(frontMatter("---", "date: " + written, "---").date()).isEqualTo(expected);
    }

    @Test
    void anEmptyDateIsNoDate() {
        assertThat(frontMatter("---", "date: \"\"", "---").date()).isNull();
        assertThat(frontMatter("---", "date:", "---").date()).isNull();
    }

    @ParameterizedTest(name = "weight {0} is {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "1                    | 1",
            "\"1 \"               | 1",
            "'07'                 | 7",
            "-3                   | -3",
            "2.0                  | 2",
            "2.5                  | null",
            "99999999999999999999 | null",
            "1e20                 | null",
            "abc                  | null",
    })
    void readsTheWeightAsAWholeNumberThatFits(String written, Integer expected) {
        assertThat(frontMatter("---", "weight: " + written, "---").weight()).isEqualTo(expected);
    }

    @Test
    void readsDraftWrittenAsTextToo() {
        assertThat(frontMatter("---", "draft: \"false\"", "---").draft()).isFalse();
        assertThat(frontMatter("---", "draft: maybe", "---").draft()).isNull();
    }

    @Test
    void takesTheLanguageFromLanguageCodeWhenLangIsMissing() {
        assertThat(frontMatter("---", "languageCode: en-us", "---").lang()).isEqualTo("en-us");
    }

    @Test
    void readsToml() {
        FrontMatter fm = frontMatter(
                "+++",
                "title = \"Event 2\"",
                "date = 2025-11-17",
                "lastmod = 2025-11-18T08:00:00+07:00",
                "weight = 2",
                "chapter = false",
                "draft = true",
                "tags = [\"aws\", \"cdk\"]",
                "pre = \" <b> 4.2.  </b> \"",
                "+++",
                "# Body");

        assertThat(fm.format()).isEqualTo(FrontMatter.Format.TOML);
        assertThat(fm.title()).isEqualTo("Event 2");
        assertThat(fm.date()).isEqualTo("2025-11-17");
        assertThat(fm.values()).containsEntry("lastmod", "2025-11-18T08:00:00+07:00")
                .containsEntry("chapter", false);
        assertThat(fm.weight()).isEqualTo(2);
        assertThat(fm.draft()).isTrue();
        assertThat(fm.tags()).containsExactly("aws", "cdk");
        assertThat(fm.lines()).isEqualTo(new LineRange(1, 10));
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void readsJson() {
        FrontMatterBlock block = read(
                "{",
                "  \"title\": \"Event 3\",",
                "  \"date\": \"2025-11-17\",",
                "  \"weight\": 3,",
                "  \"tags\": [\"a\"],",
                "  \"menu\": {\"main\": {\"name\": \"x\"}}",
                "}",
                "",
                "# Body");

        FrontMatter fm = block.frontMatter();
        assertThat(fm.format()).isEqualTo(FrontMatter.Format.JSON);
        assertThat(fm.title()).isEqualTo("Event 3");
        assertThat(fm.date()).isEqualTo("2025-11-17");
        assertThat(fm.weight()).isEqualTo(3);
        assertThat(fm.values().get("menu")).isEqualTo(Map.of("main", Map.of("name", "x")));
        assertThat(block.last()).isEqualTo(6);
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void aShortcodeOnTheFirstLineIsNotJsonFrontMatter() {
        FrontMatterBlock block = read("{{% notice warning %}}", "Đây là bản mẫu", "{{% /notice %}}", "# Body");

        assertThat(block).isEqualTo(FrontMatterBlock.NONE);
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void aFileWithoutFrontMatterHasNone() {
        assertThat(read("# Báo cáo", "", "Nội dung")).isEqualTo(FrontMatterBlock.NONE);
        assertThat(read()).isEqualTo(FrontMatterBlock.NONE);
        assertThat(read("", "  ")).isEqualTo(FrontMatterBlock.NONE);
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void findsTheBlockAfterAChatAssistantsPreamble() {
        FrontMatterBlock block = read(
                "Chắc chắn rồi! Đây là bài thu hoạch của bạn:",
                "",
                "---",
                "title: \"Sự kiện 1\"",
                "weight: 1",
                "---",
                "# Body");

        assertThat(block.first()).isEqualTo(2);
        assertThat(block.last()).isEqualTo(5);
        assertThat(block.frontMatter().title()).isEqualTo("Sự kiện 1");
        assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::line)
                .containsExactly(tuple("front-matter.preamble", Severity.INFO, 1));
    }

    @Test
    void aThematicBreakAfterProseIsNoFrontMatter() {
        assertThat(read("Mở đầu", "", "---", "", "Nội dung", "", "---")).isEqualTo(FrontMatterBlock.NONE);
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void anUnterminatedYamlBlockEndsAtItsLastKeyLine() {
        FrontMatterBlock block = read("---", "title: \"Event 1\"", "weight: 1", "", "# Báo cáo", "Nội dung");

        assertThat(block.last()).isEqualTo(2);
        assertThat(block.frontMatter().title()).isEqualTo("Event 1");
        assertThat(block.frontMatter().weight()).isEqualTo(1);
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("front-matter.unterminated");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.column()).isEqualTo(1);
            assertThat(d.message()).contains("line 4");
        });
    }

    @Test
    void anUnterminatedTomlBlockEndsAtItsLastKeyLine() {
        FrontMatterBlock block = read("+++", "title = \"x\"", "# Body");

        assertThat(block.last()).isEqualTo(1);
        assertThat(block.frontMatter().title()).isEqualTo("x");
        assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("front-matter.unterminated", 1, 1));
    }

    @Test
    void malformedYamlIsReportedWhereTheProblemIsAndSimpleKeysAreStillRead() {
        FrontMatterBlock block = read("---", "title: ok", "\tweight: 1", "---", "# Body");

        assertThat(block.frontMatter().title()).isEqualTo("ok");
        assertThat(block.last()).isEqualTo(3);
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("front-matter.invalid");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(1);
        });
    }

    @Test
    void anUnfinishedYamlValueIsReportedWhereItBegins() {
        read("Here is the report you asked for:", "", "---", "title: ok", "", "tags: [aws, devops", "---", "# B");

        assertThat(diagnostics).filteredOn(d -> d.code().equals("front-matter.invalid"))
                .extracting(Diagnostic::line, Diagnostic::column).containsExactly(tuple(6, 7));
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        FrontMatterBlock block = read("---", "weight: 1", "title: \"Sự kiện", "---", "# B");

        assertThat(block.frontMatter().weight()).isEqualTo(1);
        assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("front-matter.invalid", 3, 8));
    }

    @Test
    void aValueWithAnUnquotedColonIsReportedAtTheColon() {
        FrontMatterBlock block = read("---", "title: Báo cáo: AWS Day", "---");

        assertThat(block.frontMatter().title()).isEqualTo("Báo cáo: AWS Day");
        assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("front-matter.invalid", 2, 15));
    }

    @Test
    void yamlThatIsNotASetOfKeysIsReported() {
        FrontMatterBlock block = read("---", "- a", "- b", "---");

        assertThat(block.frontMatter().values()).isEmpty();
        assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("front-matter.invalid", 2, 1));
    }

    @Test
    void malformedTomlIsReportedAtItsLineAndColumn() {
        FrontMatterBlock block = read("+++", "title = \"ok\"", "weight = ", "+++");

        assertThat(block.frontMatter().title()).isEqualTo("ok");
        assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("front-matter.invalid", 3, 10));
    }

    @Test
    void malformedJsonIsReportedAtItsLineAndColumnAndLeftToTheBody() {
        FrontMatterBlock block = read("{", "  \"title\": \"ok\",", "  \"weight\": 1,,", "}", "# Body");

        assertThat(block).isEqualTo(FrontMatterBlock.NONE);
        assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("front-matter.invalid", 3, 15));
    }

    @Test
    void aBlockOverTheLimitIsRefusedButItsSimpleKeysAreRead() {
        FrontMatterReader small = new FrontMatterReader(100);
        List<String> lines = new ArrayList<>(List.of("---", "title: Lớn", "weight: 4"));
        for (int i = 0; i < 50; i++) {
            lines.add("k" + i + ": giá trị dài dài");
        }
        lines.add("---");
        lines.add("# Body");

        FrontMatterBlock block = small.read(lines, diagnostics);

        assertThat(block.last()).isEqualTo(53);
        assertThat(block.frontMatter().title()).isEqualTo("Lớn");
        assertThat(block.frontMatter().weight()).isEqualTo(4);
        assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("front-matter.too-large", 2, 1));
    }

    @Test
    void expandsYamlAliasesAsHugoDoes() {
        FrontMatter fm = frontMatter("---", "base: &b {k: v}", "other: *b", "list: [*b, *b]", "unknown: *nope", "---");

        assertThat(fm.values()).containsEntry("other", Map.of("k", "v"))
                .containsEntry("list", List.of(Map.of("k", "v"), Map.of("k", "v")))
                .containsEntry("unknown", "nope");
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void refusesToExpandABillionLaughs() {
        List<String> lines = new ArrayList<>(List.of("---", "title: lol", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"));
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            lines.add(c + ": &" + c + " [" + String.join(", ", java.util.Collections.nCopies(9, "*" + previous)) + "]");
            previous = c;
        }
        lines.add("---");

        FrontMatter fm = reader.read(lines, diagnostics).frontMatter();

        assertThat(fm.title()).isEqualTo("lol");
        assertThat(count(fm.values())).isLessThanOrEqualTo(2 * FrontMatterReader.MAX_ALIAS_VALUES);
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("front-matter.too-large");
            assertThat(d.line()).isEqualTo(7); // "e: &e [*d, …": the first alias past the budget
            assertThat(d.column()).isEqualTo(8);
        });
    }

    @Test
    void refusesDeeplyNestedValues() {
        FrontMatterBlock block = read("---", "title: sâu", "a: " + "[".repeat(2_000) + "]".repeat(2_000), "---");

        assertThat(block.frontMatter().title()).isEqualTo("sâu");
        assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("front-matter.invalid");
    }

    private static long count(Object v) {
        long n = 1;
        if (v instanceof Map<?, ?> m) {
            for (Object o : m.values()) {
                n += count(o);
            }
        } else if (v instanceof List<?> l) {
            for (Object o : l) {
                n += count(o);
            }
        }
        return n;
    }
}
