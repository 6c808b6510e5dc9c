package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Aligned tables: numbers right, text cut with "…" to fit, wide and combining characters measured right. */
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
    void theWidestTextColumnShrinksFirstAndCellsEndWithAnEllipsis() {
        assertThat(print(table(), 36)).isEqualTo("""
                NAME            N  TEXT
                Tư Duy          7  a long text that…
                DevOps on AWS  12  short
                    a note under the row
                """);
        assertThat(print(table(), 30)).isEqualTo("""
                NAME           N  TEXT
                Tư Duy         7  a long text…
                DevOps on A…  12  short
                    a note under the row
                """);
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
