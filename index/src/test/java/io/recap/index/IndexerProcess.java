package io.recap.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The other process of the crash, concurrency and locking tests: indexes as it is told and says so on standard
 * output, one line per event.
 *
 * <ul>
 *   <li>{@code index INDEX full|update THREADS ROOT...}: one run; prints {@code indexing} once it holds the index
 *       and has found the files, then {@code done REPORTS SESSIONS}.</li>
 *   <li>{@code alternate INDEX RUNS ROOT_A ROOT_B}: full runs of B, A, B… ; prints {@code done N} after each.</li>
 *   <li>{@code hold INDEX ROOT}: a run that, once it holds the index, prints {@code holding} and waits for a
 *       line on standard input before it goes on.</li>
 * </ul>
 * An {@link IndexException} prints {@code refused REASON: MESSAGE} and exits with 3.
 */
public final class IndexerProcess {

    private IndexerProcess() {
    }

    /** Starts this main class in a new JVM with the test class path; its standard error goes to {@code log}. */
    static Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                IndexerProcess.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(log.toFile()).start();
    }

    /** The next line the process prints, or {@code null} at its end. */
    static String readLine(Process p, BufferedReader[] reader) {
        try {
            if (reader[0] == null) {
                reader[0] = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            }
            return reader[0].readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        Path index = Path.of(args[1]);
        try {
            switch (args[0]) {
                case "index" -> {
                    List<Path> roots = new ArrayList<>();
                    for (int i = 4; i < args.length; i++) {
                        roots.add(Path.of(args[i]));
                    }
                    boolean[] said = {false};
                    IndexRun run = ArchiveIndexer.builder(index).full(args[2].equals("full"))
                            .threads(Integer.parseInt(args[3])).progress(p -> {
                                if (!said[0] && p.phase() == IndexProgress.Phase.INDEXING) {
                                    said[0] = true;
                                    System.out.println("indexing");
                                    System.out.flush();
                                }
                            }).build().index(roots);
                    System.out.println("done " + run.reports() + " " + run.sessions());
                }
                case "alternate" -> {
                    int runs = Integer.parseInt(args[2]);
                    for (int i = 0; i < runs; i++) {
                        Path root = Path.of(args[i % 2 == 0 ? 4 : 3]);
                        ArchiveIndexer.builder(index).full(true).threads(1).build().index(List.of(root));
                        System.out.println("done " + (i + 1));
                    }
                }
                case "hold" -> {
                    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                    boolean[] held = {false};
                    IndexRun run = ArchiveIndexer.builder(index).progress(p -> {
                        if (!held[0] && p.phase() == IndexProgress.Phase.INDEXING) {
                            held[0] = true;
                            System.out.println("holding");
                            System.out.flush();
                            try {
                                in.readLine();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    }).build().index(List.of(Path.of(args[2])));
                    System.out.println("done " + run.reports() + " " + run.sessions());
                }
                default -> throw new IllegalArgumentException("unknown mode " + args[0]);
            }
        } catch (IndexException e) {
            System.out.println("refused " + e.reason() + ": " + e.getMessage());
            System.out.flush();
            System.exit(3);
        }
        System.out.flush();
    }
}
