package io.recap.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A large archive of generated reports in a directory, which a test can change at random and whose expected
 * index contents it knows: for every report, its path, content hash and number of sessions.
 */
final class GeneratedArchive {

    /** What the index must hold for one report. */
    record Expected(String hash, int sessions) {
    }

    private static final String[] TOPICS = {"Serverless", "Containers", "DevOps", "Data", "Security",
        "Networking", "Machine Learning", "Observability"};
    private static final String[] SERVICES = {"**AWS Lambda**", "**Amazon ECR**", "**AWS CodeDeploy**",
        "**Amazon S3**", "**AWS IAM**", "**Amazon VPC**", "**Amazon SageMaker**", "**Amazon CloudWatch**"};

    private final Path root;
    private final String word;
    private final Map<String, Expected> expected = new TreeMap<>();
    private int next;

    private GeneratedArchive(Path root, String word) {
        this.root = root;
        this.word = word;
    }

    /** {@code reports} generated reports under {@code root}; every session contains {@code word}. */
    static GeneratedArchive create(Path root, int reports, String word, Random random) throws IOException {
        GeneratedArchive a = new GeneratedArchive(Files.createDirectories(root).toRealPath(), word);
        for (int i = 0; i < reports; i++) {
            a.add(random);
        }
        return a;
    }

    Path root() {
        return root;
    }

    /** Path → what the index must hold, for the archive as it is now. */
    Map<String, Expected> expected() {
        return Map.copyOf(expected);
    }

    int sessions() {
        return expected.values().stream().mapToInt(Expected::sessions).sum();
    }

    /** Changes about a tenth of the reports, deletes and adds a few. */
    void mutate(Random random) throws IOException {
        List<String> paths = List.copyOf(expected.keySet());
        for (String p : paths) {
            double r = random.nextDouble();
            if (r < 0.10) {
                write(Path.of(p), random);
            } else if (r < 0.13) {
                Files.delete(Path.of(p));
                expected.remove(p);
            }
        }
        int adds = Math.max(1, paths.size() / 30);
        for (int i = 0; i < adds; i++) {
            add(random);
        }
    }

    private void add(Random random) throws IOException {
        int n = next++;
        write(root.resolve("content/4-Events/4." + n + "-Event" + n + (n % 2 == 0 ? "/_index.md" : "/_index.vi.md")),
                random);
    }

    private void write(Path file, Random random) throws IOException {
        boolean english = file.getFileName().toString().equals("_index.md");
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String title = topic + " Day " + random.nextInt(1_000_000);
        TestReport r = english ? TestReport.english(title) : TestReport.vietnamese(title);
        r.date(LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000))).location("Hall " + random.nextInt(20));
        int sessions = 1 + random.nextInt(6);
        for (int s = 1; s <= sessions; s++) {
            String service = SERVICES[random.nextInt(SERVICES.length)];
            r.session(topic + " " + word + " talk " + s, "How teams use " + service + " for " + topic + ".",
                    "Lessons number " + random.nextInt(1000) + " about " + word + ".");
        }
        r.writeTo(file);
        expected.put(file.toString(), new Expected(sha256(Files.readAllBytes(file)), sessions));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
