package io.recap.parser;

import io.recap.model.ListedEvent;
import io.recap.model.Report;
import io.recap.model.ServiceCount;
import io.recap.model.Session;
import io.recap.model.Speaker;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A deterministic, line-oriented summary of what the parser extracts from every file of a corpus: per file its
 * title, date, location, sessions (with their speakers), speakers, services and, for section index pages, the
 * events listed; the events of a page that holds several are summarised under it. One fact per line, so that
 * the diff of two snapshots shows exactly what a change to the parser did to each file.
 *
 * <p>{@code CorpusSnapshotTest} compares the committed snapshot with the parser's output on
 * {@code ../shared/corpus/real/files}. To rewrite the snapshot after a change that was read and accepted:
 *
 * <pre>
 * RECAP_SNAPSHOT=write ./mvnw -B -q -pl parser -am test -Dtest=CorpusSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
final class CorpusSnapshot {

    /** Where the snapshot of {@code ../shared/corpus/real/files} is committed, relative to the parser module. */
    static final Path COMMITTED = Path.of("src/test/resources/io/recap/parser/corpus-snapshot.txt");

    private CorpusSnapshot() {
    }

    /** The snapshot of every {@code *.md} file under {@code root}, in path order. */
    static String of(Path root, ReportParser parser) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        StringBuilder out = new StringBuilder();
        out.append("# What recap's parser extracts from each file of ../shared/corpus/real/files.\n")
                .append("# Written by CorpusSnapshotTest (RECAP_SNAPSHOT=write); see CorpusSnapshot's javadoc.\n");
        for (Path f : files) {
            String name = root.relativize(f).toString().replace('\\', '/');
            Report report = parser.parse(name, Files.readAllBytes(f));
            out.append('\n');
            append(out, "== " + name, report);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String header, Report r) {
        out.append(header).append('\n');
        if (r.indexPage()) {
            out.append("index page: ").append(r.listedEvents().size()).append(" events listed\n");
            for (ListedEvent e : r.listedEvents()) {
                out.append("listed: ").append(e.title()).append(e.date() == null ? "" : " | " + e.date()).append('\n');
            }
        }
        line(out, "title", r.title());
        line(out, "date", r.date() == null ? null : r.date().toString());
        line(out, "location", r.location());
        for (Session s : r.sessions()) {
            String who = s.speakers().isEmpty() ? ""
                    : " [" + s.speakers().stream().map(Speaker::name).collect(Collectors.joining("; ")) + "]";
            out.append("session: ").append(s.title()).append(who).append('\n');
        }
        for (Speaker s : r.speakers()) {
            out.append("speaker: ").append(s.name()).append('\n');
        }
        if (!r.services().isEmpty()) {
            out.append("services: ").append(r.services().stream().map(ServiceCount::service)
                    .map(s -> s.id()).collect(Collectors.joining(" "))).append('\n');
        }
        for (Report e : r.events()) {
            append(out, "== " + e.source().path(), e);
        }
    }

    private static void line(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append(key).append(": ").append(value.replace('\n', ' ')).append('\n');
        }
    }

    /** Writes the snapshot of {@code args[0]} (a corpus folder) to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        String snapshot = of(Path.of(args[0]), ReportParser.builder().build());
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            w.write(snapshot);
        }
    }
}
