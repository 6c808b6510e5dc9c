package io.recap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code recap solr …}: what SolrCloud administrators need from recap. */
@Command(name = "solr", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {"Tools for running recap on SolrCloud. The commands that read or write reports take "
                + "--solr URL --collection NAME to use a collection instead of a local index."})
final class SolrCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** The command with its subcommands, writing to the streams of {@code env}. */
    static CommandLine commandLine(Environment env) {
        CommandLine cl = new CommandLine(new SolrCommand());
        cl.addSubcommand("configset", new SolrConfigsetCommand(env));
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: configset");
    }
}
