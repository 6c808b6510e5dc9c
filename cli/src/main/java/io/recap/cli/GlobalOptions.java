package io.recap.cli;

import picocli.CommandLine.Option;

/** Options every command has: how much to say and whether to colour it. */
final class GlobalOptions {

    @Option(names = "--verbose", description = "Show details of errors, with stack traces.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar, summary or notes on stderr.")
    boolean quiet;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "auto (on a terminal, unless NO_COLOR is set), always or never. Default: ${DEFAULT-VALUE}.")
    ColorChoice color = ColorChoice.auto;
}
