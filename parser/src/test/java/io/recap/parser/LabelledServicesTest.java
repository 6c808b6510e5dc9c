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
 * Service detection measured against hand-made labels of real reports ({@code ../shared/corpus/labels}): the
 * services each report mentions, compared with the services the parser finds, scored the way
 * {@code score-labels.py} scores them. Detection must keep precision at 0.95 and recall at 0.90 or above.
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

    static ServiceLabelScore score(Path labels, Path files) throws IOException {
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
        assertThat(reports).as("labelled reports").isGreaterThanOrEqualTo(40);
        return score;
    }
}
