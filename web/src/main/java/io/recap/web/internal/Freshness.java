package io.recap.web.internal;

import io.recap.index.IndexException;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Keeps the server's view of the index at its latest commit: before each API request it asks the index whether
 * a {@code recap index} run has committed since (a look at the index folder's commit files, microseconds when
 * nothing changed) and, if so, opens the new commit, so that a page reload shows new reports without a restart.
 * A commit the server cannot open (an index rebuilt with another schema version) leaves it on the view it has,
 * said once in the log.
 */
public final class Freshness {

    /** Opens the latest commit if there is a newer one; says whether there was. */
    @FunctionalInterface
    public interface Reopen {
        /** Opens the latest commit when it is newer than the one in use. */
        boolean refresh() throws IOException;
    }

    private final Reopen reopen;
    private final Consumer<String> log;
    private String lastProblem;

    /** Reopens with {@code reopen}; problems go to {@code log}. */
    public Freshness(Reopen reopen, Consumer<String> log) {
        this.reopen = reopen;
        this.log = log;
    }

    /** Brings the view up to the latest commit, or keeps the current one when that cannot be opened. */
    public synchronized void check() {
        try {
            if (reopen.refresh()) {
                log.accept("recap: the index changed; serving its latest commit");
            }
            lastProblem = null;
        } catch (IndexException e) {
            sayOnce("recap: warning: cannot open the index's latest commit (" + e.getMessage()
                    + "); still serving the one before");
        } catch (IOException | RuntimeException e) {
            sayOnce("recap: warning: cannot open the index's latest commit (" + e + "); still serving the one before");
        }
    }

    private void sayOnce(String message) {
        if (!message.equals(lastProblem)) {
            lastProblem = message;
            log.accept(message);
        }
    }
}
