package io.recap.index;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** Finds the Markdown reports under a set of paths: files as given, directories walked for {@code *.md}. */
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
     * The Markdown files under {@code root} in a stable (sorted) order, skipping hidden files and directories
     * (names starting with a dot) as {@link ArchiveIndexer} does; a file root is returned as is.
     * Symbolic-link loops and unreadable directories are reported to {@code problems} and skipped.
     *
     * @param root     a file or a directory
     * @param problems receives a sentence for every loop or unreadable directory
     * @return the files
     * @throws IOException when {@code root} does not exist or cannot be walked
     */
    public static List<Path> walk(Path root, List<String> problems) throws IOException {
        List<Path> out = new ArrayList<>();
        if (Files.isRegularFile(root)) {
            out.add(root);
            return out;
        }
        if (!Files.isDirectory(root)) {
            throw new java.nio.file.NoSuchFileException(root.toString(), null, "no such file or directory");
        }
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                        if (!dir.equals(root) && name.startsWith(".")) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        // hidden files are skipped like hidden directories, as ArchiveIndexer does
                        if (attrs.isRegularFile() && isMarkdown(file)
                                && !file.getFileName().toString().startsWith(".")) {
                            out.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        if (e instanceof FileSystemLoopException) {
                            problems.add(file + ": symbolic link loop, skipped");
                        } else {
                            problems.add(file + ": cannot read (" + e.getClass().getSimpleName() + "), skipped");
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        out.sort(null);
        return out;
    }
}
