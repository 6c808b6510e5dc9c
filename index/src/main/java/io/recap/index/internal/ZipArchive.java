package io.recap.index.internal;

import io.recap.index.ArchiveLimits;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip archive of reports, read in place: entries are decompressed into memory one at a time, never extracted
 * to disk. Entry names that would leave the archive ({@code ..} segments, absolute names, drive letters) are
 * refused; the bounds of {@link ArchiveLimits} hold against zip bombs. Entries are read by one thread at a time
 * (the indexer's reader thread).
 */
public final class ZipArchive implements Closeable {

    /** Below this many uncompressed bytes an entry's compression ratio is not checked. */
    static final long RATIO_FLOOR = 64 << 10;

    private final String key;
    private final String display;
    private final ZipFile zip;
    private final ArchiveLimits limits;
    private long bytesRead;

    private ZipArchive(String key, String display, ZipFile zip, ArchiveLimits limits) {
        this.key = key;
        this.display = display;
        this.zip = zip;
        this.limits = limits;
    }

    /**
     * Opens the archive at {@code file}; its key prefixes every entry's key ({@code key!/entry}).
     *
     * @throws SourceProblem when it is not a readable zip archive
     */
    static ZipArchive open(String key, Path file, ArchiveLimits limits) throws SourceProblem {
        return open(key, key, file, limits);
    }

    /** Opens the archive at {@code file}, shown to people as {@code display}. */
    static ZipArchive open(String key, String display, Path file, ArchiveLimits limits) throws SourceProblem {
        try {
            return new ZipArchive(key, display, open(file, StandardCharsets.UTF_8), limits);
        } catch (ZipException | IllegalArgumentException e) {
            try {
                // Archives from old tools name entries in the IBM PC code page rather than UTF-8 (the JDK finds
                // names that are not UTF-8 at opening or, for some, only while listing the entries).
                return new ZipArchive(key, display, open(file, Charset.forName("IBM437")), limits);
            } catch (IOException | IllegalArgumentException again) {
                throw SourceProblem.unreadable("zip.unreadable", "cannot read the zip archive: "
                        + (e instanceof IOException io ? Sources.describe(io) : "its entry names are malformed"));
            }
        } catch (IOException e) {
            throw SourceProblem.unreadable("zip.unreadable", "cannot read the zip archive: " + Sources.describe(e));
        }
    }

    /** Opens the archive and lists its entries once, so that every malformed name shows here. */
    private static ZipFile open(Path file, Charset charset) throws IOException {
        ZipFile zip = new ZipFile(file.toFile(), ZipFile.OPEN_READ, charset);
        try {
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                en.nextElement();
            }
            return zip;
        } catch (RuntimeException e) {
            try {
                zip.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The prefix of every entry's key. */
    String entryPrefix() {
        return key + "!/";
    }

    /**
     * The archive's Markdown entries in name order. Unsafe and duplicate names (of any entry, Markdown or not)
     * are reported to {@code problems} and left out; hidden entries and other files are skipped silently.
     */
    List<SourceFile> entries(Sources.Problems problems) {
        List<ZipEntry> all = new ArrayList<>();
        Enumeration<? extends ZipEntry> en = zip.entries();
        while (en.hasMoreElements()) {
            all.add(en.nextElement());
        }
        all.sort((a, b) -> a.getName().compareTo(b.getName()));
        List<SourceFile> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ZipEntry e : all) {
            String name = e.getName();
            String entryKey = entryPrefix() + name;
            if (!isSafe(name)) {
                problems.failure(entryKey, "zip.unsafe-entry", "entry refused: its name '" + printable(name)
                        + "' would leave the archive (a '..' segment or an absolute path)");
                continue;
            }
            if (e.isDirectory() || isHidden(name) || !Sources.isMarkdown(name)) {
                continue;
            }
            if (!names.add(name)) {
                problems.failure(entryKey, "zip.duplicate-entry", "entry refused: the archive holds another entry "
                        + "with the same name");
                continue;
            }
            out.add(new Entry(entryKey, display + "!/" + name, e));
        }
        return out;
    }

    /** Whether an entry name stays inside the archive. */
    static boolean isSafe(String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            return false;
        }
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || (n.length() > 1 && n.charAt(1) == ':')) {
            return false;
        }
        for (String segment : n.split("/", -1)) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHidden(String name) {
        for (String segment : name.replace('\\', '/').split("/")) {
            if (segment.startsWith(".") || segment.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    private static String printable(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().limit(200).forEach(c -> {
            if (Character.isISOControl(c)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    private byte[] read(ZipEntry e) throws SourceProblem {
        long max = limits.maxFileBytes();
        if (e.getSize() > max) {
            throw tooLarge(e.getSize());
        }
        if (bytesRead >= limits.maxArchiveBytes()) {
            throw archiveTooLarge();
        }
        long compressed = Math.max(1, e.getCompressedSize());
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(e.getSize(), 1 << 20)));
        byte[] buf = new byte[8192];
        long n = 0;
        try (InputStream in = zip.getInputStream(e)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                n += r;
                if (n > max) {
                    bytesRead += n;
                    throw tooLarge(n);
                }
                if (bytesRead + n > limits.maxArchiveBytes()) {
                    bytesRead += n;
                    throw archiveTooLarge();
                }
                if (n > RATIO_FLOOR && n / compressed > limits.maxCompressionRatio()) {
                    bytesRead += n;
                    throw SourceProblem.refused("zip.ratio", "entry refused: it expands more than "
                            + limits.maxCompressionRatio() + " times (" + e.getCompressedSize()
                            + " compressed bytes); a zip bomb?");
                }
                out.write(buf, 0, r);
            }
        } catch (IOException ex) {
            bytesRead += n;
            throw SourceProblem.unreadable("zip.unreadable", "cannot read the entry: " + Sources.describe(ex));
        }
        bytesRead += n;
        return out.toByteArray();
    }

    private SourceProblem tooLarge(long bytes) {
        return SourceProblem.refused("file.too-large", "entry refused: " + bytes + " bytes uncompressed, more than "
                + "the limit of " + limits.maxFileBytes());
    }

    private SourceProblem archiveTooLarge() {
        return SourceProblem.refused("zip.too-large", "entry refused: the archive expands to more than "
                + limits.maxArchiveBytes() + " bytes in all; a zip bomb?");
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private final class Entry extends SourceFile {
        private final ZipEntry entry;

        Entry(String key, String display, ZipEntry entry) {
            super(key, display, Math.max(0, entry.getSize()));
            this.entry = entry;
        }

        @Override
        public byte[] read() throws SourceProblem {
            return ZipArchive.this.read(entry);
        }
    }
}
