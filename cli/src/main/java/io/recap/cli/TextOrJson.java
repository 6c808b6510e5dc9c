package io.recap.cli;

/** The forms a command that prints one document (a summary, a report, statistics) prints it in. */
enum TextOrJson {
    /** Lines for people. */
    text,
    /** One JSON document, for scripts. */
    json
}
