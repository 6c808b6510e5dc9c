package io.recap.index.internal;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of one snapshot whose ids (over the whole commit) are set in a bit set: a query computed for one
 * search (never cached, equal only to itself), so that a set found in a first pass filters the second.
 */
final class DocSetQuery extends Query {

    private final FixedBitSet docs;

    /** {@code docs} holds the commit-wide ids of the documents to match; it is not copied. */
    DocSetQuery(FixedBitSet docs) {
        this.docs = docs;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext leaf) {
                int base = leaf.docBase;
                int end = Math.min(docs.length(), base + leaf.reader().maxDoc());
                if (base >= end || docs.nextSetBit(base) >= end) {
                    return null;
                }
                return new ConstantScoreScorer(this, score(), scoreMode, new Range(docs, base, end));
            }

            @Override
            public boolean isCacheable(LeafReaderContext leaf) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "DocSetQuery(" + docs.cardinality() + " docs)";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The set bits of {@code [base, end)} as a segment's document ids. */
    private static final class Range extends DocIdSetIterator {
        private final FixedBitSet bits;
        private final int base;
        private final int end;
        private int doc = -1;

        Range(FixedBitSet bits, int base, int end) {
            this.bits = bits;
            this.base = base;
            this.end = end;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            int global = base + target;
            int next = global >= end ? DocIdSetIterator.NO_MORE_DOCS : bits.nextSetBit(global);
            doc = next == DocIdSetIterator.NO_MORE_DOCS || next >= end ? NO_MORE_DOCS : next - base;
            return doc;
        }

        @Override
        public long cost() {
            return end - base;
        }
    }
}
