package io.recap.parser.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the TAB-separated catalog format ({@code catalog-base.tsv}, {@code catalog-curated.tsv}, user
 * {@code .tsv} files). Columns: id, name, abbreviation, category, flags, aliases (|-separated), and an
 * optional source column that is ignored. Lines starting with {@code #} are comments.
 */
public final class CatalogReader {

    private CatalogReader() {
    }

    /** Reads every row; {@code origin} names the source in error messages. */
    public static List<CatalogRow> readTsv(Reader reader, String origin) throws IOException {
        List<CatalogRow> rows = new ArrayList<>();
        BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 14);
        String line;
        String source = origin + ":";
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String id = cols[0].trim();
            if (!CatalogRow.isValidId(id)) {
                throw new IOException(origin + ":" + number + ": expected id<TAB>name<TAB>abbreviation<TAB>category"
                        + "<TAB>flags<TAB>aliases, with a lower-case id; got \"" + id + "\"");
            }
            boolean ambiguous = false;
            boolean drop = false;
            boolean lookupOnly = false;
            String fold = null;
            String flags = col(cols, 4);
            if (flags != null) {
                for (String f : flags.split(",")) {
                    String flag = f.trim();
                    if (flag.equals("ambiguous")) {
                        ambiguous = true;
                    } else if (flag.equals("drop")) {
                        drop = true;
                    } else if (flag.equals("lookup-only")) {
                        lookupOnly = true;
                    } else if (flag.startsWith("fold=") && CatalogRow.isValidId(flag.substring(5))) {
                        fold = flag.substring(5);
                    } else if (!flag.isEmpty()) {
                        throw new IOException(origin + ":" + number + ": unknown flag \"" + flag
                                + "\" (expected ambiguous, lookup-only, drop or fold=<id>)");
                    }
                }
            }
            rows.add(new CatalogRow(source, number, id, col(cols, 1), col(cols, 2), col(cols, 3), ambiguous, drop, fold,
                    lookupOnly, aliases(col(cols, 5))));
        }
        return rows;
    }

    private static List<String> aliases(String column) {
        List<String> out = new ArrayList<>();
        if (column != null) {
            for (String a : column.split("\\|")) {
                if (!a.isBlank()) {
                    out.add(a.trim());
                }
            }
        }
        return out;
    }

    private static String col(String[] cols, int i) {
        if (i >= cols.length) {
            return null;
        }
        String s = cols[i].trim();
        return s.isEmpty() ? null : s;
    }
}
