package io.recap.parser.internal;

/**
 * A service named in a piece of text.
 *
 * @param entry the catalog entry
 * @param start offset of the first character of the mention
 * @param end   offset just after the mention
 */
public record Mention(CatalogEntry entry, int start, int end) {
}
