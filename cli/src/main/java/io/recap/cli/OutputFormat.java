package io.recap.cli;

/** The forms a listing command prints its rows in ({@code --format}). */
enum OutputFormat {
    /** Aligned columns laid out for the terminal (text wrapped, narrow columns left out, nothing cut): for people. */
    table,
    /** One JSON document. */
    json,
    /** One JSON object per line. */
    ndjson,
    /** Comma-separated values with a header line (RFC 4180 quoting). */
    csv,
    /** Tab-separated values with a header line; tabs, newlines and backslashes escaped as \t, \n, \\. */
    tsv,
    /** Every matching report's path, one per line (or NUL-ended with {@code -0}), each once: for {@code xargs}. */
    paths
}
