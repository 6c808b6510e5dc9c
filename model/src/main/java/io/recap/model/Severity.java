package io.recap.model;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** The report is wrong or unusable in this place; {@code recap check} fails on it. */
    ERROR,
    /** Something is probably wrong or was guessed; the model may be incomplete here. */
    WARNING,
    /** A note about how the parser read the report; nothing needs fixing. */
    INFO;

    /**
     * The lower-case name used in JSON and in {@code path:line:col: severity: message} output.
     *
     * @return {@code error}, {@code warning} or {@code info}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
