package io.recap.parser.internal;

import java.util.List;

/**
 * A report file decoded to lines: line terminators (LF, CRLF, CR) removed, the BOM removed, invalid bytes
 * replaced by U+FFFD. {@code lines.get(0)} is line 1 of the file.
 *
 * @param lines  the file's lines, as written
 * @param binary whether the bytes look like a binary file rather than text
 */
public record DecodedText(List<String> lines, boolean binary) {

    /** Copies the lines. */
    public DecodedText {
        lines = List.copyOf(lines);
    }
}
