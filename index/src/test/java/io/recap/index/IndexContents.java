package io.recap.index;

import io.recap.index.internal.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Everything a committed index holds, read with Lucene directly (below the API under test): every report's
 * content hash and sessions, and any report present more than once.
 *
 * @param reports    path → the report as indexed
 * @param duplicates paths with more than one event document
 * @param orphans    session documents whose report has no event document
 */
record IndexContents(Map<String, GeneratedArchive.Expected> reports, List<String> duplicates, int orphans) {

    static IndexContents read(Path indexDir) throws IOException {
        try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(reader);
            Map<String, String> hashes = new HashMap<>();
            List<String> duplicates = new ArrayList<>();
            for (ScoreDoc sd : s.search(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_EVENT)),
                    Math.max(1, reader.maxDoc())).scoreDocs) {
                Document d = s.storedFields().document(sd.doc, Set.of(Schema.PATH, Schema.HASH));
                if (hashes.put(d.get(Schema.PATH), d.get(Schema.HASH)) != null) {
                    duplicates.add(d.get(Schema.PATH));
                }
            }
            Map<String, Integer> sessions = new HashMap<>();
            for (ScoreDoc sd : s.search(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_SESSION)),
                    Math.max(1, reader.maxDoc())).scoreDocs) {
                sessions.merge(s.storedFields().document(sd.doc, Set.of(Schema.PATH)).get(Schema.PATH), 1,
                        Integer::sum);
            }
            Map<String, GeneratedArchive.Expected> reports = new HashMap<>();
            hashes.forEach((p, h) -> reports.put(p, new GeneratedArchive.Expected(h, sessions.getOrDefault(p, 0))));
            int orphans = 0;
            for (Map.Entry<String, Integer> e : sessions.entrySet()) {
                if (!hashes.containsKey(e.getKey())) {
                    orphans += e.getValue();
                }
            }
            return new IndexContents(reports, duplicates, orphans);
        }
    }
}
