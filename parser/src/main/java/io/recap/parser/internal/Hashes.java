package io.recap.parser.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of file contents, in lower-case hex. */
public final class Hashes {

    /**
     * A fresh SHA-256 digest that is only ever cloned, never updated: a clone costs less than looking the
     * algorithm up in the providers for every report.
     */
    private static final MessageDigest PROTOTYPE = prototype();

    private Hashes() {
    }

    private static MessageDigest prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            digest = prototype(); // a provider whose digest cannot be cloned: look it up each time
        }
        return HexFormat.of().formatHex(digest.digest(bytes));
    }
}
