package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code recap events}: one line per event with its session count, in every output format. */
class EventsCommandTest {

    final Cli cli = Examples.overSharedIndex();

    @Test
    void everyEventNewestFirstWithItsSessionCount() {
        assertThat(cli.run("events")).isZero();
        assertThat(cli.out).isEqualTo("""
                DATE        EVENT                                  LANG  SESSIONS
                2026-07-25  Cloud Security Community Day           en           4
                2025-11-29  Container Day – Hiện đại hóa ứng dụng  vi           3
                2025-11-17  DevOps on AWS Workshop                 vi           6
                2025-10-04  Infrastructure as Code Workshop        en           4
                2025-09-06  Data & AI Day: Từ dữ liệu đến mô hình  vi           3
                2025-08-13  Serverless Builders Day 2025           en           4
                6 of 6 events
                """);
        assertThat(cli.err).isEmpty();
    }

    @Test
    void aQueryKeepsEventsWithMatchingSessionsBestFirstAndCountsThem() {
        cli.env.put("COLUMNS", "50");
        assertThat(cli.run("events", "container")).isZero();
        assertThat(cli.out).isEqualTo("""
                DATE        EVENT               SESSIONS  MATCHING
                2025-11-29  Container Day –            3         3
                            Hiện đại hóa ứng
                            dụng
                2025-11-17  DevOps on AWS              6         1
                            Workshop
                2026-07-25  Cloud Security             4         1
                            Community Day
                (lang not shown at this width)
                3 of 3 events
                """);
        assertThat(cli.out.lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(50));
    }

    @Test
    void pathsListEveryEventAndNulSeparatesThem() {
        assertThat(cli.run("events", "--format", "paths")).isZero();
        assertThat(cli.out.lines()).hasSize(6).doesNotHaveDuplicates();
        assertThat(cli.run("events", "--service", "ecs", "-0")).isZero();
        assertThat(cli.out).isEqualTo(Examples.CONTAINER_DAY + "\0" + Examples.SEED + "\0");
    }

    @Test
    void filtersAndPagesLikeSearch() {
        assertThat(cli.run("events", "--lang", "en", "--offset", "1", "--limit", "1")).isZero();
        assertThat(cli.out).isEqualTo("""
                DATE        EVENT                            LANG  SESSIONS
                2025-10-04  Infrastructure as Code Workshop  en           4
                2–2 of 3 events
                """);
        assertThat(cli.run("events", "--offset", "10")).isZero();
        assertThat(cli.out).isEmpty();
        assertThat(cli.err).isEqualTo("no events on this page: 6 in all, --offset 10\n");
    }

    @Test
    void csvHasBothCountsTheLocationAndThePath() {
        assertThat(cli.run("events", "--service", "ecs", "--format", "csv")).isZero();
        assertThat(cli.out).isEqualTo("date,event,language,sessions,matching,location,path\r\n"
                + "2025-11-29,Container Day – Hiện đại hóa ứng dụng,vi,3,3,\"Tầng 5, Tòa nhà Sáng Tạo, Quận 3, TP. Hồ "
                + "Chí Minh\"," + Examples.CONTAINER_DAY + "\r\n"
                + "2025-11-17,DevOps on AWS Workshop,vi,6,1,Văn phòng AWS," + Examples.SEED + "\r\n");
    }

    @Test
    void tsvAndNdjsonHaveOneLinePerEvent() {
        assertThat(cli.run("events", "--year", "2026", "-f", "tsv")).isZero();
        assertThat(cli.out).isEqualTo("date\tevent\tlanguage\tsessions\tmatching\tlocation\tpath\n"
                + "2026-07-25\tCloud Security Community Day\ten\t4\t4\tInnovation Hub, 2 Hai Trieu Street, Ho Chi Minh "
                + "City\t" + Examples.CONTENT.resolve("4.4-Event4/_index.md") + "\n");
        assertThat(cli.run("events", "--service", "ecs", "-f", "ndjson")).isZero();
        assertThat(cli.out.lines().map(l -> Json.read(l).get("title").asString()))
                .containsExactly("Container Day – Hiện đại hóa ứng dụng", "DevOps on AWS Workshop");
    }

    @Test
    void jsonHasTheQueryTheTotalAndTheEvents() {
        assertThat(cli.run("events", "--service", "ecs", "--format", "json")).isZero();
        JsonNode r = Json.read(cli.out);
        assertThat(r.propertyNames()).containsExactly("query", "total", "events", "fuzzy");
        assertThat(r.get("total").asInt()).isEqualTo(2);
        JsonNode seed = r.at("/events/1");
        assertThat(seed.propertyNames()).containsExactly("id", "title", "date", "language", "location", "path",
                "sessions", "matchingSessions", "score");
        assertThat(seed.get("id").asString()).isEqualTo(Examples.SEED.toString());
        assertThat(seed.get("date").asString()).isEqualTo("2025-11-17");
        assertThat(seed.get("sessions").asInt()).isEqualTo(6);
        assertThat(seed.get("matchingSessions").asInt()).isEqualTo(1);
    }

    @Test
    void pathsPrintsOneReportPerLineForXargs() {
        assertThat(cli.run("events", "--since", "2025-11-01", "--until", "2025-12-31", "-f", "paths")).isZero();
        assertThat(cli.out).isEqualTo(Examples.CONTAINER_DAY + "\n" + Examples.SEED + "\n");
    }

    @Test
    void nothingFoundExitsWithOne() {
        assertThat(cli.run("events", "zzzyyyxxx")).isEqualTo(1);
        assertThat(cli.out).isEmpty();
        assertThat(cli.err).isEqualTo("no events found\n");
    }

    @Test
    void aMistypedWordIsRetriedAndStderrSaysSo() {
        assertThat(cli.run("events", "kubernetis", "-f", "paths")).isZero();
        assertThat(cli.err).isEqualTo("recap: nothing matches \"kubernetis\" as typed; showing events with similar "
                + "words\n");
        assertThat(cli.out).startsWith(Examples.CONTAINER_DAY + "\n");
    }
}
