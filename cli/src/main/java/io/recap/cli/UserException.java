package io.recap.cli;

/** A failure the user can fix, with the message to show and the exit code to return. */
final class UserException extends Exception {

    private static final long serialVersionUID = 1L;

    final int exitCode;

    UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }
}
