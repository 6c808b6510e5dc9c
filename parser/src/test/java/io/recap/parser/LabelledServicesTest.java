package io.recap.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.model.Report;
import io.recap.model.Service;
import io.recap.model.ServiceCount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Service detection measured against hand-made labels of real reports: the 44 shared labels
 * ({@code ../shared/corpus/labels}) and 16 more of our own ({@code labels/services-extra.jsonl}, made by reading
 * the reports). The services each report mentions are compared with the services the parser finds, scored the
 * way {@code score-labels.py} scores them. Detection must keep precision at 0.95 and recall at 0.90 or above on
 * each set.
 */
class LabelledServicesTest {

    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_RECALL = 0.90;

    @Test
    void detectionMatchesTheLabelledReports() throws IOException {
        Path labels = SharedCorpus.require("corpus/labels/labels.jsonl");
        Path files = SharedCorpus.require("corpus/real/files");
        ServiceLabelScore score = score(labels, files);
        System.out.println("labelled reports (" + labels + "): " + score.summary());
        score.misses().forEach(m -> System.out.println("  " + m));
        assertThat(score.precision()).as(score.summary()).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(score.recall()).as(score.summary()).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @Test
    void detectionMatchesOurOwnLabels() throws IOException, java.net.URISyntaxException {
        Path files = SharedCorpus.require("corpus/real/files");
        Path labels = Path.of(LabelledServicesTest.class.getResource("labels/services-extra.jsonl").toURI());
        ServiceLabelScore score = score(labels, files, 16);
        System.out.println("our own labels (" + labels.getFileName() + "): " + score.summary());
        score.misses().forEach(m -> System.out.println("  " + m));
        assertThat(score.precision()).as(score.summary()).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(score.recall()).as(score.summary()).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    static ServiceLabelScore score(Path labels, Path files) throws IOException {
        return score(labels, files, 40);
    }

    static ServiceLabelScore score(Path labels, Path files, int minReports) throws IOException {
        ReportParser parser = ReportParser.builder().build();
        JsonMapper json = JsonMapper.builder().build();
        ServiceLabelScore score = new ServiceLabelScore();
        int reports = 0;
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode label = json.readTree(line);
            String file = label.get("file").asString();
            List<String> gold = new ArrayList<>();
            for (JsonNode s : label.get("services")) {
                gold.add(s.asString());
            }
            Report report = parser.parse(files.resolve(file));
            List<Service> found = new ArrayList<>();
            for (ServiceCount c : report.services()) {
                found.add(c.service());
            }
            score.add(file, gold, found);
            reports++;
        }
        assertThat(reports).as("labelled reports").isGreaterThanOrEqualTo(minReports);
        return score;
    }
}
