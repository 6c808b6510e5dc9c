package io.recap.solr.internal;

import io.recap.index.internal.Documents;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Turns the Lucene documents recap's local index is written with ({@link Documents#of}, the one place that turns
 * a report into documents) into Solr documents, and Solr's stored fields back into Lucene documents for the
 * code that reads hits. A field of a Lucene document becomes the Solr field of the same name with its value; the
 * doc-values twin of an indexed or stored field (Lucene adds both, Solr's schema declares one field with
 * {@code docValues}) is left out, and a field that is doc values only (the parser's fingerprint, the report's
 * JSON) keeps its value. Stateless.
 */
public final class SolrDocuments {

    private SolrDocuments() {
    }

    /**
     * A file's block ({@link Documents#of}) as Solr documents: in the block's order, but the first document (the
     * one that carries the file's hash) last, so that a push cut short never leaves a file that looks indexed with
     * documents missing (the hash says the file is indexed).
     */
    public static List<SolrInputDocument> of(List<Document> block) {
        List<SolrInputDocument> out = new ArrayList<>(block.size());
        for (int i = 1; i < block.size(); i++) {
            out.add(solr(block.get(i)));
        }
        out.add(solr(block.get(0)));
        return out;
    }

    /** One Lucene document as a Solr document. */
    static SolrInputDocument solr(Document d) {
        Set<String> primary = new HashSet<>();
        for (IndexableField f : d) {
            if (!docValuesOnly(f.fieldType())) {
                primary.add(f.name());
            }
        }
        SolrInputDocument out = new SolrInputDocument();
        for (IndexableField f : d) {
            IndexableFieldType type = f.fieldType();
            if (docValuesOnly(type) && primary.contains(f.name())) {
                continue;
            }
            out.addField(f.name(), value(f));
        }
        return out;
    }

    private static boolean docValuesOnly(IndexableFieldType t) {
        return t.docValuesType() != DocValuesType.NONE && t.indexOptions() == IndexOptions.NONE && !t.stored()
                && t.pointDimensionCount() == 0;
    }

    private static Object value(IndexableField f) {
        IndexableFieldType t = f.fieldType();
        if (t.pointDimensionCount() > 0 || f.numericValue() != null) {
            return f.numericValue();
        }
        if (f.stringValue() != null) {
            return f.stringValue();
        }
        BytesRef b = f.binaryValue();
        if (b != null) {
            if (t.docValuesType() == DocValuesType.SORTED || t.docValuesType() == DocValuesType.SORTED_SET) {
                return b.utf8ToString();
            }
            byte[] copy = new byte[b.length];
            System.arraycopy(b.bytes, b.offset, copy, 0, b.length);
            return copy;
        }
        throw new IllegalArgumentException("a field without a value: " + f.name());
    }

    /**
     * Solr's stored fields of a hit as the Lucene document the local index would have read: strings, ints, longs
     * and bytes as stored fields of the same names.
     */
    public static Document lucene(SolrDocument solr) {
        Document d = new Document();
        for (String name : solr.getFieldNames()) {
            Object value = solr.getFieldValue(name);
            Collection<?> values = value instanceof Collection<?> c ? c : List.of(value);
            for (Object v : values) {
                d.add(stored(name, v));
            }
        }
        return d;
    }

    private static StoredField stored(String name, Object v) {
        if (v instanceof Integer i) {
            return new StoredField(name, i);
        } else if (v instanceof Long l) {
            return new StoredField(name, l);
        } else if (v instanceof byte[] b) {
            return new StoredField(name, b);
        } else if (v instanceof ByteBuffer bb) {
            byte[] b = new byte[bb.remaining()];
            bb.duplicate().get(b);
            return new StoredField(name, b);
        }
        return new StoredField(name, String.valueOf(v));
    }
}
