package io.recap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text table for people: a bold header line, columns two spaces apart, numbers aligned right. When
 * the table is wider than the screen, text columns wrap at word boundaries (never cut: a name or a path can
 * always be read and copied whole), first down to a comfortable width; if that is not enough, columns marked
 * droppable are left out (a dim line says which), then text columns wrap narrower. A row may carry a note
 * printed indented on the line below it (a snippet, its matches marked between {@link #MARK_OPEN} and
 * {@link #MARK_CLOSE}, shown in colour or as «»), cut to the width with "…" as an excerpt is, or wrapped when it
 * lists names ({@link #wrapNotes()}).
 */
final class Table {

    /** Start and end of a marked match in a note (private-use characters no text has). */
    static final char MARK_OPEN = '\uE001';
    static final char MARK_CLOSE = '\uE002';

    /** The width text columns wrap to before any column is left out. */
    static final int COMFORTABLE = 24;
    /** The narrowest a text column wraps to. */
    static final int NARROWEST = 8;
    private static final String GAP = "  ";
    private static final String NOTE_INDENT = "    ";

    /**
     * A column.
     *
     * @param header  its heading
     * @param numeric whether it holds numbers (aligned right, never wrapped)
     * @param drop    0 when it is always shown; else it may be left out when the screen is too narrow, those with
     *                the highest number first
     */
    record Column(String header, boolean numeric, int drop) {

        Column(String header, boolean numeric) {
            this(header, numeric, 0);
        }
    }

    private final List<Column> columns;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean wrapNotes;

    Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Notes wrap (they list names, as {@code show} does) instead of being cut as an excerpt. */
    Table wrapNotes() {
        this.wrapNotes = true;
        return this;
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
        Layout layout = layout(width);
        out.println(style.bold(lines(headers(), layout).get(0)));
        for (int k = 0; k < rows.size(); k++) {
            for (String line : lines(rows.get(k), layout)) {
                out.println(line);
            }
            String note = notes.get(k);
            if (note != null && wrapNotes && width > 0) {
                for (String line : wrap(note, Math.max(NARROWEST, width - NOTE_INDENT.length()))) {
                    out.println(NOTE_INDENT + style.matches(line));
                }
            } else if (note != null) {
                String fitted = width > 0 ? fitMarked(note, Math.max(NARROWEST, width - NOTE_INDENT.length()))
                        : note;
                out.println(NOTE_INDENT + style.matches(fitted));
            }
        }
        if (!layout.dropped.isEmpty()) {
            String said = "(" + String.join(", ", layout.dropped).toLowerCase(java.util.Locale.ROOT)
                    + " not shown at this width)";
            for (String line : width > 0 ? wrap(said, width) : List.of(said)) {
                out.println(style.dim(line));
            }
        }
    }

    /** The widths of the shown columns (0 for a column left out) and the headers of those left out. */
    record Layout(int[] widths, List<String> dropped) {
    }

    /** Column widths: the widest cell of each column, then wrapped, then columns left out, to fit. */
    Layout layout(int width) {
        int n = columns.size();
        int[] natural = new int[n];
        for (int i = 0; i < n; i++) {
            natural[i] = DisplayWidth.of(columns.get(i).header());
            for (String[] r : rows) {
                natural[i] = Math.max(natural[i], DisplayWidth.of(r[i]));
            }
        }
        int[] w = natural.clone();
        List<String> dropped = new ArrayList<>();
        if (width <= 0 || total(w) <= width) {
            return new Layout(w, dropped);
        }
        shrink(w, natural, width, COMFORTABLE);
        while (total(w) > width) {
            int drop = -1;
            for (int i = 0; i < n; i++) {
                int d = columns.get(i).drop();
                if (w[i] > 0 && d > 0 && (drop < 0 || d > columns.get(drop).drop())) {
                    drop = i;
                }
            }
            if (drop < 0) {
                break;
            }
            dropped.add(columns.get(drop).header());
            natural[drop] = 0;
            for (int i = 0; i < n; i++) {
                w[i] = natural[i];
            }
            shrink(w, natural, width, COMFORTABLE);
        }
        shrink(w, natural, width, NARROWEST);
        return new Layout(w, dropped);
    }

    /** Narrows the widest text columns, one column at a time, down to {@code floor} (or their header). */
    private void shrink(int[] w, int[] natural, int width, int floor) {
        while (total(w) > width) {
            int widest = -1;
            for (int i = 0; i < w.length; i++) {
                int min = Math.min(natural[i], Math.max(floor, DisplayWidth.of(columns.get(i).header())));
                if (!columns.get(i).numeric() && w[i] > min && (widest < 0 || w[i] > w[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return;
            }
            w[widest]--;
        }
    }

    private static int total(int[] w) {
        int total = 0;
        int shown = 0;
        for (int x : w) {
            if (x > 0) {
                total += x;
                shown++;
            }
        }
        return total + GAP.length() * Math.max(0, shown - 1);
    }

    private String[] headers() {
        String[] h = new String[columns.size()];
        for (int i = 0; i < h.length; i++) {
            h[i] = columns.get(i).header();
        }
        return h;
    }

    /** A row as lines: each cell wrapped to its column, the other cells padded under it. */
    private List<String> lines(String[] cells, Layout layout) {
        int[] w = layout.widths();
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> parts = w[i] == 0 ? List.of("") : wrap(cells[i], w[i]);
            wrapped.add(parts);
            height = Math.max(height, parts.size());
        }
        int last = -1;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                last = i;
            }
        }
        List<String> out = new ArrayList<>(height);
        for (int k = 0; k < height; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                if (w[i] == 0) {
                    continue;
                }
                List<String> parts = wrapped.get(i);
                String c = k < parts.size() ? parts.get(k) : "";
                if (sb.length() > 0) {
                    sb.append(GAP);
                }
                if (columns.get(i).numeric()) {
                    sb.append(DisplayWidth.padLeft(c, w[i]));
                } else {
                    sb.append(i == last ? c : DisplayWidth.padRight(c, w[i]));
                }
            }
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }

    /** {@code text} in lines of at most {@code width} columns, broken at spaces (a longer word is split). */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (String word : text.split(" ")) {
            int ww = DisplayWidth.of(word);
            if (used > 0 && used + 1 + ww <= width) {
                line.append(' ').append(word);
                used += 1 + ww;
                continue;
            }
            if (used > 0) {
                out.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            while (ww > width) {
                String head = DisplayWidth.take(word, width);
                out.add(head);
                word = word.substring(head.length());
                ww = DisplayWidth.of(word);
            }
            line.append(word);
            used = ww;
        }
        if (used > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /** A note cut to {@code width} with "…", a mark cut open closed again. */
    private static String fitMarked(String note, int width) {
        String fitted = DisplayWidth.fit(note, width);
        if (fitted.lastIndexOf(MARK_OPEN) > fitted.lastIndexOf(MARK_CLOSE)) {
            fitted = fitted + MARK_CLOSE;
        }
        return fitted;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
