package io.recap.index.internal;

/**
 * Why a source file could not be read: either it is unreadable now (its indexed version, if any, is kept) or it
 * was refused by a limit or a safety rule (its indexed version, if any, is removed).
 */
public final class SourceProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final boolean refused;

    SourceProblem(String code, String message, boolean refused) {
        super(message, null, false, false);
        this.code = code;
        this.refused = refused;
    }

    /** A file that cannot be read now; its indexed version stays. */
    static SourceProblem unreadable(String code, String message) {
        return new SourceProblem(code, message, false);
    }

    /** A file refused by a limit or a safety rule; it does not belong in the index. */
    static SourceProblem refused(String code, String message) {
        return new SourceProblem(code, message, true);
    }

    /** The problem's stable code, such as {@code file.too-large}. */
    public String code() {
        return code;
    }

    /** Whether the file was refused (rather than being unreadable for now). */
    public boolean refused() {
        return refused;
    }
}
