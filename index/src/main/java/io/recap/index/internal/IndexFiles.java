package io.recap.index.internal;

import io.recap.index.IndexException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/** Opening an index directory for writing, and what a commit records about the index. */
public final class IndexFiles {

    private IndexFiles() {
    }

    /**
     * Refuses to write into a directory that holds something other than an index (a typo in {@code --index}
     * must not scatter index files among someone's documents, and a full run that starts afresh must not delete
     * them), or that cannot be created or written.
     */
    public static void checkWritable(Path location) throws IndexException {
        if (Files.exists(location) && !Files.isDirectory(location)) {
            throw new IndexException(IndexException.Reason.UNREADABLE, location, "cannot use " + location
                    + " as the index directory: it is a file; choose a new or empty directory", null);
        }
        try {
            Files.createDirectories(location);
        } catch (AccessDeniedException e) {
            throw new IndexException(IndexException.Reason.UNREADABLE, location, "cannot create the index "
                    + "directory " + location + ": permission denied on " + e.getFile(), e);
        } catch (IOException e) {
            throw new IndexException(IndexException.Reason.UNREADABLE, location, "cannot create the index "
                    + "directory " + location + ": " + Sources.describe(e), e);
        }
        Path foreign;
        try {
            foreign = IndexDamage.foreignEntry(location);
        } catch (IOException e) {
            throw new IndexException(IndexException.Reason.UNREADABLE, location,
                    "cannot read the index directory " + location + ": " + Sources.describe(e), e);
        }
        if (foreign != null) {
            throw notAnIndex(location, foreign);
        }
        if (!Files.isWritable(location)) {
            throw new IndexException(IndexException.Reason.UNREADABLE, location, "cannot write the index at "
                    + location + ": permission denied; check the permissions of the folder", null);
        }
    }

    /** The exception for a directory that holds other files than an index's. */
    static IndexException notAnIndex(Path location, Path foreign) {
        return new IndexException(IndexException.Reason.UNREADABLE, location, location
                + " is not a recap index: it holds other files, such as " + foreign.getFileName()
                + "; choose a new or empty directory", null);
    }

    /** The exception for an index another process is writing. */
    static IndexException locked(Path location, Throwable cause) {
        return new IndexException(IndexException.Reason.LOCKED, location, "the index at " + location
                + " is being written by another process; try again when it is done", cause);
    }

    /**
     * Opens a writer; {@code create} starts an empty index (old readers keep their view until the commit).
     *
     * @throws IndexException LOCKED when another writer (process) holds the index, DAMAGED or INCOMPATIBLE
     *                        when its files cannot be read as an index
     */
    public static IndexWriter openWriter(Path location, Directory dir, IndexWriterConfig config)
            throws IndexException {
        try {
            return new IndexWriter(dir, config);
        } catch (LockObtainFailedException e) {
            throw locked(location, e);
        } catch (IOException | RuntimeException e) {
            throw IndexDamage.diagnose(location, e);
        }
    }

    /** The exception for an index written with another schema. */
    public static IndexException incompatible(Path location, String writtenBy, Throwable cause) {
        return new IndexException(IndexException.Reason.INCOMPATIBLE, location, "the index at " + location
                + " was written by " + writtenBy + " and this recap reads schema version " + Schema.VERSION
                + "; rebuild it with `recap index --full`", cause);
    }

    /** Checks a commit's schema version. */
    public static void checkVersion(Path location, Map<String, String> userData) throws IndexException {
        String version = userData.get(Schema.VERSION_KEY);
        if (!Integer.toString(Schema.VERSION).equals(version)) {
            throw incompatible(location, version == null ? "an unknown program" : "schema version " + version,
                    null);
        }
    }

    /** The user data of a commit made now. */
    public static Map<String, String> commitData() {
        return Map.of(Schema.VERSION_KEY, Integer.toString(Schema.VERSION),
                Schema.COMMITTED_KEY, Instant.now().toString());
    }

    /** How a report was read, as {@link #reportHashes} gives it: its content hash and the parser's fingerprint. */
    public static String readKey(String contentHash, String parser) {
        return contentHash + "/" + parser;
    }

    /**
     * File → {@link #readKey} of every file in the index the reader sees (a report indexed before parsers were
     * recorded has the parser "unknown").
     */
    public static Map<String, String> reportHashes(DirectoryReader reader) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues hashes = leaf.reader().getSortedDocValues(Schema.HASH);
            SortedDocValues paths = leaf.reader().getSortedDocValues(Schema.FILE);
            SortedDocValues parsers = leaf.reader().getSortedDocValues(Schema.PARSER);
            if (hashes == null || paths == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = hashes.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = hashes.nextDoc()) {
                if ((live == null || live.get(doc)) && paths.advanceExact(doc)) {
                    String parser = parsers != null && parsers.advanceExact(doc)
                            ? parsers.lookupOrd(parsers.ordValue()).utf8ToString() : "unknown";
                    out.put(paths.lookupOrd(paths.ordValue()).utf8ToString(),
                            readKey(hashes.lookupOrd(hashes.ordValue()).utf8ToString(), parser));
                }
            }
        }
        return out;
    }

    /** Path → content hash of every report in {@code writer}'s index, as last committed. */
    public static Map<String, String> reportHashes(IndexWriter writer) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return reportHashes(reader);
        }
    }
}
