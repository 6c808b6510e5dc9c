package io.recap.index.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.apache.lucene.util.BytesRef;

/**
 * Text stored deflated: a report's JSON is about 11 KB and shrinks about fivefold, which keeps the index, its
 * merges and the memory they map small. Stateless and thread-safe.
 */
final class CompressedText {

    private CompressedText() {
    }

    /** {@code text} as deflated UTF-8 (the fastest level: indexing time matters more than a few bytes). */
    static BytesRef deflate(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        try {
            d.setInput(in);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 4 + 64);
            byte[] buf = new byte[8192];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return new BytesRef(out.toByteArray());
        } finally {
            d.end();
        }
    }

    /** The text {@link #deflate} stored. */
    static String inflate(BytesRef stored) {
        Inflater i = new Inflater();
        try {
            i.setInput(stored.bytes, stored.offset, stored.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 5);
            byte[] buf = new byte[8192];
            while (!i.finished()) {
                int n = i.inflate(buf);
                if (n == 0 && !i.finished() && (i.needsInput() || i.needsDictionary())) {
                    throw new IllegalStateException("a stored report is truncated; rebuild the index with "
                            + "`recap index --full`");
                }
                out.write(buf, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a stored report is damaged (" + e.getMessage() + "); rebuild the index "
                    + "with `recap index --full`", e);
        } finally {
            i.end();
        }
    }
}
