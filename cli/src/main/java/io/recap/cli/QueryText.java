package io.recap.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The QUERY words of a command line, joined with spaces. Words starting with one dash ({@code -word}) belong to
 * it (they exclude a word); words starting with two are mistyped options, not query words.
 */
final class QueryText {

    private QueryText() {
    }

    /**
     * The query {@code words} make.
     *
     * @throws CommandLine.ParameterException (a usage error, exit code 2) for a word that looks like an option
     *                                        the command does not have
     */
    static String of(List<String> words, CommandSpec spec) {
        for (String w : words) {
            if (w.startsWith("--") && w.length() > 2) {
                throw new CommandLine.UnmatchedArgumentException(spec.commandLine(), List.of(w));
            }
        }
        return String.join(" ", words).strip();
    }
}
