package io.recap.cli;

/** The exit codes scripts can rely on; documented in {@code recap --help} and the README. */
final class ExitCode {

    /** Found something, or the work is done. */
    static final int OK = 0;
    /** Nothing found (like grep), or lint errors found. */
    static final int NOTHING = 1;
    /** The command line is wrong. */
    static final int USAGE = 2;
    /** The index (or SolrCloud collection) is missing, incompatible, locked, damaged, unreadable or unreachable. */
    static final int INDEX = 3;
    /** Any other failure. */
    static final int FAILURE = 4;

    private ExitCode() {
    }
}
