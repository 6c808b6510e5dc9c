package io.recap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An aligned text table that fits a terminal width: columns shrink from the widest, long cells end with
 * "…". A row may carry a note printed indented on the line below it (a snippet).
 */
final class Table {

    private static final int DEFAULT_WIDTH = 100;
    private static final int MIN_COLUMN = 4;

    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Table(String... headers) {
        this.headers = headers;
    }

    void row(String... cells) {
        String[] r = new String[headers.length];
        for (int i = 0; i < headers.length; i++) {
            r[i] = i < cells.length && cells[i] != null ? cells[i].replaceAll("\\s+", " ").strip() : "";
        }
        rows.add(r);
        notes.add(null);
    }

    void note(String text) {
        notes.set(notes.size() - 1, text);
    }

    /** The terminal width from {@code COLUMNS}, else a default. */
    static int width(Map<String, String> env) {
        try {
            int w = Integer.parseInt(env.getOrDefault("COLUMNS", ""));
            return w >= 20 ? w : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    void print(PrintWriter out, int width) {
        int[] w = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            w[i] = headers[i].length();
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].codePointCount(0, r[i].length()));
            }
        }
        int sep = 2 * (headers.length - 1);
        while (Arrays.stream(w).sum() + sep > width) {
            int widest = 0;
            for (int i = 1; i < w.length; i++) {
                if (w[i] > w[widest]) {
                    widest = i;
                }
            }
            if (w[widest] <= MIN_COLUMN) {
                break;
            }
            w[widest]--;
        }
        line(out, headers, w);
        for (int k = 0; k < rows.size(); k++) {
            line(out, rows.get(k), w);
            String note = notes.get(k);
            if (note != null && !note.isBlank()) {
                out.println("    " + fit(note, Math.max(MIN_COLUMN, width - 4)));
            }
        }
    }

    private static void line(PrintWriter out, String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = fit(cells[i], w[i]);
            sb.append(c);
            if (i < cells.length - 1) {
                sb.append(" ".repeat(w[i] - c.codePointCount(0, c.length()) + 2));
            }
        }
        out.println(sb.toString().stripTrailing());
    }

    /** {@code s} cut to {@code width} code points, ending with "…" when cut. */
    static String fit(String s, int width) {
        int n = s.codePointCount(0, s.length());
        if (n <= width) {
            return s;
        }
        int end = s.offsetByCodePoints(0, Math.max(0, width - 1));
        return s.substring(0, end) + "…";
    }
}
