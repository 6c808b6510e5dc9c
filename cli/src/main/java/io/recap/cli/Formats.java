package io.recap.cli;

/** The output format of a listing command, from {@code --format} and {@code -0}. */
final class Formats {

    private Formats() {
    }

    /**
     * {@code --format} as given, else {@code paths} with {@code -0}, else {@code table}.
     *
     * @throws UserException (usage) for {@code -0} with a format other than paths
     */
    static OutputFormat resolve(OutputFormat given, boolean nullSeparated) throws UserException {
        if (nullSeparated && given != null && given != OutputFormat.paths) {
            throw new UserException("-0/--null separates paths: use it with --format paths (or alone)",
                    ExitCode.USAGE);
        }
        return given != null ? given : nullSeparated ? OutputFormat.paths : OutputFormat.table;
    }
}
