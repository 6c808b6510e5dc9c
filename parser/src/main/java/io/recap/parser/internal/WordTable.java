package io.recap.parser.internal;

/**
 * The words of the catalog's spellings, each with a small number, looked up straight from a range of a text
 * ignoring case, without creating strings: most words of a report are in no spelling and cost one hash. Built
 * once, then read-only and thread-safe.
 */
final class WordTable {

    /** The number {@link #lookup} returns for a word that is in no spelling. */
    static final int ABSENT = -1;

    private String[] keys = new String[256];
    /**
     * Per slot, its key's mixed hash and number side by side ({@code [2 slot]}, {@code [2 slot + 1]}; the
     * number {@link #ABSENT} in an empty slot): a probe reads one cache line, and a key only when the hash
     * matches.
     */
    private int[] slots = emptySlots(256);
    private int size;

    private static int[] emptySlots(int length) {
        int[] slots = new int[2 * length];
        for (int i = 1; i < slots.length; i += 2) {
            slots[i] = ABSENT;
        }
        return slots;
    }

    /** The number of {@code word} (lower-cased), adding it if it is new. */
    int add(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            sb.append(Character.toLowerCase(word.charAt(k)));
        }
        String w = sb.toString();
        int id = find(w, 0, w.length(), hash(w, 0, w.length()));
        if (id != ABSENT) {
            return id;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        put(w, mix(hash(w, 0, w.length())), size);
        return size++;
    }

    /** Number of distinct words. */
    int size() {
        return size;
    }

    /** The number of the word {@code text[start, end)} ignoring case, whose {@link #hashStep} hash
     * is {@code h}, or {@link #ABSENT}. */
    int find(String text, int start, int end, int h) {
        h = mix(h);
        int mask = keys.length - 1;
        int len = end - start;
        int[] slots = this.slots;
        for (int slot = h & mask; slots[2 * slot + 1] != ABSENT; slot = (slot + 1) & mask) {
            if (slots[2 * slot] == h && keys[slot].length() == len && same(keys[slot], text, start)) {
                return slots[2 * slot + 1];
            }
        }
        return ABSENT;
    }

    private static boolean same(String key, String text, int start) {
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != lower(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(String text, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = hashStep(h, text.charAt(k));
        }
        return h;
    }

    /**
     * The hash of a word so far, {@code h}, extended by its next character {@code c}, ignoring case: callers
     * that read a word character by character hash it on the way (start from 0) and pass it to {@link #find}.
     */
    static int hashStep(int h, char c) {
        return 31 * h + lower(c);
    }

    /** Spreads a hash's high bits into the low ones that pick a slot; stored hashes are mixed. */
    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    /** {@link Character#toLowerCase(char)}, from a table for the common chars. */
    private static char lower(char c) {
        if (c < LOWER.length) {
            return LOWER[c];
        }
        return Character.toLowerCase(c);
    }

    /** {@link Character#toLowerCase(char)} of every char below U+2000 (Latin, Vietnamese); never modified. */
    private static final char[] LOWER = lowerTable();

    private static char[] lowerTable() {
        char[] table = new char[0x2000];
        for (char c = 0; c < table.length; c++) {
            table[c] = Character.toLowerCase(c);
        }
        return table;
    }

    private void put(String key, int h, int id) {
        int mask = keys.length - 1;
        int slot = h & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        slots[2 * slot] = h;
        slots[2 * slot + 1] = id;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new String[oldKeys.length * 2];
        slots = emptySlots(keys.length);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], oldSlots[2 * i], oldSlots[2 * i + 1]);
            }
        }
    }
}
