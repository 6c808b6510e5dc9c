package io.recap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text table for a terminal: a bold header line, columns two spaces apart, numbers aligned right.
 * When the table is wider than the screen, the widest text columns shrink first and long cells end with
 * "…". A row may carry a note printed indented on the line below it (a snippet, with its matches marked).
 */
final class Table {

    private static final int MIN_COLUMN = 4;
    private static final String GAP = "  ";
    private static final String NOTE_INDENT = "    ";

    /** A column: its header, and whether it holds numbers (aligned right, never shrunk). */
    record Column(String header, boolean numeric) {
    }

    private final List<Column> columns;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Adds a row; cells are made one-line (runs of white space become one space); null shows as "-". */
    void row(List<String> cells, String note) {
        String[] r = new String[columns.size()];
        for (int i = 0; i < r.length; i++) {
            String c = i < cells.size() ? cells.get(i) : null;
            r[i] = c == null || c.isBlank() ? "-" : oneLine(c);
        }
        rows.add(r);
        notes.add(note == null || note.isBlank() ? null : oneLine(note));
    }

    /** Prints the table to fit {@code width} columns (0: no limit), styled with {@code style}. */
    void print(PrintWriter out, int width, Style style) {
        int[] w = widths(width);
        out.println(style.bold(line(headers(), w)));
        for (int k = 0; k < rows.size(); k++) {
            out.println(line(rows.get(k), w));
            String note = notes.get(k);
            if (note != null) {
                String fitted = width > 0 ? DisplayWidth.fit(note, Math.max(MIN_COLUMN, width - NOTE_INDENT.length()))
                        : note;
                out.println(NOTE_INDENT + style.matches(fitted));
            }
        }
    }

    private String[] headers() {
        String[] h = new String[columns.size()];
        for (int i = 0; i < h.length; i++) {
            h[i] = columns.get(i).header();
        }
        return h;
    }

    /** Column widths: the widest cell of each column, then the widest text columns shrunk to fit. */
    int[] widths(int width) {
        int n = columns.size();
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = DisplayWidth.of(columns.get(i).header());
            for (String[] r : rows) {
                w[i] = Math.max(w[i], DisplayWidth.of(r[i]));
            }
        }
        if (width <= 0) {
            return w;
        }
        int total = GAP.length() * (n - 1);
        for (int x : w) {
            total += x;
        }
        while (total > width) {
            int widest = -1;
            for (int i = 0; i < n; i++) {
                if (!columns.get(i).numeric() && w[i] > minimum(i) && (widest < 0 || w[i] > w[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break; // nothing left to shrink: the table overflows rather than losing its headers
            }
            w[widest]--;
            total--;
        }
        return w;
    }

    private int minimum(int column) {
        return Math.max(MIN_COLUMN, Math.min(DisplayWidth.of(columns.get(column).header()), 8));
    }

    private String line(String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = DisplayWidth.fit(cells[i], w[i]);
            boolean last = i == cells.length - 1;
            if (columns.get(i).numeric()) {
                sb.append(DisplayWidth.padLeft(c, w[i]));
            } else {
                sb.append(last ? c : DisplayWidth.padRight(c, w[i]));
            }
            if (!last) {
                sb.append(GAP);
            }
        }
        return sb.toString().stripTrailing();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
