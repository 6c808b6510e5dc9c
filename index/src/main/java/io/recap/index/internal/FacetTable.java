package io.recap.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The values of one string doc-values field of every document of a commit, read once into arrays so that counting
 * the values of a search's matches is an array walk: what a searcher that answers many faceted searches (the web
 * page, a library user) keeps per commit. Values are numbered over the whole commit ({@link #label}). Immutable.
 */
final class FacetTable {

    private final String[] labels;
    /** Per segment: for a single-valued field, document → value number or −1; for a multi-valued one, the values. */
    private final int[][] values;
    /** Per segment, for a multi-valued field: document → its first entry in {@link #values}; {@code null} else. */
    private final int[][] starts;

    private FacetTable(String[] labels, int[][] values, int[][] starts) {
        this.labels = labels;
        this.values = values;
        this.starts = starts;
    }

    /** Reads {@code field} (sorted or sorted-set doc values) of every document of {@code reader}. */
    static FacetTable of(IndexReader reader, String field, boolean multiValued) throws IOException {
        Map<String, Integer> numbers = new HashMap<>();
        List<String> labels = new ArrayList<>();
        List<LeafReaderContext> leaves = reader.leaves();
        int[][] values = new int[leaves.size()][];
        int[][] starts = multiValued ? new int[leaves.size()][] : null;
        for (LeafReaderContext leaf : leaves) {
            LeafReader r = leaf.reader();
            int maxDoc = r.maxDoc();
            if (multiValued) {
                SortedSetDocValues dv = DocValues.getSortedSet(r, field);
                int[] global = globalNumbers(dv.getValueCount(), ord -> dv.lookupOrd(ord).utf8ToString(), numbers,
                        labels);
                int[] start = new int[maxDoc + 1];
                int[] out = new int[Math.max(16, maxDoc)];
                int n = 0;
                int doc = 0;
                for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
                    while (doc <= d) {
                        start[doc++] = n;
                    }
                    for (int i = 0; i < dv.docValueCount(); i++) {
                        if (n == out.length) {
                            out = Arrays.copyOf(out, n * 2);
                        }
                        out[n++] = global[(int) dv.nextOrd()];
                    }
                }
                while (doc <= maxDoc) {
                    start[doc++] = n;
                }
                values[leaf.ord] = Arrays.copyOf(out, n);
                starts[leaf.ord] = start;
            } else {
                SortedDocValues dv = DocValues.getSorted(r, field);
                int[] global = globalNumbers(dv.getValueCount(), ord -> dv.lookupOrd(ord).utf8ToString(), numbers,
                        labels);
                int[] out = new int[maxDoc];
                Arrays.fill(out, -1);
                for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
                    out[d] = global[dv.ordValue()];
                }
                values[leaf.ord] = out;
            }
        }
        return new FacetTable(labels.toArray(String[]::new), values, starts);
    }

    /** A segment's value ordinals → numbers over the commit, numbering values not seen before. */
    private static int[] globalNumbers(long count, OrdLabel label, Map<String, Integer> numbers, List<String> labels)
            throws IOException {
        int[] global = new int[(int) count];
        for (int ord = 0; ord < count; ord++) {
            String value = label.of(ord);
            Integer n = numbers.get(value);
            if (n == null) {
                n = labels.size();
                numbers.put(value, n);
                labels.add(value);
            }
            global[ord] = n;
        }
        return global;
    }

    @FunctionalInterface
    private interface OrdLabel {
        String of(int ord) throws IOException;
    }

    /** How many of the documents {@code fc} collected have each value (indexed by value number). */
    long[] count(FacetsCollector fc) throws IOException {
        long[] counts = new long[labels.length];
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            if (md.totalHits == 0 || md.bits == null) {
                continue;
            }
            int[] v = values[md.context.ord];
            DocIdSetIterator docs = md.bits.iterator();
            if (starts == null) {
                for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                    int n = v[d];
                    if (n >= 0) {
                        counts[n]++;
                    }
                }
            } else {
                int[] start = starts[md.context.ord];
                for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                    for (int i = start[d], end = start[d + 1]; i < end; i++) {
                        counts[v[i]]++;
                    }
                }
            }
        }
        return counts;
    }

    /** The value numbered {@code n}. */
    String label(int n) {
        return labels[n];
    }
}
