package io.recap.web.internal;

/**
 * A request the server answers with an error status and a JSON body {@code {status, error, parameter}}: a bad
 * parameter (400, naming it), nothing at that address (404), a method other than GET or HEAD (405), a host name
 * the server does not answer to (403). Its message is for people and never holds a stack trace.
 */
public final class HttpError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String parameter;

    private HttpError(int status, String message, String parameter) {
        super(message, null, false, false);
        this.status = status;
        this.parameter = parameter;
    }

    /** 400: the parameter {@code name} is wrong; {@code message} says how. */
    public static HttpError badParameter(String name, String message) {
        return new HttpError(400, message, name);
    }

    /** 404: nothing here. */
    public static HttpError notFound(String message) {
        return new HttpError(404, message, null);
    }

    /** 405: only GET and HEAD are answered. */
    public static HttpError methodNotAllowed(String method) {
        return new HttpError(405, "method " + method + " is not allowed; use GET", null);
    }

    /** 403: a Host header the server does not answer to. */
    public static HttpError forbidden(String message) {
        return new HttpError(403, message, null);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The parameter at fault, or {@code null}. */
    public String parameter() {
        return parameter;
    }
}
