package io.recap.parser.internal;

import io.recap.model.Service;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the TAB-separated catalog format of {@code catalog.tsv}. */
public final class CatalogReader {

    private CatalogReader() {
    }

    /** Reads every entry; {@code origin} names the source in error messages. */
    public static List<CatalogEntry> readTsv(Reader reader, String origin) throws IOException {
        List<CatalogEntry> entries = new ArrayList<>();
        BufferedReader r = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2) {
                throw new IOException(origin + ":" + number + ": expected id<TAB>name<TAB>abbreviation<TAB>category"
                        + "<TAB>flags<TAB>aliases");
            }
            String id = cols[0].trim();
            String name = cols[1].trim();
            String abbreviation = col(cols, 2);
            String category = col(cols, 3);
            String flags = col(cols, 4);
            List<String> aliases = new ArrayList<>();
            String aliasCol = col(cols, 5);
            if (aliasCol != null) {
                for (String a : aliasCol.split("\\|")) {
                    if (!a.isBlank()) {
                        aliases.add(a.trim());
                    }
                }
            }
            boolean ambiguous = flags != null && Set.of(flags.split("\\s*,\\s*")).contains("ambiguous");
            entries.add(entry(id, name, abbreviation, category, ambiguous, aliases));
        }
        return entries;
    }

    /** An entry whose aliases include its name and abbreviation. */
    public static CatalogEntry entry(String id, String name, String abbreviation, String category,
                                     boolean ambiguous, List<String> aliases) {
        Set<String> all = new LinkedHashSet<>();
        all.add(name);
        if (abbreviation != null) {
            all.add(abbreviation);
        }
        all.addAll(aliases);
        return new CatalogEntry(new Service(id, name, abbreviation, category), new ArrayList<>(all), ambiguous);
    }

    private static String col(String[] cols, int i) {
        if (i >= cols.length) {
            return null;
        }
        String s = cols[i].trim();
        return s.isEmpty() ? null : s;
    }
}
