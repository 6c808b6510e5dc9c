package io.recap.index.internal;

import io.recap.index.IndexException;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;

/**
 * What recap knows of a damaged index: which folders are recap's own (holding Lucene's files and nothing
 * else), what an exception met while reading one means for people, and how a full run starts afresh.
 */
public final class IndexDamage {

    /**
     * The files Lucene writes into an index directory: segment files ({@code _0.si}, {@code _0_Lucene90_0.dvd},
     * temporary {@code _0.fdt_1.tmp}…), commit points ({@code segments_N}), a commit in progress
     * ({@code pending_segments_N}) and the write lock.
     */
    private static final Pattern LUCENE_FILE = Pattern.compile("_[a-z0-9]+(?:_[A-Za-z0-9_-]+)?\\.(?:si|cfs|cfe|fnm"
            + "|fdt|fdx|fdm|tvd|tvx|tvm|doc|pos|pay|tim|tip|tmd|psm|dvd|dvm|nvd|nvm|kdd|kdi|kdm|liv|vec|vex|vem|veq"
            + "|vemq|vemf|tmp)|segments(?:_[a-z0-9]+)?|pending_segments_[a-z0-9]+|write\\.lock");
    /** The file a Lucene message names: {@code path="/idx/_0.fdt"} or {@code resource=/idx/_0.doc}. */
    private static final Pattern NAMED_FILE = Pattern.compile("path=\"([^\"]+)\"|resource=([^\\s()]+)");
    /** What every damage message ends with: the one command that repairs the index. */
    public static final String REPAIR = "rebuild it with `recap index --full`";

    private IndexDamage() {
    }

    /** Whether Lucene writes files of this name into an index directory. */
    public static boolean isIndexFile(String name) {
        return LUCENE_FILE.matcher(name).matches();
    }

    /**
     * The first entry of {@code location} that is not an index file (a subdirectory, or a file of another
     * name), or {@code null} when the folder is recap's own (or empty).
     */
    public static Path foreignEntry(Path location) throws IOException {
        try (Stream<Path> entries = Files.list(location)) {
            return entries.filter(p -> !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    || !isIndexFile(p.getFileName().toString())).findFirst().orElse(null);
        }
    }

    /**
     * The {@link IndexException} for an exception met while opening or reading the index at {@code location}:
     * DAMAGED for files that are corrupt, truncated, overwritten or missing; INCOMPATIBLE for a real index of
     * another Lucene version; UNREADABLE for permissions and other I/O errors. Never {@code null}.
     */
    public static IndexException diagnose(Path location, Throwable e) {
        if (e instanceof IndexException ie) {
            return ie;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
                String missing = fileOf(t);
                if (missing != null || t == e) {
                    return damaged(location, missing, "is missing", e);
                }
            }
        }
        String file = fileOf(e);
        if (e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException) {
            if (file != null && !startsWithCodecMagic(location.resolve(file))) {
                return damaged(location, file, "is not an index file (overwritten?)", e);
            }
            return IndexFiles.incompatible(location, "another version of Lucene", e);
        }
        if (e instanceof AccessDeniedException) {
            return new IndexException(IndexException.Reason.UNREADABLE, location, "cannot use the index at "
                    + location + ": permission denied" + (file == null ? "" : " (" + file + ")")
                    + "; check the permissions of the folder and its files", e);
        }
        if (isCorruption(e)) {
            return damaged(location, file, what(location, file, e), e);
        }
        if (e.getCause() != null && e.getCause() != e) {
            IndexException inner = diagnose(location, e.getCause());
            if (inner.reason() != IndexException.Reason.UNREADABLE) {
                return inner;
            }
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new IndexException(IndexException.Reason.UNREADABLE, location, "cannot read the index at "
                + location + ": " + m, e);
    }

    private static boolean isCorruption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CorruptIndexException || t instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    /** How a damaged file is damaged, as far as the exceptions tell. */
    private static String what(Path location, String file, Throwable e) {
        if (file != null) {
            try {
                if (Files.size(location.resolve(file)) == 0) {
                    return "is empty";
                }
            } catch (IOException | RuntimeException ignored) {
                // not on disk: say what the exception says
            }
        }
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EOFException) {
                return "is truncated";
            }
            messages.append(t.getMessage()).append('\n');
        }
        String m = messages.toString();
        if (m.contains("checksum status indeterminate") || m.contains("read past EOF")) {
            return "is truncated";
        }
        if (m.contains("footer mismatch")) {
            return "is truncated or overwritten";
        }
        if (m.contains("header mismatch")) {
            return "is overwritten (it is not the file Lucene wrote)";
        }
        if (m.contains("checksum failed")) {
            return "is corrupt (its checksum does not match its content)";
        }
        return "is corrupt";
    }

    /** Whether {@code dir} holds segment files (an index that lost its commit point, rather than none). */
    public static boolean hasSegmentFiles(Directory dir) throws IOException {
        for (String name : dir.listAll()) {
            if (name.startsWith("_") && isIndexFile(name)) {
                return true;
            }
        }
        return false;
    }

    /** The exception for an index directory holding index files but no commit point. */
    public static IndexException noCommit(Path location) {
        return new IndexException(IndexException.Reason.DAMAGED, location, "the index at " + location
                + " is damaged: it holds index files but no commit point (segments_N is missing); " + REPAIR, null);
    }

    private static IndexException damaged(Path location, String file, String what, Throwable cause) {
        String subject = file == null ? "one of its files" : "its file " + file;
        return new IndexException(IndexException.Reason.DAMAGED, location, "the index at " + location
                + " is damaged: " + subject + " " + what + "; " + REPAIR, cause);
    }

    /**
     * What an exception met while checking a part of the index at {@code location} says, for people: "its file
     * _0.tim is corrupt", "permission denied", or the exception's own message.
     */
    public static String describe(Path location, Throwable e) {
        String m = diagnose(location, e).getMessage();
        int colon = m.indexOf(": ");
        int end = m.lastIndexOf("; ");
        return colon >= 0 && end > colon ? m.substring(colon + 2, end) : m;
    }

    /** The name of the index file an exception names, or {@code null}. */
    static String fileOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NoSuchFileException nsf && nsf.getFile() != null) {
                return Path.of(nsf.getFile()).getFileName().toString();
            }
            if (t instanceof CorruptIndexException cie && cie.getResourceDescription() != null) {
                String f = named(cie.getResourceDescription());
                if (f != null) {
                    return f;
                }
            }
            if (t.getMessage() != null) {
                String f = named(t.getMessage());
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static String named(String text) {
        Matcher m = NAMED_FILE.matcher(text);
        String last = null;
        while (m.find()) {
            String p = m.group(1) != null ? m.group(1) : m.group(2);
            String name = p.substring(p.lastIndexOf('/') + 1);
            if (isIndexFile(name)) {
                last = name;
            }
        }
        if (last == null && text.startsWith("/")) {
            String name = text.substring(text.lastIndexOf('/') + 1).strip();
            return isIndexFile(name) ? name : null;
        }
        return last;
    }

    private static boolean startsWithCodecMagic(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && ((b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF))
                    == CodecUtil.CODEC_MAGIC;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Deletes every index file of a damaged index so that a full run can start afresh, holding the write lock
     * while it does (another writer makes it fail with LOCKED). Refuses a folder that is not recap's own.
     *
     * @return the names of the files deleted
     */
    public static List<String> wipe(Path location, Directory dir) throws IOException {
        Path foreign = foreignEntry(location);
        if (foreign != null) {
            throw IndexFiles.notAnIndex(location, foreign);
        }
        List<String> deleted = new ArrayList<>();
        try (Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String name : dir.listAll()) {
                if (!name.equals(IndexWriter.WRITE_LOCK_NAME) && isIndexFile(name)) {
                    dir.deleteFile(name);
                    deleted.add(name);
                }
            }
            lock.ensureValid();
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw IndexFiles.locked(location, e);
        }
        return deleted;
    }
}
