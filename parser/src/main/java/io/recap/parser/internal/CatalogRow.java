package io.recap.parser.internal;

import java.util.List;

/**
 * One row of a catalog file as written, before layers are merged: an entry to add, or changes to an entry a
 * lower layer defines.
 *
 * @param source       where the row comes from, for error messages: "file:" or "file: entry "
 * @param line         the row's line in the file, or its position in the file's list
 * @param id           the entry's stable id
 * @param name         the official name, or {@code null} to keep the lower layer's
 * @param abbreviation the short form, or {@code null} to keep the lower layer's
 * @param category     the category, or {@code null} to keep the lower layer's
 * @param ambiguous    whether the unprefixed abbreviation is also an ordinary word
 * @param drop         whether the row removes the entry
 * @param foldInto     the id of the entry this one is folded into (its spellings become that entry's), or
 *                     {@code null}
 * @param lookupOnly   whether the entry is found only by lookup, never detected in text
 * @param aliases      spellings as written: {@code ?X} marks an ambiguous spelling, {@code =X} one that counts only
 *                     in exactly this capitalisation, {@code -X} removes one
 */
public record CatalogRow(String source, int line, String id, String name, String abbreviation, String category,
                         boolean ambiguous, boolean drop, String foldInto, boolean lookupOnly, List<String> aliases) {

    /** Copies the aliases. */
    public CatalogRow {
        aliases = List.copyOf(aliases);
    }

    /** "file:line" or "file: entry N", for error messages. */
    public String origin() {
        return source + line;
    }

    /** Whether {@code id} is lower-case letters, digits, '.', '_' or '-', starting with a letter or digit. */
    public static boolean isValidId(String id) {
        if (id == null || id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (i > 0 && (c == '.' || c == '_' || c == '-'));
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
