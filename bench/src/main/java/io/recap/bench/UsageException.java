package io.recap.bench;

/** A bench command was called wrongly; the message says how. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
