package io.recap.solr.internal;

import io.recap.index.IndexException;
import io.recap.solr.SolrConfigset;
import java.io.Closeable;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.params.SolrParams;

/**
 * A connection to one collection of a SolrCloud, through {@link CloudHttp2SolrClient} built from Solr URLs (no
 * ZooKeeper client), with what goes wrong turned into {@link IndexException}s that say what to do. Thread-safe.
 */
public final class SolrConnection implements Closeable {

    /** How long connecting to a node may take before it counts as unreachable. */
    private static final long CONNECT_SECONDS = 5;
    /** How long a request may go without a byte before it fails (a commit of a large push takes a while). */
    private static final long IDLE_SECONDS = 120;

    /** How long a query that fails because of the cluster is sent again. */
    static final Duration QUERY_PATIENCE = Duration.ofSeconds(15);

    private final CloudHttp2SolrClient client;
    private final String collection;
    private final String where;

    private SolrConnection(CloudHttp2SolrClient client, String collection, String where) {
        this.client = client;
        this.collection = collection;
        this.where = where;
    }

    /**
     * Connects to the cluster of the nodes at {@code urls}.
     *
     * @param where the collection and URLs for messages ({@code reports at http://…})
     * @throws IndexException UNREACHABLE when no node answers
     */
    public static SolrConnection connect(List<String> urls, String collection, String where) throws IndexException {
        Http2SolrClient.Builder http = new Http2SolrClient.Builder()
                .withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                .withIdleTimeout(IDLE_SECONDS, TimeUnit.SECONDS);
        try {
            CloudHttp2SolrClient client = new CloudHttp2SolrClient.Builder(urls)
                    .withInternalClientBuilder(http)
                    .withDefaultCollection(collection)
                    .build();
            try {
                client.getClusterStateProvider().getLiveNodes(); // the client connects lazily: ask now
            } catch (RuntimeException e) {
                try {
                    client.close();
                } catch (IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            return new SolrConnection(client, collection, where);
        } catch (RuntimeException e) {
            throw new IndexException(IndexException.Reason.UNREACHABLE, null, "cannot reach SolrCloud at "
                    + String.join(",", urls) + " (" + reason(e) + "); check the URL and that Solr runs in "
                    + "SolrCloud mode (bin/solr start -c)", e);
        }
    }

    /** The client, for requests this class does not wrap. */
    public CloudHttp2SolrClient client() {
        return client;
    }

    /** The collection's name. */
    public String collection() {
        return collection;
    }

    /** The collection and URLs, for people. */
    public String where() {
        return where;
    }

    /** Whether the collection exists. */
    public boolean exists() throws IndexException {
        try {
            return CollectionAdminRequest.listCollections(client).contains(collection);
        } catch (IOException | SolrServerException | RuntimeException e) {
            throw failure(e, "list the collections");
        }
    }

    /**
     * Checks that the collection exists and was made for recap's documents: its schema carries this recap's
     * schema version, and it routes documents by {@link SolrConfigset#ROUTE_FIELD}.
     *
     * @throws IndexException MISSING, INCOMPATIBLE, or UNREACHABLE / UNREADABLE when it cannot be asked
     */
    public void check() throws IndexException {
        if (!exists()) {
            throw new IndexException(IndexException.Reason.MISSING, null, "no collection " + where, null);
        }
        String name;
        try {
            name = new SchemaRequest.SchemaName().process(client, collection).getSchemaName();
        } catch (IOException | SolrServerException | RuntimeException e) {
            throw failure(e, "read the collection's schema");
        }
        if (name == null || !name.startsWith("recap-")) {
            throw new IndexException(IndexException.Reason.INCOMPATIBLE, null, "the collection " + where
                    + " was not made by recap (its schema is '" + name + "'); use another --collection, or one "
                    + "created by `recap index --solr`", null);
        }
        if (!name.equals(SolrConfigset.NAME)) {
            throw new IndexException(IndexException.Reason.INCOMPATIBLE, null, "the collection " + where
                    + " was made by a recap with another schema version (" + name + "; this recap writes "
                    + SolrConfigset.NAME + "); push the reports into a new collection (another --collection), "
                    + "or delete this one first", null);
        }
        DocCollection state;
        try {
            state = client.getClusterStateProvider().getCollection(collection);
        } catch (IOException | RuntimeException e) {
            throw failure(e, "read the collection's state");
        }
        String route = state == null ? null : state.getRouter().getRouteField(state);
        if (!SolrConfigset.ROUTE_FIELD.equals(route)) {
            throw new IndexException(IndexException.Reason.INCOMPATIBLE, null, "the collection " + where
                    + " does not route documents by '" + SolrConfigset.ROUTE_FIELD + "' (router.field is " + route
                    + "), so a file's documents may be spread over shards; create it with "
                    + "router.field=" + SolrConfigset.ROUTE_FIELD + ", or let `recap index --solr` create it", null);
        }
    }

    /**
     * Runs a query on the collection (sent by POST: recap's queries can be long); while it fails because a node
     * is going down or a replica is taking over, it is sent again, for up to {@link #QUERY_PATIENCE}.
     *
     * @throws IndexException when the collection cannot answer
     */
    public QueryResponse query(SolrParams params) throws IOException {
        return query(params, "/select");
    }

    /**
     * Runs a request on a search handler of the collection ({@code /select}, {@code /terms}), as {@link #query}.
     *
     * @throws IndexException when the collection cannot answer
     */
    public QueryResponse query(SolrParams params, String handler) throws IOException {
        try {
            return Retry.run(() -> {
                QueryRequest request = new QueryRequest(params, SolrRequest.METHOD.POST);
                request.setPath(handler);
                return request.process(client, collection);
            }, QUERY_PATIENCE);
        } catch (Retry.GaveUp | Retry.Refused e) {
            throw failure((Exception) e.getCause(), "search it");
        } catch (RuntimeException e) {
            throw failure(e, "search it");
        }
    }

    /**
     * What an exception from SolrJ means for people, as an {@link IndexException}: UNREACHABLE when no node
     * could be reached, MISSING when the collection is gone, UNREADABLE when Solr answered with an error.
     *
     * @param doing what recap tried, for the message ("search it")
     */
    public IndexException failure(Exception e, String doing) {
        if (e instanceof IndexException ie) {
            return ie;
        }
        if (unreachable(e)) {
            return new IndexException(IndexException.Reason.UNREACHABLE, null, "cannot reach SolrCloud to " + doing
                    + ": " + where + " (" + reason(e) + ")", e);
        }
        String m = reason(e);
        if (m.contains("Collection not found") || m.contains("Could not find collection")) {
            return new IndexException(IndexException.Reason.MISSING, null, "no collection " + where, e);
        }
        String hint = m.contains("io.recap.index.internal") ? "; its nodes lack recap's analysis: put "
                + "recap-index's jar in $SOLR_HOME/lib on every node and restart them" : "";
        return new IndexException(IndexException.Reason.UNREADABLE, null, "SolrCloud could not " + doing + ": "
                + where + " answered: " + m + hint, e);
    }

    /** Whether {@code e} says that no node could be reached, rather than that one answered with an error. */
    public static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException
                    || t instanceof TimeoutException || t instanceof ClosedChannelException) {
                return true;
            }
            if (t instanceof SolrServerException && t.getCause() == null
                    || t.getMessage() != null && t.getMessage().startsWith("Failed fetching live_nodes")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The HTTP status Solr answered with, or 0 when it did not answer. */
    public static int status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CloudSolrClient.RouteException r) {
                return r.code();
            }
            if (t instanceof BaseHttpSolrClient.RemoteSolrException r) {
                return r.code();
            }
            if (t instanceof SolrException s) {
                return s.code();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return 0;
    }

    /** The most telling message of an exception and its causes. */
    static String reason(Throwable e) {
        String best = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                best = t.getMessage();
                if (t instanceof BaseHttpSolrClient.RemoteSolrException || t instanceof ConnectException
                        || t instanceof UnknownHostException) {
                    break;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String m = best == null ? e.getClass().getSimpleName() : best;
        if (m.startsWith("Failed fetching live_nodes") || m.startsWith("Tried fetching live_nodes")) {
            m = "no node answered";
        }
        m = m.lines().findFirst().orElse(m).strip();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
