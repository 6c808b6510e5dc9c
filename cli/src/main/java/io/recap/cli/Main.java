package io.recap.cli;

import picocli.CommandLine;

/** The {@code recap} command-line tool. */
public final class Main {

    private Main() {
    }

    /** Runs recap and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs recap with the process's streams and environment; returns the exit code. */
    static int run(String[] args) {
        return RecapCommand.commandLine(new Environment(System.getenv(), System.out, System.err)).execute(args);
    }
}
