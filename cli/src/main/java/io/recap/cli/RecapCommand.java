package io.recap.cli;

import io.recap.index.IndexException;
import io.recap.index.InvalidQueryException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code recap} command: only subcommands, help and version. */
@Command(name = "recap",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Parse, index and search event-report Markdown (Hugo) archives.",
        synopsisSubcommandLabel = "COMMAND")
final class RecapCommand implements Runnable {

    /** The footer of every command's help: exit codes and where the index lives. */
    static final String[] FOOTER = {
        "Exit codes:",
        "  0  found something, or done",
        "  1  nothing found (like grep), or lint errors",
        "  2  usage error",
        "  3  index missing, incompatible, locked, damaged, unreadable or unreachable",
        "  4  other failure",
        "",
        "The index lives in --index DIR, else $RECAP_INDEX, else $XDG_DATA_HOME/recap/index,",
        "else ~/.local/share/recap/index. Colour only on a terminal, never with NO_COLOR set."};

    /**
     * The subcommands, in the order help lists them. Only what the command line needs is built: picocli reads
     * every command's annotations when it is added, work that start-up need not do for commands not run. The
     * command named first is built alone, {@code --version} needs none, help, completion and mistyped commands
     * get all.
     */
    private static final List<String> COMMANDS = List.of("search", "events", "show", "services", "topics", "index",
            "stats", "doctor", "serve", "parse", "check", "solr", "completion");

    @Spec
    CommandSpec spec;

    private static Object command(String name, Environment env) {
        return switch (name) {
            case "search" -> new SearchCommand(env);
            case "events" -> new EventsCommand(env);
            case "show" -> new ShowCommand(env);
            case "stats" -> new StatsCommand(env);
            case "doctor" -> new DoctorCommand(env);
            case "index" -> new IndexCommand(env);
            case "parse" -> new ParseCommand(env);
            case "check" -> new CheckCommand(env);
            case "services" -> new ServicesCommand(env);
            case "topics" -> new TopicsCommand(env);
            case "serve" -> new ServeCommand(env);
            case "solr" -> SolrCommand.commandLine(env);
            case "completion" -> new CompletionCommand(env);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The subcommands {@code args} need. */
    private static List<String> needed(String[] args) {
        String first = args.length > 0 ? args[0] : "";
        if (COMMANDS.contains(first) && !first.equals("completion")) {
            return List.of(first);
        }
        if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
            return List.of();
        }
        return COMMANDS;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The configured command line, writing to the streams of {@code env}. */
    static CommandLine commandLine(Environment env) {
        return commandLine(env, new String[0]);
    }

    /** The configured command line; {@code args} only decide whether help is coloured. */
    static CommandLine commandLine(Environment env, String[] args) {
        CommandLine cl = new CommandLine(new RecapCommand());
        for (String name : needed(args)) {
            cl.addSubcommand(name, command(name, env));
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().footerHeading("%n").footer(FOOTER);
            for (CommandLine nested : sub.getSubcommands().values()) {
                nested.getCommandSpec().usageMessage().footerHeading("%n").footer(FOOTER);
            }
        }
        // "-word" excludes a word from a query: commands that take one read an unknown "-x" as part of it
        for (String name : List.of("search", "events", "services", "topics")) {
            CommandLine sub = cl.getSubcommands().get(name);
            if (sub != null) {
                sub.setUnmatchedOptionsArePositionalParams(true);
            }
        }
        cl.getCommandSpec().usageMessage().footerHeading("%n").footer(FOOTER);
        cl.setOut(env.out);
        cl.setErr(env.err);
        cl.setColorScheme(Help.defaultColorScheme(helpColored(env, args) ? Help.Ansi.ON : Help.Ansi.OFF));
        cl.setExecutionExceptionHandler(new ErrorHandler(env));
        cl.setParameterExceptionHandler(new UsageErrorHandler(env));
        return cl;
    }

    /** Help is coloured like any output: on a terminal, without NO_COLOR, unless --color says otherwise. */
    private static boolean helpColored(Environment env, String[] args) {
        ColorChoice choice = ColorChoice.auto;
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--color=") ? args[i].substring("--color=".length())
                    : args[i].equals("--color") && i + 1 < args.length ? args[i + 1] : null;
            for (ColorChoice c : ColorChoice.values()) {
                if (c.name().equals(value)) {
                    choice = c;
                }
            }
        }
        return Output.colored(choice, env, env.terminal.stdout());
    }

    /** Prints an error for people (a stack trace only when verbose) and returns its exit code. */
    static int report(Exception e, PrintWriter err, boolean verbose) {
        int code;
        String message;
        if (e instanceof IndexException ie) {
            code = ExitCode.INDEX;
            message = ie.getMessage();
            if (ie.reason() == IndexException.Reason.MISSING) {
                message += ie.location() == null
                        ? "; push reports into it with `recap index --solr URL --collection NAME PATH` first"
                        : "; run `recap index PATH` first";
            } else if (ie.location() != null) {
                message = Repair.concrete(message, ie.location(), null);
            }
        } else if (e instanceof InvalidQueryException) {
            code = ExitCode.USAGE;
            message = e.getMessage();
        } else if (e instanceof UserException ue) {
            code = ue.exitCode;
            message = e.getMessage();
        } else if (e instanceof IOException) {
            code = ExitCode.FAILURE;
            message = (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "; check the path and its permissions";
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
