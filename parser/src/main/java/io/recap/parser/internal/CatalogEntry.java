package io.recap.parser.internal;

import io.recap.model.Service;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A catalog entry: the service and every spelling that names it, with the spellings that are also ordinary
 * words ("Glue", "Config", "Shield") and so count only with a signal (an "AWS"/"Amazon" prefix, a list of
 * other services, or an unambiguous mention of the same service elsewhere in the report).
 *
 * @param service    the public service record
 * @param aliases    every spelling that names the service, name and abbreviation first
 * @param ambiguous  the aliases that are also ordinary words
 * @param exactCase  the aliases that count only in exactly the catalog's capitalisation ("WorkSpaces", not
 *                   "Workspaces")
 * @param lookupOnly whether the service is found only by name lookup, never detected in text (its names are
 *                   ordinary phrases: "Amazon Machine Learning")
 */
public record CatalogEntry(Service service, List<String> aliases, Set<String> ambiguous, Set<String> exactCase,
                           boolean lookupOnly) {

    /** Validates and copies. */
    public CatalogEntry {
        Objects.requireNonNull(service, "service");
        aliases = List.copyOf(aliases);
        ambiguous = Set.copyOf(ambiguous);
        exactCase = Set.copyOf(exactCase);
    }

    /** The entry's id. */
    public String id() {
        return service.id();
    }

    /** Whether {@code alias}, written without a vendor prefix, needs a signal to count. */
    public boolean isAmbiguous(String alias) {
        return ambiguous.contains(alias);
    }
}
