package io.recap.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Prints a {@link Listing} in an {@link OutputFormat}. */
final class ListingPrinter {

    private final Output output;
    private final boolean nullSeparated;

    ListingPrinter(Output output) {
        this(output, false);
    }

    /** A printer whose {@code paths} end with NUL rather than a newline when {@code nullSeparated}. */
    ListingPrinter(Output output, boolean nullSeparated) {
        this.output = output;
        this.nullSeparated = nullSeparated;
    }

    /** Prints every row of {@code listing} to stdout in {@code format}. */
    void print(Listing listing, OutputFormat format) {
        switch (format) {
            case table -> table(listing);
            case json -> output.out.println(Json.pretty(listing.document()));
            case ndjson -> listing.rows().forEach(r -> output.out.println(Json.line(r.json())));
            case csv -> separated(listing, ',');
            case tsv -> separated(listing, '\t');
            case paths -> paths(listing);
            default -> throw new IllegalStateException(format.name());
        }
        output.out.flush();
    }

    private void table(Listing listing) {
        List<Listing.Column> columns = listing.columns();
        List<Table.Column> shown = new ArrayList<>();
        for (Listing.Column c : columns) {
            if (c.inTable()) {
                shown.add(new Table.Column(c.header(), c.numeric(), c.drop()));
            }
        }
        Table t = new Table(shown);
        for (Listing.Row r : listing.rows()) {
            List<String> cells = new ArrayList<>(shown.size());
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).inTable()) {
                    cells.add(r.cells().get(i));
                }
            }
            t.row(cells, r.note());
        }
        t.print(output.out, output.width, output.style);
    }

    private void separated(Listing listing, char separator) {
        StringBuilder header = new StringBuilder();
        for (Listing.Column c : listing.columns()) {
            if (header.length() > 0) {
                header.append(separator);
            }
            header.append(c.key());
        }
        output.out.print(header);
        output.out.print(separator == ',' ? "\r\n" : "\n");
        for (Listing.Row r : listing.rows()) {
            output.out.print(separator == ',' ? csvLine(r.cells()) : tsvLine(r.cells()));
        }
    }

    /** One CSV record, RFC 4180: fields with a comma, quote or line break are quoted; lines end with CRLF. */
    static String csvLine(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        return sb.append("\r\n").toString();
    }

    /** One TSV line: backslash, tab, newline and carriage return escaped as \\, \t, \n, \r. */
    static String tsvLine(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            sb.append(c.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
        }
        return sb.append('\n').toString();
    }

    private void paths(Listing listing) {
        Set<String> seen = new LinkedHashSet<>();
        for (Listing.Row r : listing.rows()) {
            if (r.path() != null) {
                seen.add(r.path());
            }
        }
        paths(seen);
    }

    /** Paths, one a line, or each ended with NUL ({@code -0}, for {@code xargs -0}). */
    void paths(Iterable<String> paths) {
        for (String p : paths) {
            output.out.print(p);
            output.out.print(nullSeparated ? '\0' : '\n');
        }
        output.out.flush();
    }
}
