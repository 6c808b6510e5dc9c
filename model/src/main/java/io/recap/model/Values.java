package io.recap.model;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The model's normal forms of values: an absent text is {@code null}, never blank. Not API. */
final class Values {

    private static final BigInteger MIN_LONG = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);

    private Values() {
    }

    /** {@code text}, or {@code null} when it is {@code null} or blank. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * The normal form of a number read from front matter, the one JSON gives back: a whole number as an
     * {@code Integer}, {@code Long} or {@code BigInteger}, the smallest that holds it; any other number as a
     * finite {@code Double}; what no JSON number can hold (NaN, the infinities, a decimal beyond the range of a
     * {@code double}) as its text.
     */
    static Object number(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            long v = n.longValue();
            return v == (int) v ? (Object) (int) v : (Object) v;
        }
        if (n instanceof BigInteger b) {
            if (b.compareTo(MIN_LONG) >= 0 && b.compareTo(MAX_LONG) <= 0) {
                return number(b.longValue());
            }
            return b;
        }
        double d = n instanceof Float f ? Double.parseDouble(f.toString()) : n.doubleValue();
        if (Double.isFinite(d)) {
            return d;
        }
        return n instanceof BigDecimal big ? big.toString() : Double.toString(d);
    }
}
