package io.recap.index;

import io.recap.index.internal.SourceFile;
import io.recap.index.internal.SourceProblem;
import io.recap.index.internal.Sources;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds the reports under a set of paths exactly as {@link ArchiveIndexer} does: Markdown files as given,
 * directories walked (following symbolic links, reporting loops, skipping hidden entries and other files), zip
 * archives read in place within {@link ArchiveLimits}. {@code recap parse} and {@code recap check} read what
 * {@code recap index} indexes.
 *
 * <pre>{@code
 * try (ReportFiles.Scan scan = ReportFiles.scan(List.of(Path.of("reports"), Path.of("old-season.zip")))) {
 *     scan.problems().forEach(p -> System.err.println(p.format()));
 *     for (ReportFiles.Source source : scan.files()) {
 *         Report report = parser.parse(source.path(), source.read());
 *     }
 * }
 * }</pre>
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Whether a file name is a Markdown report.
     *
     * @param p a path
     * @return whether its name ends with {@code .md} or {@code .markdown}, ignoring case
     */
    public static boolean isMarkdown(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    /**
     * Finds the reports under {@code roots} with the default limits; close the scan to close the archives.
     *
     * @param roots files, directories and zip archives; a missing one is reported as a problem
     * @return the reports found, and the problems met on the way
     */
    public static Scan scan(List<Path> roots) {
        return scan(roots, ArchiveLimits.DEFAULTS);
    }

    /**
     * Finds the reports under {@code roots}; close the scan to close the archives.
     *
     * @param roots  files, directories and zip archives; a missing one is reported as a problem
     * @param limits bounds on what is read
     * @return the reports found, and the problems met on the way
     */
    public static Scan scan(List<Path> roots, ArchiveLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return new Scan(Sources.scan(List.copyOf(roots), limits));
    }

    /** The reports found under a set of paths. Holds the zip archives open until it is closed. */
    public static final class Scan implements Closeable {
        private final Sources sources;
        private final List<Source> files = new ArrayList<>();

        private Scan(Sources sources) {
            this.sources = sources;
            List<SourceFile> found = new ArrayList<>(sources.files());
            found.sort(Comparator.comparingInt(SourceFile::root).thenComparing(SourceFile::display));
            found.forEach(f -> files.add(new Source(f)));
        }

        /**
         * The reports, root by root in the order given, each root's in path order.
         *
         * @return the reports
         */
        public List<Source> files() {
            return List.copyOf(files);
        }

        /**
         * What could not be read while looking: missing paths, unreadable folders and archives, refused zip
         * entries, symbolic-link loops (warnings); paths are absolute.
         *
         * @return the problems, in the order met
         */
        public List<FileProblem> problems() {
            return sources.problems();
        }

        /** Closes the zip archives. */
        @Override
        public void close() throws IOException {
            sources.close();
        }
    }

    /** One report found: a Markdown file, or a Markdown entry of a zip archive. */
    public static final class Source {
        private final SourceFile file;

        private Source(SourceFile file) {
            this.file = file;
        }

        /**
         * The report's path as people gave it: {@code reports/a/x.md}, or {@code old.zip!/a/x.md} for an entry.
         *
         * @return the path
         */
        public String path() {
            return file.display();
        }

        /**
         * The report's id in an index: its absolute real path, or {@code /abs/old.zip!/a/x.md}.
         *
         * @return the id
         */
        public String id() {
            return file.key();
        }

        /**
         * Reads the report's bytes, within the limits.
         *
         * @return the bytes
         * @throws IOException when it cannot be read or is refused by a limit (the message says which)
         */
        public byte[] read() throws IOException {
            try {
                return file.read();
            } catch (SourceProblem p) {
                throw new IOException(p.getMessage(), p);
            }
        }
    }
}
