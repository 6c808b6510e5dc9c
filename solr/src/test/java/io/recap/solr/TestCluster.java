package io.recap.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.junit.jupiter.api.Assumptions;

/**
 * A real SolrCloud for tests: nodes (Jetty) and an embedded ZooKeeper on free ports of this machine, made by
 * solr-test-framework's {@link MiniSolrCloudCluster} in a folder of the test. One per test class.
 */
final class TestCluster implements AutoCloseable {

    private final MiniSolrCloudCluster cluster;

    private TestCluster(MiniSolrCloudCluster cluster) {
        this.cluster = cluster;
    }

    /** Starts {@code nodes} nodes and ZooKeeper in {@code dir}. */
    static TestCluster start(Path dir, int nodes) throws Exception {
        Files.createDirectories(dir);
        return new TestCluster(new MiniSolrCloudCluster.Builder(nodes, dir).build());
    }

    /** The base URLs of the running nodes. */
    List<String> urls() {
        return cluster.getJettySolrRunners().stream().filter(JettySolrRunner::isRunning)
                .map(j -> j.getBaseUrl().toString()).toList();
    }

    /** The collection {@code name} of this cluster, reached through every node. */
    SolrTarget target(String name) {
        return new SolrTarget(urls(), name);
    }

    /** The node that holds the leader of {@code shard} of {@code collection}. */
    JettySolrRunner leaderOf(String collection, String shard) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            DocCollection state = client().getClusterState().getCollection(collection);
            Replica leader = state.getLeader(shard);
            for (JettySolrRunner j : cluster.getJettySolrRunners()) {
                if (leader != null && j.isRunning() && j.getNodeName().equals(leader.getNodeName())) {
                    return j;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no running node holds the leader of " + shard);
    }

    /** Stops a node (its port is kept for {@link #restart}). */
    void stop(JettySolrRunner node) throws Exception {
        cluster.stopJettySolrRunner(node);
        cluster.waitForJettyToStop(node);
    }

    /** Starts a stopped node again, on the same port, and waits until every replica of the collection is active. */
    void restart(JettySolrRunner node, String collection, int shards, int replicas) throws Exception {
        cluster.startJettySolrRunner(node);
        cluster.waitForNode(node, 60);
        cluster.waitForActiveCollection(collection, 120, TimeUnit.SECONDS, shards, shards * replicas);
    }

    /** Waits until the collection has its shards and replicas active. */
    void waitForActive(String collection, int shards, int replicas) {
        cluster.waitForActiveCollection(collection, 120, TimeUnit.SECONDS, shards, shards * replicas);
    }

    /** A client of the cluster (through ZooKeeper), for what tests check behind recap's back. */
    CloudSolrClient client() {
        return cluster.getSolrClient();
    }

    @Override
    public void close() throws Exception {
        cluster.shutdown();
    }

    /** The real corpus beside the project; skips when absent, fails on CI. */
    static Path corpus() {
        Path module = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(module.resolve("../../shared/corpus/real/files"),
                module.resolve("../shared/corpus/real/files"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        if (System.getenv("CI") != null) {
            throw new AssertionError("the real corpus ../shared/corpus/real is missing on CI");
        }
        Assumptions.abort("the real corpus ../shared/corpus/real is absent");
        return null;
    }

    /**
     * A small site of the event layouts that are not one page per event: a section page, an event folder whose
     * sub-folders hold one page per session (Cloud Day), and a page that recaps two events in full (Builders Week).
     */
    static Path eventLayouts() {
        return Path.of("").toAbsolutePath().resolve("src/test/resources/event-layouts").normalize();
    }

    /** The example archive of the project. */
    static Path examples() {
        return Path.of("").toAbsolutePath().resolve("../examples").normalize();
    }
}
