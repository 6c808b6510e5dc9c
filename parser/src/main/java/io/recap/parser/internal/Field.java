package io.recap.parser.internal;

/**
 * A labelled value found in a report ("**Ngày:** 17/11/2025", "| **Location** | Bitexco |").
 *
 * @param name  the field's name in the vocabulary ({@code date}, {@code location}, …)
 * @param label the label as written
 * @param value the value, plain text
 * @param block the block it was found in
 */
public record Field(String name, String label, String value, Block block) {
}
