package io.recap.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The events of one commit of the index: every report's {@link GroupFacts} read back and grouped by
 * {@link EventGrouper}, and the languages of each report's twins. Computed once per commit, when first asked
 * ({@link IndexSnapshot#events()}), from what each report's document holds: an index run stores facts, never
 * group ids, so that an incremental run that adds, changes or deletes one report regroups every event it touches
 * (a new report can join two groups, or a changed date split one) without rewriting any other report's documents.
 * Immutable.
 *
 * @param grouping the events
 */
record ArchiveEvents(EventGrouper.Grouping grouping) {

    /** Reads and groups the reports of {@code s}. */
    static ArchiveEvents of(IndexSnapshot s) throws IOException {
        List<GroupFacts> facts = new ArrayList<>();
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            BinaryDocValues values = leaf.reader().getBinaryDocValues(Schema.GROUP_FACTS);
            if (values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            FixedBitSet events = s.eventDocs(leaf);
            for (int doc = values.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live != null && !live.get(doc) || !events.get(doc)) {
                    continue;
                }
                GroupFacts f = GroupFacts.decode(CompressedText.inflate(values.binaryValue()));
                facts.add(f);
            }
        }
        return new ArchiveEvents(new EventGrouper(EventNames.builtIn()).group(facts));
    }
}
