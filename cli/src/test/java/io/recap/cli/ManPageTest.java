package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The man page is generated from the same picocli model as {@code --help}. */
class ManPageTest {

    @Test
    void everyCommandAndItsOptionsAreInThePage() throws Exception {
        String page = ManPage.render();
        assertThat(page).startsWith(".TH RECAP 1 ");
        for (String command : new String[]{"search", "events", "show", "services", "index", "stats", "parse",
            "check", "completion"}) {
            assertThat(page).contains(".SS " + command + "\n");
        }
        assertThat(page).contains(".B \\-s, \\-\\-service \\fINAME\\fR\n", ".B \\-\\-catalog\\-list\n",
                ".B \\-\\-facets\n", ".B \\-\\-since \\fIDATE\\fR\n", ".B \\-j, \\-\\-threads \\fIN\\fR\n",
                ".I EVENT|ID|PATH\n", ".B \\-\\-all\\-languages\n", ".B \\-\\-reports\n",
                ".SH EXIT STATUS\n.TP\n.B 0\nfound something, or done\n", ".B NO_COLOR\n");
        assertThat(page).doesNotContain("${");
    }

    @Test
    void textCannotStartARoffRequest() {
        assertThat(ManPage.text(".hidden\n'quote\\back-slash")).isEqualTo("\\&.hidden\n\\&'quote\\eback\\-slash");
    }
}
