package io.recap.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option of the commands that read or write the index. */
final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR",
            description = "The index directory. Default: $RECAP_INDEX, else $XDG_DATA_HOME/recap/index, "
                    + "else ~/.local/share/recap/index.")
    Path index;

    /** The index directory this command uses. */
    Path resolve(Environment env) {
        return IndexLocation.resolve(index, env.env);
    }
}
