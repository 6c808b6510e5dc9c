package io.recap.parser.internal;

import io.recap.model.Service;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges catalog rows, layer over layer, into entries. A row whose id is new adds an entry (it needs a name);
 * a row whose id exists changes it: a non-empty name, abbreviation or category replaces the old one (the old
 * name and abbreviation stay as aliases), aliases are added ({@code ?X} ambiguous, {@code =X} exact case),
 * {@code -X} removes alias X, {@code lookup-only} keeps the entry out of detection, {@code drop} removes it.
 * {@code fold=T} folds the entry into entry T after all rows are read: its name, abbreviation and aliases
 * become aliases of T and the entry disappears. This is how the curated layer sits on the generated one
 * without copying it.
 */
public final class CatalogLayers {

    private CatalogLayers() {
    }

    /** A mutable entry while layers are applied. */
    private static final class Draft {
        final String id;
        String name;
        String abbreviation;
        String category;
        boolean abbreviationAmbiguous;
        boolean lookupOnly;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> ambiguous = new LinkedHashSet<>();
        final Set<String> exact = new LinkedHashSet<>();

        Draft(String id) {
            this.id = id;
        }

        void addAlias(String raw) {
            if (raw.startsWith("?")) {
                String a = raw.substring(1).trim();
                aliases.add(a);
                ambiguous.add(a);
            } else if (raw.startsWith("=")) {
                String a = raw.substring(1).trim();
                aliases.add(a);
                exact.add(a);
            } else if (raw.startsWith("-")) {
                String a = raw.substring(1).trim();
                aliases.remove(a);
                ambiguous.remove(a);
                exact.remove(a);
            } else {
                aliases.add(raw);
            }
        }
    }

    /** Merges {@code layers} in order (later layers change earlier ones) into entries sorted by id. */
    public static List<CatalogEntry> merge(List<List<CatalogRow>> layers) throws IOException {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<String, CatalogRow> folds = new LinkedHashMap<>();
        for (List<CatalogRow> layer : layers) {
            for (CatalogRow row : layer) {
                apply(row, drafts, folds);
            }
        }
        for (Map.Entry<String, CatalogRow> f : folds.entrySet()) {
            Draft from = drafts.remove(f.getKey());
            if (from == null) {
                continue; // dropped after it was folded: nothing left to fold
            }
            String target = f.getValue().foldInto();
            Draft into = drafts.get(target);
            if (into == null) {
                throw new IOException(f.getValue().origin() + ": cannot fold " + f.getKey() + " into unknown or"
                        + " folded entry " + target);
            }
            into.aliases.add(from.name);
            if (from.abbreviation != null) {
                into.aliases.add(from.abbreviation);
                if (from.abbreviationAmbiguous) {
                    into.ambiguous.add(from.abbreviation);
                }
            }
            into.aliases.addAll(from.aliases);
            into.ambiguous.addAll(from.ambiguous);
            into.exact.addAll(from.exact);
        }
        List<String> ids = new ArrayList<>(drafts.keySet());
        Collections.sort(ids);
        List<CatalogEntry> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(entry(drafts.get(id)));
        }
        return out;
    }

    private static void apply(CatalogRow row, Map<String, Draft> drafts, Map<String, CatalogRow> folds)
            throws IOException {
        if (!CatalogRow.isValidId(row.id())) {
            throw new IOException(row.origin() + ": the id \"" + row.id() + "\" must be lower-case letters, digits,"
                    + " '.', '_' or '-'");
        }
        Draft d = drafts.get(row.id());
        if (row.drop()) {
            if (d == null) {
                throw new IOException(row.origin() + ": cannot drop unknown entry " + row.id());
            }
            drafts.remove(row.id());
            return;
        }
        if (d == null) {
            if (row.name() == null) {
                throw new IOException(row.origin() + ": new entry " + row.id() + " needs a name");
            }
            d = new Draft(row.id());
            drafts.put(row.id(), d);
        }
        if (row.name() != null) {
            if (d.name != null && !d.name.equals(row.name())) {
                d.aliases.add(d.name);
            }
            d.name = row.name();
        }
        if (row.abbreviation() != null) {
            if (d.abbreviation != null && !d.abbreviation.equals(row.abbreviation())) {
                d.aliases.add(d.abbreviation);
                if (d.abbreviationAmbiguous) {
                    d.ambiguous.add(d.abbreviation);
                }
            }
            d.abbreviation = row.abbreviation();
        }
        if (row.category() != null) {
            d.category = row.category();
        }
        d.abbreviationAmbiguous |= row.ambiguous();
        d.lookupOnly |= row.lookupOnly();
        for (String a : row.aliases()) {
            d.addAlias(a);
        }
        if (row.foldInto() != null) {
            folds.put(row.id(), row);
        }
    }

    private static CatalogEntry entry(Draft d) {
        Set<String> all = new LinkedHashSet<>();
        all.add(d.name);
        if (d.abbreviation != null) {
            all.add(d.abbreviation);
        }
        all.addAll(d.aliases);
        Set<String> ambiguous = new LinkedHashSet<>(d.ambiguous);
        if (d.abbreviationAmbiguous && d.abbreviation != null) {
            ambiguous.add(d.abbreviation);
        }
        ambiguous.retainAll(all);
        Set<String> exact = new LinkedHashSet<>(d.exact);
        exact.retainAll(all);
        return new CatalogEntry(new Service(d.id, d.name, d.abbreviation, d.category), new ArrayList<>(all),
                ambiguous, exact, d.lookupOnly);
    }
}
