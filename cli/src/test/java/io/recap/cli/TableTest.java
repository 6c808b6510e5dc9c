package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Aligned tables: numbers right, text wrapped to fit (never cut), columns left out when wrapping is not enough,
 * wide and combining characters measured right.
 */
class TableTest {

    private static String print(Table t, int width) {
        StringWriter s = new StringWriter();
        t.print(new PrintWriter(s), width, Style.of(false));
        return s.toString();
    }

    private static Table table() {
        Table t = new Table(List.of(new Table.Column("NAME", false), new Table.Column("N", true),
                new Table.Column("TEXT", false)));
        t.row(List.of("Tư Duy", "7", "a long text that will not fit"), null);
        t.row(List.of("DevOps on AWS", "12", "short"), "a note under the row");
        return t;
    }

    @Test
    void columnsAreAlignedAndNumbersRightAligned() {
        assertThat(print(table(), 0)).isEqualTo("""
                NAME            N  TEXT
                Tư Duy          7  a long text that will not fit
                DevOps on AWS  12  short
                    a note under the row
                """);
    }

    @Test
    void theWidestTextColumnWrapsFirstAtWordsAndNothingIsCut() {
        assertThat(print(table(), 36)).isEqualTo("""
                NAME            N  TEXT
                Tư Duy          7  a long text that
                                   will not fit
                DevOps on AWS  12  short
                    a note under the row
                """);
        assertThat(print(table(), 30)).isEqualTo("""
                NAME           N  TEXT
                Tư Duy         7  a long text
                                  that will
                                  not fit
                DevOps on     12  short
                AWS
                    a note under the row
                """);
    }

    @Test
    void whenWrappingIsNotEnoughADroppableColumnIsLeftOutAndSaidSo() {
        Table t = new Table(List.of(new Table.Column("EVENT", false), new Table.Column("SESSION", false),
                new Table.Column("SERVICES", false, 1)));
        t.row(List.of("Container Day – Hiện đại hóa ứng dụng", "Triển khai liên tục cho container",
                "CodePipeline, CodeBuild, ECS, CodeDeploy"), null);
        String out = print(t, 60);
        assertThat(out).isEqualTo("""
                EVENT                          SESSION
                Container Day – Hiện đại hóa   Triển khai liên tục cho
                ứng dụng                       container
                (services not shown at this width)
                """);
        assertThat(print(t, 0)).contains("SERVICES");
    }

    @Test
    void aWordLongerThanItsColumnIsSplitAndAnExcerptNoteIsCutWithItsMarkClosed() {
        assertThat(Table.wrap("a /very/long/path/to/a/file.md here", 10))
                .containsExactly("a", "/very/long", "/path/to/a", "/file.md", "here");
        Table t = new Table(List.of(new Table.Column("X", false)));
        t.row(List.of("x"), "see " + Table.MARK_OPEN + "CodeDeploy" + Table.MARK_CLOSE + " here and there");
        assertThat(print(t, 14)).isEqualTo("X\nx\n    see «CodeD…»\n");
    }

    @Test
    void combiningMarksTakeNoColumnAndCjkTakesTwo() {
        String decomposed = "Tu\u031B Duy"; // "Tư Duy" written with a combining horn
        assertThat(DisplayWidth.of(decomposed)).isEqualTo(6);
        assertThat(DisplayWidth.of("東京")).isEqualTo(4);
        assertThat(DisplayWidth.of("\u001b[1mbold\u001b[0m")).isEqualTo(4);
        assertThat(DisplayWidth.fit("東京タワー", 5)).isEqualTo("東京…");
        assertThat(DisplayWidth.fit("short", 5)).isEqualTo("short");
    }
}
