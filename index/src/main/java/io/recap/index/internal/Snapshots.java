package io.recap.index.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/** Makes an {@link IndexSnapshot} of each commit a reader opens, after checking its schema version. */
public final class Snapshots extends SearcherFactory {

    private final Path location;

    /** A factory for the index at {@code location} (named in errors). */
    public Snapshots(Path location) {
        this.location = location;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
        DirectoryReader dr = (DirectoryReader) reader;
        IndexFiles.checkVersion(location, dr.getIndexCommit().getUserData());
        return new IndexSnapshot(dr);
    }
}
