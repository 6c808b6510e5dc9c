package io.recap.example;

import io.recap.index.ArchiveIndexer;
import io.recap.index.IndexRun;
import io.recap.index.ReportIndex;
import io.recap.index.SearchRequest;
import io.recap.index.SearchResult;
import io.recap.index.SessionHit;
import io.recap.model.Report;
import io.recap.parser.ReportParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Parses a folder of event reports, indexes it in a temporary directory and lists the sessions about a service. */
public final class Embedding {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "examples");
        String service = args.length > 1 ? args[1] : "CodeDeploy";

        ReportParser parser = ReportParser.builder().build(); // immutable and thread-safe: build one, share it
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                Report report = parser.parse(file);
                System.out.printf("%s | %s | %d sessions | %d services%n", report.title(), report.date(),
                        report.sessions().size(), report.services().size());
            }
        }

        Path index = Files.createTempDirectory("recap-index");
        IndexRun run = ArchiveIndexer.builder(index).parser(parser).build().index(List.of(folder));
        System.out.printf("indexed %d reports, %d sessions%n", run.reports(), run.sessions());
        try (ReportIndex reports = ReportIndex.open(index)) { // holds the index's files open: close it
            SearchResult result = reports.search(SearchRequest.builder().service(service).build());
            System.out.printf("%d sessions mention %s:%n", result.total(), service);
            for (SessionHit hit : result.hits()) {
                System.out.printf("  %s | session %d: %s%n", hit.event().title(), hit.session().number(),
                        hit.session().title());
            }
        }
        try (Stream<Path> files = Files.walk(index)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
