package io.recap.parser;

/**
 * How much JSON one report may print: a constant for the fixed fields and diagnostics, plus a constant per
 * input byte (a four-byte heading line makes a section of about a hundred characters). Beyond the parser's
 * analysis limit nothing more is added, so a 16 MiB report prints no more than one of 512 Ki characters.
 */
final class OutputBounds {

    /** JSON characters of a report with no content: source, empty lists, a few diagnostics. */
    static final long FIXED_CHARS = 16 << 10;
    /** JSON characters one input byte may add at most. */
    static final long CHARS_PER_BYTE = 48;

    private OutputBounds() {
    }

    /** The most JSON characters the report of {@code inputBytes} bytes may print. */
    static long jsonChars(long inputBytes) {
        return FIXED_CHARS + CHARS_PER_BYTE * inputBytes;
    }
}
