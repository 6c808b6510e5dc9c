package io.recap.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recap.index.ArchiveIndexer;
import io.recap.index.IndexException;
import io.recap.index.IndexRun;
import io.recap.index.SearchRequest;
import io.recap.index.SessionHit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nodes going down: the node that leads a shard is stopped during a push (which finishes, the other replica
 * taking over) and during queries (which keep answering, from the replicas, the same); a push into a shard with
 * no replica left fails with a clear error after its patience, and the next push, once the node is back,
 * converges.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class SolrFaultsTest {

    private static final String COLLECTION = "faults";

    @TempDir
    static Path tmp;

    private TestCluster cluster;
    private Path corpus;
    private IndexRun local;
    private IndexRun examples;

    @BeforeAll
    void start() throws Exception {
        corpus = TestCluster.corpus();
        cluster = TestCluster.start(tmp.resolve("cluster"), 2);
        local = ArchiveIndexer.builder(tmp.resolve("local")).build().index(List.of(corpus));
        examples = ArchiveIndexer.builder(tmp.resolve("examples")).build().index(List.of(TestCluster.examples()));
    }

    @AfterAll
    void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aPushFinishesWhenTheNodeLeadingAShardStopsInTheMiddle() throws Exception {
        SolrArchiveIndexer.builder(cluster.target(COLLECTION)).shards(2).replicas(2).build()
                .index(List.of(TestCluster.examples())); // creates the collection
        AtomicLong done = new AtomicLong();
        CompletableFuture<IndexRun> push = CompletableFuture.supplyAsync(() -> {
            try {
                return SolrArchiveIndexer.builder(cluster.target(COLLECTION)).threads(2).batchSize(10)
                        .progress(p -> done.set(p.filesDone())).build().index(List.of(corpus));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        waitFor(() -> done.get() >= 150 || push.isDone());
        assertThat(push).as("the push is still running when the node stops").isNotDone();
        JettySolrRunner leader = cluster.leaderOf(COLLECTION, "shard1");
        cluster.stop(leader);

        IndexRun run = push.get(5, TimeUnit.MINUTES);
        assertThat(run.failed()).isZero();
        assertThat(run.indexed()).isEqualTo(local.indexed());
        // the collection holds the examples pushed first, besides the corpus
        assertThat(run.reports()).isEqualTo(local.reports() + examples.reports());
        assertThat(run.sessions()).isEqualTo(local.sessions() + examples.sessions());

        cluster.restart(leader, COLLECTION, 2, 2);
        IndexRun again = SolrArchiveIndexer.builder(cluster.target(COLLECTION)).build().index(List.of(corpus));
        assertThat(again.indexed()).as("nothing left to send").isZero();
        assertThat(again.unchanged()).isEqualTo(local.indexed());
    }

    @Test
    @Order(2)
    void queriesKeepAnsweringTheSameWhenTheNodeLeadingAShardStops() throws Exception {
        // all the hits, compared as sets: replicas may order sessions of equal scores differently
        List<SearchRequest> requests = List.of(SearchRequest.builder().query("kubernetes").limit(5000).build(),
                SearchRequest.builder().service("lambda").limit(5000).build(),
                SearchRequest.builder().query("bảo mật").facets(true).limit(5000).build());
        List<Set<String>> expected = new ArrayList<>();
        JettySolrRunner leader;
        try (SolrReportIndex solr = SolrReportIndex.open(cluster.target(COLLECTION))) {
            for (SearchRequest r : requests) {
                expected.add(ids(solr.search(r).hits()));
            }
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            List<String> wrong = new ArrayList<>();
            CompletableFuture<Void> queries = CompletableFuture.runAsync(() -> {
                while (running.get()) {
                    for (int i = 0; i < requests.size(); i++) {
                        try {
                            Set<String> got = ids(solr.search(requests.get(i)).hits());
                            if (!got.equals(expected.get(i)) || got.isEmpty()) {
                                synchronized (wrong) {
                                    wrong.add(requests.get(i).query() + ": other sessions");
                                }
                            }
                            answered.incrementAndGet();
                        } catch (Exception e) {
                            synchronized (wrong) {
                                wrong.add(requests.get(i).query() + ": " + e);
                            }
                        }
                    }
                }
            });
            waitFor(() -> answered.get() >= 30);
            leader = cluster.leaderOf(COLLECTION, "shard2");
            cluster.stop(leader);
            int before = answered.get();
            waitFor(() -> answered.get() >= before + 60);
            running.set(false);
            queries.get(1, TimeUnit.MINUTES);
            assertThat(wrong).isEmpty();
        }
        cluster.restart(leader, COLLECTION, 2, 2);
    }

    @Test
    @Order(3)
    void aPushIntoAShardWithNoReplicaLeftFailsClearlyAndTheNextOneConverges() throws Exception {
        // a collection of one shard whose one replica lives on the first node
        JettySolrRunner node = cluster.leaderOf(COLLECTION, "shard1");
        CollectionAdminRequest.createCollection("solo", SolrConfigset.NAME, 1, 1)
                .setRouterField(SolrConfigset.ROUTE_FIELD).setCreateNodeSet(node.getNodeName())
                .process(cluster.client());
        cluster.waitForActive("solo", 1, 1);
        AtomicLong done = new AtomicLong();
        SolrTarget solo = cluster.target("solo");
        CompletableFuture<IndexRun> push = CompletableFuture.supplyAsync(() -> {
            try {
                return SolrArchiveIndexer.builder(solo).threads(2).batchSize(10)
                        .patience(Duration.ofSeconds(3)).progress(p -> done.set(p.filesDone())).build()
                        .index(List.of(corpus));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        waitFor(() -> done.get() >= 150 || push.isDone());
        cluster.stop(node);
        assertThatThrownBy(() -> push.get(2, TimeUnit.MINUTES)).cause().cause()
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("SolrCloud did not let recap send documents for 3 s")
                .hasMessageContaining("run it again");

        cluster.restart(node, "solo", 1, 1);
        IndexRun rerun = SolrArchiveIndexer.builder(solo).build().index(List.of(corpus));
        assertThat(rerun.failed()).isZero();
        assertThat(rerun.reports()).isEqualTo(local.reports());
        assertThat(rerun.sessions()).isEqualTo(local.sessions());
        IndexRun settled = SolrArchiveIndexer.builder(solo).build().index(List.of(corpus));
        assertThat(settled.indexed()).isZero();
    }

    private static Set<String> ids(List<SessionHit> hits) {
        return hits.stream().map(SessionHit::id).collect(Collectors.toSet());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting");
            }
            Thread.sleep(20);
        }
    }
}
