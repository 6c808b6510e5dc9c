package io.recap.parser.internal;

/**
 * A run of inline text of one line with the same emphasis.
 *
 * @param text   the text, markup removed
 * @param strong whether it is bold
 */
public record Span(String text, boolean strong) {
}
