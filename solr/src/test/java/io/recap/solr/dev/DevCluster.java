package io.recap.solr.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * {@code bin/recap-solr-dev}: a throwaway SolrCloud for trying recap's Solr back end without installing Solr —
 * two nodes and an embedded ZooKeeper from solr-test-framework, on free ports of this machine, with their data in
 * a temporary folder deleted when it stops. For trying only: it is a test fixture, not a way to run Solr.
 *
 * <p>Options: {@code --nodes N} (default 2), {@code --url-file FILE} (writes the nodes' URLs, comma-separated,
 * once they are up: for scripts).
 */
public final class DevCluster {

    private DevCluster() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = 2;
        Path urlFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--nodes" -> nodes = Integer.parseInt(args[++i]);
                case "--url-file" -> urlFile = Path.of(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("usage: bin/recap-solr-dev [--nodes N] [--url-file FILE]");
                    System.out.println("Starts a throwaway SolrCloud (N nodes, default 2, and an embedded ZooKeeper) "
                            + "for trying recap; its data is deleted when it stops (Ctrl-C). For trying only.");
                    return;
                }
                default -> {
                    System.err.println("recap-solr-dev: unknown option " + args[i] + "; see --help");
                    System.exit(2);
                }
            }
        }
        Path dir = Files.createTempDirectory("recap-solr-dev");
        System.setProperty("solr.log.dir", dir.resolve("logs").toString());
        System.err.println("recap-solr-dev: FOR TRYING ONLY: starting a throwaway SolrCloud (" + nodes
                + " nodes, embedded ZooKeeper) in " + dir + "; its data is deleted when it stops");
        MiniSolrCloudCluster cluster;
        try {
            cluster = new MiniSolrCloudCluster.Builder(nodes, dir.resolve("cluster")).build();
        } catch (Exception e) {
            System.err.println("recap-solr-dev: the cluster did not start: " + e);
            deleteQuietly(dir);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cluster.shutdown();
            } catch (Exception e) {
                System.err.println("recap-solr-dev: stopping: " + e);
            }
            deleteQuietly(dir);
            stopped.countDown();
        }, "recap-solr-dev-stop"));
        List<String> urls = new ArrayList<>();
        for (JettySolrRunner j : cluster.getJettySolrRunners()) {
            urls.add(j.getBaseUrl().toString());
        }
        String url = String.join(",", urls);
        if (urlFile != null) {
            Path tmp = urlFile.resolveSibling(urlFile.getFileName() + ".tmp");
            Files.writeString(tmp, url + "\n");
            Files.move(tmp, urlFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println(url);
        System.err.println("recap-solr-dev: SolrCloud is up. Try:");
        System.err.println("  bin/recap index --solr " + url + " --collection recap --shards 2 --replicas 2 examples");
        System.err.println("  bin/recap search --solr " + url + " --collection recap --service CodeDeploy");
        System.err.println("recap-solr-dev: Ctrl-C stops it and deletes its data.");
        stopped.await();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("recap-solr-dev: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
