package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code --help} and {@code --version} on every command; usage errors. */
class HelpTest {

    Cli cli = new Cli();

    @ParameterizedTest
    @ValueSource(strings = {"search", "events", "show", "services", "index", "stats", "doctor", "parse", "check",
        "solr",
        "completion"})
    void everyCommandHasHelpWithTheExitCodesAndAVersion(String command) {
        assertThat(cli.run(command, "--help")).isZero();
        assertThat(cli.out).startsWith("Usage: recap " + command).contains("""
                Exit codes:
                  0  found something, or done
                  1  nothing found (like grep), or lint errors
                  2  usage error
                  3  index missing, incompatible, locked, damaged, unreadable or unreachable
                  4  other failure
                """);
        assertThat(cli.run(command, "--version")).isZero();
        assertThat(cli.out).startsWith("recap 0.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void theVersionAloneIsPrintedAsPicocliPrintsIt(String option) {
        // Main answers a lone --version without building the command line: the same lines, the same exit code
        java.io.StringWriter picocli = new java.io.StringWriter();
        picocli.CommandLine cl = RecapCommand.commandLine(new Environment(cli.env, new java.io.PrintWriter(picocli),
                new java.io.PrintWriter(new java.io.StringWriter()), Terminal.none()));
        int expected = cl.execute(option);
        assertThat(cli.run(option)).isEqualTo(expected).isZero();
        assertThat(cli.out).isEqualTo(picocli.toString()).startsWith("recap 0.").contains("\nJava ");
        assertThat(cli.err).isEmpty();
    }

    @Test
    void theHelpOfTheListingsSaysWhatEachCountCounts() {
        assertThat(cli.run("services", "--help", "--color=never")).isZero();
        String services = cli.out.replaceAll("\\s+", " ");
        assertThat(services).contains("SESSIONS: the sessions that mention the service, as many as 'recap search "
                + "--service S' finds").contains("EVENTS: the events whose report mentions it anywhere, in a session "
                + "or elsewhere, as many as 'recap events --service S' lists; section index pages are no events");
        assertThat(cli.run("events", "--help", "--color=never")).isZero();
        String events = cli.out.replaceAll("\\s+", " ");
        assertThat(events).contains("With --service: only events whose report mentions the service anywhere")
                .contains("MATCHING is how many sessions 'recap search' finds in the event with the same arguments");
        assertThat(cli.run("search", "--help", "--color=never")).isZero();
        assertThat(cli.out.replaceAll("\\s+", " ")).contains("sessions without a date or language count as "
                + "'unknown'").contains("Section index pages (lists of events) are left out unless "
                + "--include-index-pages");
    }

    @Test
    void theTopLevelHelpListsTheCommands() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out).contains("  search ", "  events ", "  show ", "  services ", "  index ", "  stats ",
                "  doctor ", "  parse ", "  check ", "  solr ", "  completion ", "Exit codes:");
        assertThat(cli.out).doesNotContain("\u001b[");
    }

    @Test
    void helpIsColouredOnATerminalOnly() {
        cli.terminal = new Terminal(true, true, 80);
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out).contains("\u001b[");
        assertThat(cli.run("search", "--help", "--color=never")).isZero();
        assertThat(cli.out).doesNotContain("\u001b[");
        cli.env.put("NO_COLOR", "1");
        assertThat(cli.run("search", "--help")).isZero();
        assertThat(cli.out).doesNotContain("\u001b[");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(cli.run()).isEqualTo(2);
        assertThat(cli.err).isEqualTo("recap: a command is required\nTry 'recap --help' for more.\n");
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        assertThat(cli.run("serch", "devops")).isEqualTo(2);
        assertThat(cli.err).contains("Unmatched arguments").contains("search");
    }

    @Test
    void aBadOptionValueIsAUsageError() {
        assertThat(cli.run("search", "devops", "--format", "xml")).isEqualTo(2);
        assertThat(cli.err).contains("--format").contains("xml").contains("Try 'recap search --help' for more.");
    }
}
