package io.recap.solr.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/**
 * Runs a request to SolrCloud again, with exponential back-off, while it fails in a way that passes (a node
 * down, a shard without a leader while another replica takes over, a timeout), for up to a given time.
 * Stateless.
 */
public final class Retry {

    /** The first wait; each next one is twice as long, up to {@link #MAX_WAIT_MILLIS}. */
    static final long FIRST_WAIT_MILLIS = 250;
    static final long MAX_WAIT_MILLIS = 8_000;
    /** An error Solr answers with 500 may pass too (a replica recovering), but is not tried more than this. */
    static final int MAX_SERVER_ERRORS = 3;

    /** A request. */
    @FunctionalInterface
    public interface Call<T> {
        /** Sends it. */
        T call() throws Exception;
    }

    /** A request Solr refused for what it holds (status 400 and the like): sending it again would not help. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(Exception cause) {
            super(SolrConnection.reason(cause), cause);
        }
    }

    /** A request that kept failing for the whole time it was given. */
    public static final class GaveUp extends Exception {
        private static final long serialVersionUID = 1L;
        private final int attempts;

        GaveUp(Exception cause, int attempts) {
            super(SolrConnection.reason(cause), cause);
            this.attempts = attempts;
        }

        /** How many times the request was sent. */
        public int attempts() {
            return attempts;
        }
    }

    private Retry() {
    }

    /**
     * Sends {@code call} until it succeeds, is refused, or has failed for {@code patience}.
     *
     * @throws Refused              when Solr refuses the request itself
     * @throws GaveUp               when it still failed after {@code patience}
     * @throws InterruptedIOException when the thread is interrupted while waiting
     */
    public static <T> T run(Call<T> call, Duration patience) throws Refused, GaveUp, InterruptedIOException {
        long deadline = System.nanoTime() + patience.toNanos();
        long wait = FIRST_WAIT_MILLIS;
        int attempts = 0;
        int serverErrors = 0;
        while (true) {
            attempts++;
            try {
                return call.call();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while sending to SolrCloud");
            } catch (Exception e) {
                if (!(e instanceof SolrServerException || e instanceof SolrException || e instanceof IOException)) {
                    throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
                }
                int status = SolrConnection.status(e);
                boolean passing = SolrConnection.unreachable(e) || status == 0 || status == 404 || status == 408
                        || status >= 502 && status <= 504
                        || status == 510 || status == 500 && ++serverErrors < MAX_SERVER_ERRORS;
                if (!passing) {
                    throw new Refused(e);
                }
                if (System.nanoTime() + wait * 1_000_000 > deadline) {
                    throw new GaveUp(e, attempts);
                }
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting to send to SolrCloud again");
                }
                wait = Math.min(MAX_WAIT_MILLIS, wait * 2);
            }
        }
    }
}
