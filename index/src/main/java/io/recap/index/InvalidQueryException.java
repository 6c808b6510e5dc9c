package io.recap.index;

/** A query that cannot be run: a syntax error, or a service name the catalog does not know. */
public final class InvalidQueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message for people.
     *
     * @param message what is wrong and what to do ("unknown service 'CodeDeplo'; did you mean CodeDeploy?")
     * @param cause   the underlying exception, or {@code null}
     */
    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
