package io.recap.index.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.packed.PackedInts;

/**
 * A searcher over one commit of the index, with what searches over that commit share: the commit's user data,
 * facet ordinals, and where each segment's event documents are. Thread-safe.
 */
public final class IndexSnapshot extends IndexSearcher {

    private final Map<String, String> userData;
    private final Map<String, Optional<StringDocValuesReaderState>> facetStates = new ConcurrentHashMap<>();
    private final AtomicReferenceArray<FixedBitSet> eventDocs;

    private final Map<String, OrdinalMap> ordinalMaps = new ConcurrentHashMap<>();
    private final Map<String, FacetTable> facetTables = new ConcurrentHashMap<>();
    private final AtomicInteger facetedSearches = new AtomicInteger();

    private volatile ArchiveEvents events;
    private volatile Map<String, Set<String>> twins;

    IndexSnapshot(DirectoryReader reader) throws IOException {
        super(reader);
        this.userData = Map.copyOf(reader.getIndexCommit().getUserData());
        this.eventDocs = new AtomicReferenceArray<>(reader.leaves().size());
    }

    /** The events of this commit: its reports grouped, computed once when first asked. */
    ArchiveEvents events() throws IOException {
        ArchiveEvents e = events;
        if (e == null) {
            synchronized (this) {
                e = events;
                if (e == null) {
                    e = ArchiveEvents.of(this);
                    events = e;
                }
            }
        }
        return e;
    }

    /**
     * By twin key ({@link GroupFacts#twinKey()}), the languages of the report's pages: read once from the event
     * documents' doc values.
     */
    Map<String, Set<String>> twinLanguages() throws IOException {
        Map<String, Set<String>> t = twins;
        if (t == null) {
            synchronized (this) {
                t = twins;
                if (t == null) {
                    Map<String, Set<String>> out = new HashMap<>();
                    for (LeafReaderContext leaf : getIndexReader().leaves()) {
                        FixedBitSet events = eventDocs(leaf);
                        Bits live = leaf.reader().getLiveDocs();
                        SortedDocValues files = leaf.reader().getSortedDocValues(Schema.FILE);
                        SortedDocValues paths = leaf.reader().getSortedDocValues(Schema.PATH);
                        SortedDocValues langs = leaf.reader().getSortedDocValues(Schema.onEvent(Schema.LANG));
                        if (files == null || paths == null || langs == null) {
                            continue;
                        }
                        for (int d = langs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = langs.nextDoc()) {
                            if (!events.get(d) || live != null && !live.get(d) || !files.advanceExact(d)
                                    || !paths.advanceExact(d)) {
                                continue;
                            }
                            String key = twinKey(files.lookupOrd(files.ordValue()).utf8ToString(),
                                    paths.lookupOrd(paths.ordValue()).utf8ToString());
                            out.computeIfAbsent(key, k -> new TreeSet<>())
                                    .add(langs.lookupOrd(langs.ordValue()).utf8ToString());
                        }
                    }
                    t = Map.copyOf(out);
                    twins = t;
                }
            }
        }
        return t;
    }

    /** What a report's language twins share: its file's {@code Twins.key}, and its {@code #n} on a page of events. */
    static String twinKey(String file, String path) {
        int hash = path.lastIndexOf('#');
        String suffix = hash > 0 && path.substring(hash + 1).matches("\\d+") ? path.substring(hash) : "";
        return io.recap.parser.Twins.key(file) + suffix;
    }

    /** The commit's user data. */
    public Map<String, String> userData() {
        return userData;
    }

    /**
     * How many top hits to collect for {@code offset + limit} wanted: never more than the documents there are,
     * so a huge {@code --limit} costs no memory (Lucene's collectors allocate their queue up front).
     */
    int topN(int offset, int limit) {
        return (int) Math.max(1, Math.min((long) offset + limit, getIndexReader().maxDoc()));
    }

    /**
     * The facet state of a doc-values field, built once per snapshot; {@code null} when no document has the
     * field.
     */
    StringDocValuesReaderState facetState(String field) {
        return facetStates.computeIfAbsent(field, f -> {
            if (!hasDocValues(f)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new StringDocValuesReaderState(getIndexReader(), f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }

    /**
     * The map from each segment's ordinals of the sorted doc-values field {@code field} to ordinals over the whole
     * commit (in the values' order), built once per snapshot; {@code null} when the commit has at most one segment
     * (a segment's ordinals are then the commit's).
     */
    OrdinalMap ordinalMap(String field) {
        if (getIndexReader().leaves().size() <= 1) {
            return null;
        }
        return ordinalMaps.computeIfAbsent(field, f -> {
            try {
                List<LeafReaderContext> leaves = getIndexReader().leaves();
                SortedDocValues[] values = new SortedDocValues[leaves.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = DocValues.getSorted(leaves.get(i).reader(), f);
                }
                return OrdinalMap.build(null, values, PackedInts.DEFAULT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Counts a faceted search over this snapshot and says whether its facets should be counted from
     * {@link #facetTable}s: from the second on. A searcher asked once (one {@code recap search --facets}) counts from
     * doc values and does not read whole fields; one that answers many (the web page, a library user) reads each
     * facet's field once.
     */
    boolean facetTablesPay() {
        return facetedSearches.incrementAndGet() >= 2;
    }

    /**
     * The values of the doc-values field {@code field} of every document, read once per snapshot; {@code null} when
     * no document has the field.
     */
    FacetTable facetTable(String field, boolean multiValued) {
        if (!hasDocValues(field)) {
            return null;
        }
        return facetTables.computeIfAbsent(field, f -> {
            try {
                return FacetTable.of(getIndexReader(), f, multiValued);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private boolean hasDocValues(String field) {
        FieldInfos infos = FieldInfos.getMergedFieldInfos(getIndexReader());
        FieldInfo fi = infos.fieldInfo(field);
        return fi != null && fi.getDocValuesType() != org.apache.lucene.index.DocValuesType.NONE;
    }

    /**
     * The event documents of a segment (deleted ones included). A session's event is the nearest event document
     * before it: a report's documents are written as one block, event first.
     */
    FixedBitSet eventDocs(LeafReaderContext leaf) throws IOException {
        FixedBitSet bits = eventDocs.get(leaf.ord);
        if (bits == null) {
            bits = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
            PostingsEnum postings = leaf.reader().postings(new Term(Schema.TYPE, Schema.TYPE_EVENT),
                    PostingsEnum.NONE);
            if (postings != null) {
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    bits.set(d);
                }
            }
            eventDocs.set(leaf.ord, bits);
        }
        return bits;
    }
}
