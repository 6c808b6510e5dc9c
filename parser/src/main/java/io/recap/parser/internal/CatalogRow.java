package io.recap.parser.internal;

import java.util.List;

/**
 * One row of a catalog file as written, before layers are merged: an entry to add, or changes to an entry a
 * lower layer defines.
 *
 * @param origin       file name and line, for error messages
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
public record CatalogRow(String origin, String id, String name, String abbreviation, String category,
                         boolean ambiguous, boolean drop, String foldInto, boolean lookupOnly, List<String> aliases) {

    /** Copies the aliases. */
    public CatalogRow {
        aliases = List.copyOf(aliases);
    }
}
