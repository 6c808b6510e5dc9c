package io.recap.cli;

/** The forms a listing command prints its rows in ({@code --format}). */
enum OutputFormat {
    /** Aligned columns that fit the terminal, long text cut with "…": for people. */
    table,
    /** One JSON document. */
    json,
    /** One JSON object per line. */
    ndjson,
    /** Comma-separated values with a header line (RFC 4180 quoting). */
    csv,
    /** Tab-separated values with a header line; tabs, newlines and backslashes escaped as \t, \n, \\. */
    tsv,
    /** One report path per line, each once: for {@code xargs}. */
    paths
}
