package io.recap.parser.internal;

import io.recap.model.Diagnostic;
import io.recap.model.Severity;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a report's bytes into lines. Never throws on content: invalid UTF-8 becomes U+FFFD with a
 * diagnostic at its line and column, NUL bytes are replaced and reported, and a file that looks binary gets
 * one clear error and no lines.
 */
public final class TextDecoder {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int BINARY_SNIFF_BYTES = 8192;

    private TextDecoder() {
    }

    /** Decodes {@code bytes}, adding diagnostics to {@code diagnostics}. */
    public static DecodedText decode(byte[] bytes, List<Diagnostic> diagnostics) {
        if (looksBinary(bytes)) {
            diagnostics.add(Diagnostic.error("text.binary",
                    "this is a binary file, not a Markdown report; it was skipped", 0));
            return new DecodedText(List.of(), true);
        }
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        String text = decodeUtf8(bytes, start, diagnostics);
        List<String> lines = splitLines(text);
        reportNuls(lines, diagnostics);
        return new DecodedText(lines, false);
    }

    /**
     * Decodes UTF-8, replacing malformed input; the first few places where bytes were replaced are reported
     * with their line and column, then one summary.
     */
    private static String decodeUtf8(byte[] bytes, int start, List<Diagnostic> diagnostics) {
        // Fast path: the JDK's decoder replaces malformed input with U+FFFD; without one in the result, the
        // bytes were valid (a report that writes U+FFFD itself takes the slow path, which gives the same text).
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length - start));
        int line = 1;
        int column = 1;
        int reported = 0;
        int invalid = 0;
        int scanned = 0; // chars of out already scanned for line/column
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            for (; scanned < out.position(); scanned++) {
                char c = out.get(scanned);
                if (c == '\n' || (c == '\r' && (scanned + 1 >= out.position() || out.get(scanned + 1) != '\n'))) {
                    line++;
                    column = 1;
                } else if (c != '\r') {
                    column++;
                }
            }
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            // malformed or unmappable: replace and go on
            invalid++;
            if (reported < 5) {
                diagnostics.add(new Diagnostic(Severity.WARNING, "text.invalid-utf8",
                        "invalid UTF-8 bytes were replaced by U+FFFD", line, column));
                reported++;
            }
            in.position(in.position() + result.length());
            if (out.remaining() < 1) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
                out.flip();
                bigger.put(out);
                out = bigger;
            }
            out.put('\uFFFD');
            scanned++;
            column++;
        }
        decoder.flush(out);
        if (invalid > reported) {
            diagnostics.add(Diagnostic.warning("text.invalid-utf8",
                    invalid + " places with invalid UTF-8 bytes in all; the first " + reported + " are reported", 0));
        }
        out.flip();
        return out.toString();
    }

    /** Splits on LF, CRLF and lone CR. A final line terminator does not start a new line. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int begin = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(begin, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                begin = i + 1;
            }
        }
        if (begin < n) {
            lines.add(text.substring(begin));
        }
        return lines;
    }

    /** Removes NUL characters; the first place is reported. */
    private static void reportNuls(List<String> lines, List<Diagnostic> diagnostics) {
        boolean reported = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = line.indexOf('\0');
            if (at >= 0) {
                if (!reported) {
                    diagnostics.add(new Diagnostic(Severity.WARNING, "text.nul",
                            "NUL characters in the text were removed", i + 1, at + 1));
                    reported = true;
                }
                lines.set(i, line.replace("\0", ""));
            }
        }
    }

    /**
     * A file is binary when its first bytes hold more than a few NULs, when NULs make up a quarter of a short
     * file (UTF-16 text is half NULs), or when many of its bytes are control bytes that text never has. A few
     * stray NULs in a text file, however short, are only reported.
     */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        if (n == 0) {
            return false;
        }
        int nul = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nul++;
            } else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return nul > 8 || (nul > 1 && nul * 4 >= n) || control * 10 > n;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
