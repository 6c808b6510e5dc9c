package io.recap.cli;

import picocli.CommandLine;

/** A wrong command line: what is wrong, close matches for a mistyped name, and where help is; exit code 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    private final Environment env;

    UsageErrorHandler(Environment env) {
        this.env = env;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        env.err.println("recap: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, env.err);
        env.err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
        env.err.flush();
        return ExitCode.USAGE;
    }
}
