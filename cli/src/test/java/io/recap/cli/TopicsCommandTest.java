package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code recap topics} and the topic side of {@code recap search} (issue 20), over the example index: counts,
 * the glossary, the {@code --topic} filter and facet, topic expansion in the table and the JSON, {@code --exact},
 * {@code --same-language} and {@code --explain}.
 */
class TopicsCommandTest {

    final Cli cli = Examples.overSharedIndex();

    @Test
    void listsTopicsByTheirSessionsMostFirst() {
        assertThat(cli.run("topics", "--top", "3")).isZero();
        assertThat(cli.out).isEqualTo("""
                TOPIC       NAME        VIETNAMESE         SESSIONS  EVENTS
                containers  containers  container                 7       3
                devops      DevOps      DevOps                    5       2
                ci-cd       CI/CD       tích hợp liên tục         4       2
                """);
    }

    @Test
    void countsAreWhatSearchAndEventsFindWithTheTopicAsAFilter() {
        assertThat(cli.run("topics", "-f", "json")).isZero();
        JsonNode topics = Json.read(cli.out);
        assertThat(topics.size()).isGreaterThan(5);
        for (JsonNode t : topics) {
            String id = t.get("id").asString();
            Cli search = Examples.overSharedIndex();
            assertThat(search.run("search", "--topic", id, "-n", "0", "-f", "json")).isZero();
            assertThat(Json.read(search.out).get("total").asLong()).as("sessions of " + id)
                    .isEqualTo(t.get("sessions").asLong());
            Cli events = Examples.overSharedIndex();
            assertThat(events.run("events", "--topic", id, "-n", "0", "-f", "json")).isZero();
            assertThat(Json.read(events.out).get("total").asLong()).as("events of " + id)
                    .isEqualTo(t.get("events").asLong());
        }
    }

    @Test
    void theGlossaryListsEveryTopicWithItsNames() {
        assertThat(cli.run("topics", "--glossary", "-f", "json")).isZero();
        JsonNode all = Json.read(cli.out);
        assertThat(all.size()).isGreaterThanOrEqualTo(150);
        JsonNode first = all.get(0);
        assertThat(first.get("id").asString()).isEqualTo("observability");
        assertThat(first.get("vietnameseName").asString()).isEqualTo("khả năng quan sát");
        assertThat(first.get("closeTerms").toString()).contains("monitoring");
    }

    @Test
    void theGlossaryTakesNoQuery() {
        assertThat(cli.run("topics", "--glossary", "observability")).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err).contains("--glossary lists the glossary");
    }

    @Test
    void anUnknownTopicIsAUsageErrorThatPointsToTheList() {
        assertThat(cli.run("search", "--topic", "quantum teleportation")).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err).contains("unknown topic 'quantum teleportation'").contains("recap topics");
    }

    @Test
    void aVietnameseQueryFindsTheEnglishSessionAndTheTableSaysHow() {
        assertThat(cli.run("search", "giám sát")).isZero();
        assertThat(cli.out).contains("VIA TOPIC").contains("Monitoring & Observability")
                .contains("monitoring (en)");
    }

    @Test
    void theJsonSaysWhichTopicExpandedTheQueryAndHowEachHitWasFound() {
        assertThat(cli.run("search", "giám sát", "-f", "json")).isZero();
        JsonNode doc = Json.read(cli.out);
        JsonNode e = doc.get("expansions").get(0);
        assertThat(e.get("typed").asString()).isEqualTo("giám sát");
        assertThat(e.get("language").asString()).isEqualTo("vi");
        assertThat(e.get("topic").get("id").asString()).isEqualTo("monitoring");
        JsonNode topic = doc.get("hits").get(0).get("topic");
        assertThat(topic.get("matched").asString()).isEqualTo("monitoring");
        assertThat(topic.get("language").asString()).isEqualTo("en");
        assertThat(topic.get("otherLanguage").asBoolean()).isTrue();
    }

    @Test
    void exactSearchesTheWordsAsTyped() {
        assertThat(cli.run("search", "giám sát", "--exact", "-f", "json")).isEqualTo(ExitCode.NOTHING);
        JsonNode doc = Json.read(cli.out);
        assertThat(doc.get("total").asLong()).isZero();
        assertThat(doc.get("expansions").size()).isZero();
    }

    @Test
    void sameLanguageKeepsToTheLanguageTyped() {
        assertThat(cli.run("search", "giám sát", "--same-language")).isEqualTo(ExitCode.NOTHING);
        assertThat(cli.err).contains("no sessions found");
        assertThat(cli.run("search", "x", "--exact", "--same-language")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void explainSaysWhatTheQueryWasExpandedTo() {
        assertThat(cli.run("search", "observability", "--explain")).isZero();
        assertThat(cli.err).contains("\"observability\" (en) is the topic observability")
                .contains("\"giám sát\"").contains("--exact");
        Cli plain = Examples.overSharedIndex();
        assertThat(plain.run("search", "CodeDeploy", "--explain")).isZero();
        assertThat(plain.err).contains("no topic expanded \"CodeDeploy\"");
    }

    @Test
    void theFacetCountsSessionsByTopic() {
        assertThat(cli.run("search", "--topic", "containers", "--facets", "-f", "json")).isZero();
        JsonNode topics = Json.read(cli.out).get("facets").get("topics");
        assertThat(topics.get(0).get("value").asString()).isEqualTo("containers");
        assertThat(topics.get(0).get("count").asLong()).isEqualTo(7);
        Cli table = Examples.overSharedIndex();
        assertThat(table.run("search", "--topic", "containers", "--facets")).isZero();
        assertThat(table.out).containsPattern("topic +containers +7");
    }
}
