package io.recap.parser.internal;

import io.recap.model.Service;
import java.util.List;
import java.util.Objects;

/**
 * A catalog entry: the service, the spellings people write for it, and whether its bare short name is an
 * ordinary word.
 *
 * @param service   the public service record
 * @param aliases   every spelling that names the service, official name and abbreviation included
 * @param ambiguous whether the bare short name also has an everyday meaning ("Shield", "Glue", "Config")
 */
public record CatalogEntry(Service service, List<String> aliases, boolean ambiguous) {

    /** Validates and copies. */
    public CatalogEntry {
        Objects.requireNonNull(service, "service");
        aliases = List.copyOf(aliases);
    }
}
