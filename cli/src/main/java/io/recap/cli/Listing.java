package io.recap.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rows a listing command found, in a form every {@link OutputFormat} can print: each row has its cells
 * (for table, csv and tsv), its JSON object (for json and ndjson: plain maps, lists, strings and numbers) and
 * the path of its report (for paths). Printed by {@link ListingPrinter}.
 */
final class Listing {

    /**
     * A column.
     *
     * @param key     the name in csv and tsv header lines (lower case, no spaces)
     * @param header  the heading of the table column
     * @param numeric whether it holds numbers (aligned right in a table)
     * @param inTable whether a table shows it (csv and tsv show every column)
     * @param drop    0 when a table always shows it; else it may be left out of a narrow table (see
     *                {@link Table.Column#drop()})
     */
    record Column(String key, String header, boolean numeric, boolean inTable, int drop) {

        Column(String key, String header, boolean numeric, boolean inTable) {
            this(key, header, numeric, inTable, 0);
        }

        /** A text column. */
        static Column text(String key, String header) {
            return new Column(key, header, false, true);
        }

        /** A number column. */
        static Column number(String key, String header) {
            return new Column(key, header, true, true);
        }

        /** A column for scripts only (csv, tsv), too wide for a table: a path, a snippet. */
        static Column data(String key) {
            return new Column(key, key.toUpperCase(java.util.Locale.ROOT), false, false);
        }

        /** This column, left out of a table too narrow for it ({@code order}: higher goes first). */
        Column droppable(int order) {
            return new Column(key, header, numeric, inTable, order);
        }
    }

    /**
     * A row.
     *
     * @param cells one text per column, {@code null} for none
     * @param json  the row as JSON
     * @param path  the report it comes from, or {@code null}
     * @param note  a line shown under the row in a table (a snippet, its matches between
     *              {@link Table#MARK_OPEN} and {@link Table#MARK_CLOSE}), or {@code null}
     */
    record Row(List<String> cells, Map<String, Object> json, String path, String note) {
    }

    private final List<Column> columns;
    private final List<Row> rows = new ArrayList<>();
    private Function<List<Map<String, Object>>, Object> envelope = list -> list;

    Listing(Column... columns) {
        this.columns = List.of(columns);
    }

    List<Column> columns() {
        return columns;
    }

    List<Row> rows() {
        return rows;
    }

    /** Adds a row. */
    Listing add(List<String> cells, Map<String, Object> json, String path, String note) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + columns.size() + " columns");
        }
        rows.add(new Row(new ArrayList<>(cells), json, path, note));
        return this;
    }

    /**
     * What {@code --format json} prints around the rows' objects (default: a JSON array of them): for
     * {@code recap search}, the documented {@code {"query", "total", "hits": […]}}.
     */
    Listing envelope(Function<List<Map<String, Object>>, Object> value) {
        this.envelope = value;
        return this;
    }

    /** The JSON document of {@code --format json}. */
    Object document() {
        List<Map<String, Object>> objects = new ArrayList<>(rows.size());
        for (Row r : rows) {
            objects.add(r.json());
        }
        return envelope.apply(objects);
    }

    /** A JSON object with these keys and values, in order (values may be null). */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
