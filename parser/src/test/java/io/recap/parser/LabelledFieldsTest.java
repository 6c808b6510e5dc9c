package io.recap.parser;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The parser against the 84 hand-made labels beside the project ({@code ../shared/corpus/labels}), scored as
 * {@code score-labels.py} scores them: the event's name, its date, the sessions and the speakers may not fall
 * below floors set a little under the figures measured when they were last raised (see the README's table).
 * Services are {@link LabelledServicesTest}'s.
 */
class LabelledFieldsTest {

    // measured at 5828e24: title 0.964, date 1.000, sessions F1 0.986, speakers F1 0.976; title 0.976 since
    private static final double TITLE_FLOOR = 0.95;
    private static final double DATE_FLOOR = 0.99;
    private static final double SESSIONS_F1_FLOOR = 0.97;
    private static final double SPEAKERS_F1_FLOOR = 0.96;

    @Test
    void titlesDatesSessionsAndSpeakersStayAboveTheirFloors() throws IOException {
        Path labels = SharedCorpus.require("corpus/labels/labels.jsonl");
        Path files = SharedCorpus.require("corpus/real/files");
        ReportParser parser = ReportParser.builder().build();
        JsonMapper json = JsonMapper.builder().build();
        FieldLabelScore score = new FieldLabelScore();
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode label = json.readTree(line);
            String file = label.get("file").asString();
            score.add(file, text(label, "title"), text(label, "date"), strings(label.get("sessions")),
                    strings(label.get("speakers")), parser.parse(files.resolve(file)));
        }
        System.out.println("labelled reports: " + score.summary());
        score.misses().forEach(m -> System.out.println("  " + m));
        assertThat(score.title()).as(score.summary()).isGreaterThanOrEqualTo(TITLE_FLOOR);
        assertThat(score.date()).as(score.summary()).isGreaterThanOrEqualTo(DATE_FLOOR);
        assertThat(score.sessionsF1()).as(score.summary()).isGreaterThanOrEqualTo(SESSIONS_F1_FLOOR);
        assertThat(score.speakersF1()).as(score.summary()).isGreaterThanOrEqualTo(SPEAKERS_F1_FLOOR);
    }

    @Test
    void nearMatchesAreScoreLabelsNearMatches() {
        assertThat(FieldLabelScore.near("Phạm Nguyễn Hải Anh", "pham nguyen hai anh", 0.8)).isTrue();
        assertThat(FieldLabelScore.near("Kubernetes on AWS", "Kubernetes trên AWS", 0.8)).isTrue();
        assertThat(FieldLabelScore.near("Opening keynote", "Closing remarks", 0.8)).isFalse();
        assertThat(FieldLabelScore.near("Deep Dive: Kiro", "Deep Dive: Kiro - The AI IDE", 0.8)).isTrue();
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asString()));
        }
        return out;
    }
}
