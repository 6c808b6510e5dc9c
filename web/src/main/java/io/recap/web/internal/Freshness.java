package io.recap.web.internal;

import io.recap.index.IndexException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the server's view of the index at its latest commit, so that a page reload shows what a
 * {@code recap index} run added without a restart. Asking the index whether it has a newer commit reads its
 * latest commit point (milliseconds: more than a search of a small index), so before each API request only the
 * index folder's modification time is looked at (microseconds: a commit adds and removes files there, which
 * changes it), and the index itself is asked when that time changed or at least a second has passed since it was
 * last asked (a commit within the clock's resolution of the one before is seen that way). A commit the server
 * cannot open (an index rebuilt with another schema version) leaves it on the view it has, said once in the log.
 */
public final class Freshness {

    /** Opens the latest commit if there is a newer one; says whether there was. */
    @FunctionalInterface
    public interface Reopen {
        /** Opens the latest commit when it is newer than the one in use. */
        boolean refresh() throws IOException;
    }

    private static final long ASK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Reopen reopen;
    private final Path folder;
    private final Consumer<String> log;
    private volatile FileTime seen;
    private volatile long askedAt;
    private String lastProblem;

    /**
     * Reopens with {@code reopen} when {@code folder} (the index's, or {@code null} for an index without one)
     * changes; problems go to {@code log}.
     */
    public Freshness(Reopen reopen, Path folder, Consumer<String> log) {
        this.reopen = Objects.requireNonNull(reopen, "reopen");
        this.folder = folder;
        this.log = log;
        this.seen = modified();
        this.askedAt = System.nanoTime();
    }

    /** Brings the view up to the latest commit, or keeps the current one when that cannot be opened. */
    public void check() {
        FileTime now = modified();
        if (Objects.equals(now, seen) && System.nanoTime() - askedAt < ASK_EVERY_NANOS) {
            return;
        }
        synchronized (this) {
            seen = now;
            askedAt = System.nanoTime();
            try {
                if (reopen.refresh()) {
                    log.accept("recap: the index changed; serving its latest commit");
                }
                lastProblem = null;
            } catch (IndexException e) {
                sayOnce("recap: warning: cannot open the index's latest commit (" + e.getMessage()
                        + "); still serving the one before");
            } catch (IOException | RuntimeException e) {
                sayOnce("recap: warning: cannot open the index's latest commit (" + e
                        + "); still serving the one before");
            }
        }
    }

    private FileTime modified() {
        if (folder == null) {
            return null;
        }
        try {
            return Files.getLastModifiedTime(folder);
        } catch (IOException e) {
            return null;
        }
    }

    private void sayOnce(String message) {
        if (!message.equals(lastProblem)) {
            lastProblem = message;
            log.accept(message);
        }
    }
}
