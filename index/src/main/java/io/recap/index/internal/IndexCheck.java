package io.recap.index.internal;

import io.recap.index.IndexException;
import io.recap.index.IndexHealth;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NIOFSDirectory;

/** Checks an index's files with Lucene's {@link CheckIndex}, and its schema version. Changes nothing. */
public final class IndexCheck {

    private IndexCheck() {
    }

    /**
     * Checks the index at {@code location}.
     *
     * @throws IndexException MISSING when there is no index, LOCKED while another process writes it,
     *                        UNREADABLE when the folder is not a recap index or cannot be read
     */
    public static IndexHealth run(Path location) throws IndexException {
        long started = System.nanoTime();
        if (!Files.isDirectory(location)) {
            throw new IndexException(IndexException.Reason.MISSING, location, "no index at " + location, null);
        }
        try {
            Path foreign = IndexDamage.foreignEntry(location);
            if (foreign != null) {
                throw IndexFiles.notAnIndex(location, foreign);
            }
        } catch (IOException e) {
            throw IndexDamage.diagnose(location, e);
        }
        try (Directory dir = new NIOFSDirectory(location)) {
            List<String> problems = new ArrayList<>();
            if (!DirectoryReader.indexExists(dir)) {
                if (!IndexDamage.hasSegmentFiles(dir)) {
                    throw new IndexException(IndexException.Reason.MISSING, location, "no index at " + location,
                            null);
                }
                problems.add("it holds index files but no commit point (segments_N is missing)");
                return new IndexHealth(location, false, 0, 0, problems, "", seconds(started));
            }
            try {
                SegmentInfos.readLatestCommit(dir);
            } catch (IOException | RuntimeException e) {
                problems.add("its commit point cannot be read: " + IndexDamage.describe(location, e));
            }
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            CheckIndex.Status status;
            try (CheckIndex checker = new CheckIndex(dir);
                 PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
                checker.setInfoStream(out, false);
                status = checker.checkIndex();
            } catch (LockObtainFailedException e) {
                throw IndexFiles.locked(location, e);
            }
            String details = log.toString(StandardCharsets.UTF_8);
            long documents = 0;
            if (status.segmentInfos != null) {
                for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
                    documents += segment.maxDoc;
                    if (segment.error != null) {
                        problems.add("segment " + segment.name + " (" + segment.maxDoc + " documents): "
                                + IndexDamage.describe(location, segment.error));
                    }
                }
            }
            if (status.missingSegments && problems.isEmpty()) {
                problems.add("its commit point cannot be read");
            }
            if (!status.clean && problems.isEmpty()) {
                problems.add("Lucene's CheckIndex found problems (run with --verbose for its report)");
            }
            if (status.userData != null && !status.missingSegments) {
                String version = status.userData.get(Schema.VERSION_KEY);
                if (!Integer.toString(Schema.VERSION).equals(version)) {
                    problems.add("it was written with " + (version == null ? "an unknown program"
                            : "schema version " + version) + " and this recap reads schema version "
                            + Schema.VERSION);
                }
            }
            return new IndexHealth(location, problems.isEmpty(), status.numSegments, documents, problems, details,
                    seconds(started));
        } catch (IOException e) {
            throw IndexDamage.diagnose(location, e);
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
