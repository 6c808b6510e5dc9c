package io.recap.cli;

import picocli.CommandLine;

/** Turns an exception a command throws into a message for people and an exit code (see {@link RecapCommand#report}). */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    private final Environment env;

    ErrorHandler(Environment env) {
        this.env = env;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        boolean verbose = false;
        for (CommandLine.ParseResult pr = parsed; pr != null; pr = pr.subcommand()) {
            verbose |= pr.hasMatchedOption("--verbose");
        }
        return RecapCommand.report(e, env.err, verbose);
    }
}
