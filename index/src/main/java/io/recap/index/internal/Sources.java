package io.recap.index.internal;

import io.recap.index.ArchiveLimits;
import io.recap.index.FileProblem;
import io.recap.model.Severity;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reports under a set of roots: Markdown files as given, directories walked (following symbolic links,
 * reporting loops, skipping hidden entries and non-Markdown files), zip archives opened in place. Also knows
 * which keys the roots cover ({@link #covers}) and which must be kept although unseen ({@link #keeps}), so that
 * an incremental run removes exactly the reports whose files are gone.
 *
 * <p>Close it to close the archives. Not thread-safe: one scan per run, read by the indexer's reader thread.
 */
public final class Sources implements Closeable {

    private final Map<String, SourceFile> files = new LinkedHashMap<>();
    private final List<String> scopeFiles = new ArrayList<>();
    private final List<String> scopePrefixes = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();
    private final List<ZipArchive> archives = new ArrayList<>();
    private final Problems problems = new Problems();
    private final ArchiveLimits limits;

    private Sources(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** Scans {@code roots}; problems found on the way are collected, never thrown. */
    public static Sources scan(List<Path> roots, ArchiveLimits limits) {
        Sources s = new Sources(limits);
        for (Path root : roots) {
            s.scanRoot(root);
            s.rootsDone++;
        }
        return s;
    }

    /** Roots scanned so far: the position of the root being scanned. */
    private int rootsDone;

    /** Whether a file name is a Markdown report ({@code *.md}, {@code *.markdown}). */
    public static boolean isMarkdown(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    static boolean isZip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** The files found, root by root in the order the file system lists them; each key (real path) once. */
    public List<SourceFile> files() {
        return List.copyOf(files.values());
    }

    /** Problems found while scanning. */
    public List<FileProblem> problems() {
        return problems.list();
    }

    /** Whether a report at {@code key} lies under one of the roots (so it is gone if it was not found). */
    public boolean covers(String key) {
        if (scopeFiles.contains(key)) {
            return true;
        }
        for (String prefix : scopePrefixes) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a report at {@code key} must stay although unseen: it lies in an unreadable directory or archive. */
    public boolean keeps(String key) {
        for (String k : kept) {
            if (key.startsWith(k)) {
                return true;
            }
        }
        return false;
    }

    private void scanRoot(Path given) {
        Path root;
        try {
            root = given.toRealPath();
        } catch (NoSuchFileException e) {
            problems.failure(given.toAbsolutePath().normalize().toString(), "file.missing",
                    "no such file or directory");
            return;
        } catch (IOException e) {
            String key = given.toAbsolutePath().normalize().toString();
            problems.failure(key, "file.unreadable", "cannot read: " + describe(e));
            kept.add(key);
            return;
        }
        String key = root.toString();
        if (Files.isDirectory(root)) {
            scopePrefixes.add(key.endsWith(java.io.File.separator) ? key : key + java.io.File.separator);
            walk(root, given);
        } else if (isZip(key)) {
            scopePrefixes.add(key + "!/");
            archive(key, given.toString(), root);
        } else if (Files.isRegularFile(root)) {
            scopeFiles.add(key);
            if (isMarkdown(key)) {
                add(SourceFile.onDisk(key, given.toString(), root, size(root), limits.maxFileBytes()));
            } else {
                problems.failure(key, "file.not-markdown", "not a Markdown report (*.md, *.markdown) or a zip "
                        + "archive; skipped");
            }
        } else {
            problems.failure(key, "file.unreadable", "not a regular file or directory; skipped");
        }
    }

    private void walk(Path root, Path given) {
        // The real path of each directory being walked: a report's key is its real path, so that a file reached
        // through a symbolic link and directly is one report, not two.
        Map<Path, Path> realDirs = new HashMap<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && isHidden(dir)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            Path real = dir.equals(root) ? root : realPath(dir, realDirs.get(dir.getParent()));
                            realDirs.put(dir, real);
                            if (!real.startsWith(root)) {
                                // a link out of the root: what lies there is in scope as long as the link is
                                scopePrefixes.add(real + java.io.File.separator);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            visit(file, realPath(file, realDirs.get(file.getParent())), attrs,
                                    shown(given, root, file));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            failed(file, e);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            realDirs.remove(dir);
                            if (e != null) {
                                failed(dir, e);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            failed(root, e);
        }
    }

    /**
     * The real path of {@code p}, found in the directory whose real path is {@code realParent}: only a symbolic
     * link costs a look-up; a link to nothing keeps its own path.
     */
    private static Path realPath(Path p, Path realParent) {
        if (realParent != null && !Files.isSymbolicLink(p)) {
            return realParent.resolve(p.getFileName());
        }
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** {@code file}, found by walking {@code root}, as below the root people gave. */
    private static String shown(Path given, Path root, Path file) {
        try {
            return given.resolve(root.relativize(file)).toString();
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }

    private void visit(Path file, Path real, BasicFileAttributes attrs, String display) {
        if (isHidden(file)) {
            return;
        }
        String name = file.getFileName().toString();
        String key = real.toString();
        if (attrs.isRegularFile()) {
            if (isMarkdown(name)) {
                add(SourceFile.onDisk(key, display, file, attrs.size(), limits.maxFileBytes()));
            } else if (isZip(name)) {
                archive(key, display, file);
            }
        } else if (attrs.isSymbolicLink() && isMarkdown(name)) {
            problems.failure(key, "file.unreadable", "a symbolic link to nothing; skipped");
            kept.add(key);
        }
    }

    private void failed(Path file, IOException e) {
        String key = file.toString();
        if (e instanceof FileSystemLoopException) {
            problems.add(new FileProblem(key, 0, Severity.WARNING, "file.loop",
                    "a symbolic link loop; not followed again", false));
            return;
        }
        problems.failure(key, "file.unreadable", "cannot read: " + describe(e));
        kept.add(Files.isDirectory(file) ? key + java.io.File.separator : key);
    }

    private void archive(String key, String display, Path file) {
        ZipArchive zip;
        try {
            zip = ZipArchive.open(key, display, file, limits);
        } catch (SourceProblem p) {
            problems.failure(key, p.code(), p.getMessage());
            kept.add(key + "!/");
            return;
        }
        archives.add(zip);
        zip.entries(problems).forEach(this::add);
    }

    private void add(SourceFile f) {
        f.root(rootsDone);
        files.putIfAbsent(f.key(), f);
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A short description of an I/O failure for people. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (ZipArchive z : archives) {
            try {
                z.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        archives.clear();
        if (first != null) {
            throw first;
        }
    }

    /** Collects problems in order. */
    static final class Problems {
        private final List<FileProblem> list = new ArrayList<>();

        void add(FileProblem p) {
            list.add(p);
        }

        void failure(String path, String code, String message) {
            list.add(FileProblem.failure(path, code, message));
        }

        List<FileProblem> list() {
            return Collections.unmodifiableList(list);
        }
    }
}
