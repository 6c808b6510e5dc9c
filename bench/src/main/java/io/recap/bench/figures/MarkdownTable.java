package io.recap.bench.figures;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table built row by row, printed as BENCHMARKS.md shows figures. */
public final class MarkdownTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these column names. */
    public MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row (as many cells as columns). */
    public MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells");
        }
        rows.add(List.of(cells));
        return this;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append("| ").append(String.join(" | ", header)).append(" |\n|");
        b.append("---|".repeat(header.size())).append('\n');
        for (List<String> r : rows) {
            b.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return b.toString();
    }
}
