package io.recap.cli;

import io.recap.index.IndexException;
import io.recap.index.InvalidQueryException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code recap} command: only subcommands, help and version. */
@Command(name = "recap",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Parse, index and search event-report Markdown (Hugo) archives.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  found something, or done",
            "  1  nothing found (like grep), or lint errors",
            "  2  usage error",
            "  3  index missing, incompatible, locked or unreadable",
            "  4  other failure",
            "",
            "The index lives in --index DIR, else $RECAP_INDEX, else $XDG_DATA_HOME/recap/index,",
            "else ~/.local/share/recap/index."})
final class RecapCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The configured command line, writing to the streams of {@code env}. */
    static CommandLine commandLine(Environment env) {
        CommandLine cl = new CommandLine(new RecapCommand());
        cl.addSubcommand("parse", new ParseCommand(env));
        cl.addSubcommand("index", new IndexCommand(env));
        cl.addSubcommand("search", new SearchCommand(env));
        cl.setOut(env.out);
        cl.setErr(env.err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = false;
            for (CommandLine.ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
                verbose |= pr.hasMatchedOption("--verbose");
            }
            return report(e, env.err, verbose);
        });
        cl.setParameterExceptionHandler((e, args) -> {
            env.err.println("recap: " + e.getMessage());
            env.err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            return ExitCode.USAGE;
        });
        return cl;
    }

    /** Prints an error for people (a stack trace only when verbose) and returns its exit code. */
    static int report(Exception e, PrintWriter err, boolean verbose) {
        int code;
        String message;
        if (e instanceof IndexException ie) {
            code = ExitCode.INDEX;
            message = ie.getMessage();
            if (ie.reason() == IndexException.Reason.MISSING) {
                message += "; run `recap index PATH` first";
            }
        } else if (e instanceof InvalidQueryException) {
            code = ExitCode.USAGE;
            message = e.getMessage();
        } else if (e instanceof UserException) {
            code = ((UserException) e).exitCode;
            message = e.getMessage();
        } else if (e instanceof IOException) {
            code = ExitCode.FAILURE;
            message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } else {
            code = ExitCode.FAILURE;
            message = "internal error (" + e + "); run again with --verbose and please report it";
        }
        err.println("recap: error: " + message);
        if (verbose) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
        return code;
    }
}
