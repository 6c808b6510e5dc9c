package io.recap.cli;

import picocli.CommandLine.Option;

/** Options every command has. */
final class CommonOptions {

    @Option(names = "--verbose", description = "Show stack traces and details of errors.")
    boolean verbose;
}
