package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code recap events}: one line per event, its reports grouped (language twins, other authors), with its
 * languages, reports and programme; {@code --reports}: one line per report page, in every output format.
 */
class EventsCommandTest {

    final Cli cli = Examples.overSharedIndex();

    @Test
    void everyEventNewestFirstWithItsSessionCount() {
        assertThat(cli.run("events", "--reports")).isZero();
        assertThat(cli.out).isEqualTo("""
                DATE        EVENT                                     LANG  SESSIONS
                2026-07-25  Cloud Security Community Day              en           4
                2025-11-29  Container Day – Modernising Applications  en           3
                2025-11-29  Container Day – Hiện đại hóa ứng dụng     vi           3
                2025-11-29  Container Day                             en           2
                2025-11-17  DevOps on AWS Workshop                    vi           6
                2025-10-04  Infrastructure as Code Workshop           en           4
                2025-09-06  Data & AI Day: Từ dữ liệu đến mô hình     vi           3
                2025-08-13  Serverless Builders Day 2025              en           4
                8 of 8 reports
                """);
        assertThat(cli.err).isEmpty();
    }

    @Test
    void aQueryKeepsEventsWithMatchingSessionsBestFirstAndCountsThem() {
        cli.env.put("COLUMNS", "50");
        assertThat(cli.run("events", "--reports", "container")).isZero();
        assertThat(cli.out).isEqualTo("""
                DATE        EVENT               SESSIONS  MATCHING
                2025-11-29  Container Day –            3         3
                            Hiện đại hóa ứng
                            dụng
                2025-11-29  Container Day              2         2
                2025-11-17  DevOps on AWS              6         1
                            Workshop
                2025-11-29  Container Day –            3         3
                            Modernising
                            Applications
                2026-07-25  Cloud Security             4         1
                            Community Day
                (lang not shown at this width)
                5 of 5 reports
                """);
        assertThat(cli.out.lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(50));
    }

    @Test
    void pathsListEveryEventAndNulSeparatesThem() {
        assertThat(cli.run("events", "--reports", "--format", "paths")).isZero();
        assertThat(cli.out.lines()).hasSize(8).doesNotHaveDuplicates();
        assertThat(cli.run("events", "--reports", "--service", "ecs", "-0")).isZero();
        assertThat(cli.out).isEqualTo(Examples.CONTAINER_DAY_EN + "\0" + Examples.CONTAINER_DAY + "\0"
                + Examples.TEAMMATE + "\0" + Examples.SEED + "\0");
    }

    @Test
    void filtersAndPagesLikeSearch() {
        assertThat(cli.run("events", "--reports", "--lang", "en", "--offset", "1", "--limit", "1")).isZero();
        assertThat(cli.out).isEqualTo("""
                DATE        EVENT                                     LANG  SESSIONS
                2025-11-29  Container Day – Modernising Applications  en           3
                2–2 of 5 reports
                """);
        assertThat(cli.run("events", "--reports", "--offset", "10")).isZero();
        assertThat(cli.out).isEmpty();
        assertThat(cli.err).isEqualTo("no reports on this page: 8 in all, --offset 10\n");
    }

    @Test
    void csvHasBothCountsTheLocationAndThePath() {
        assertThat(cli.run("events", "--reports", "--service", "ecs", "--format", "csv")).isZero();
        assertThat(cli.out).isEqualTo("date,event,language,sessions,matching,location,path\r\n"
                + "2025-11-29,Container Day – Modernising Applications,en,3,3,\"5th floor, Creative Building, "
                + "District 3, Ho Chi Minh City\"," + Examples.CONTAINER_DAY_EN + "\r\n"
                + "2025-11-29,Container Day – Hiện đại hóa ứng dụng,vi,3,3,\"Tầng 5, Tòa nhà Sáng Tạo, Quận 3, TP. Hồ "
                + "Chí Minh\"," + Examples.CONTAINER_DAY + "\r\n"
                + "2025-11-29,Container Day,en,2,1,\"Creative Building, District 3, Ho Chi Minh City\","
                + Examples.TEAMMATE + "\r\n"
                + "2025-11-17,DevOps on AWS Workshop,vi,6,1,Văn phòng AWS," + Examples.SEED + "\r\n");
    }

    @Test
    void tsvAndNdjsonHaveOneLinePerEvent() {
        assertThat(cli.run("events", "--reports", "--year", "2026", "-f", "tsv")).isZero();
        assertThat(cli.out).isEqualTo("date\tevent\tlanguage\tsessions\tmatching\tlocation\tpath\n"
                + "2026-07-25\tCloud Security Community Day\ten\t4\t4\tInnovation Hub, 2 Hai Trieu Street, Ho Chi Minh "
                + "City\t" + Examples.CONTENT.resolve("4.4-Event4/_index.md") + "\n");
        assertThat(cli.run("events", "--reports", "--service", "ecs", "-f", "ndjson")).isZero();
        assertThat(cli.out.lines().map(l -> Json.read(l).get("title").asString()))
                .containsExactly("Container Day – Modernising Applications", "Container Day – Hiện đại hóa ứng dụng",
                        "Container Day", "DevOps on AWS Workshop");
    }

    @Test
    void jsonHasTheQueryTheTotalAndTheEvents() {
        assertThat(cli.run("events", "--reports", "--service", "ecs", "--format", "json")).isZero();
        JsonNode r = Json.read(cli.out);
        assertThat(r.propertyNames()).containsExactly("query", "total", "events", "fuzzy");
        assertThat(r.get("total").asInt()).isEqualTo(4);
        JsonNode seed = r.at("/events/3");
        assertThat(seed.propertyNames()).containsExactly("id", "title", "date", "language", "location", "path",
                "sessions", "matchingSessions", "score");
        assertThat(seed.get("id").asString()).isEqualTo(Examples.SEED.toString());
        assertThat(seed.get("date").asString()).isEqualTo("2025-11-17");
        assertThat(seed.get("sessions").asInt()).isEqualTo(6);
        assertThat(seed.get("matchingSessions").asInt()).isEqualTo(1);
    }

    @Test
    void pathsPrintsOneReportPerLineForXargs() {
        assertThat(cli.run("events", "--reports", "--since", "2025-11-01", "--until", "2025-12-31", "-f", "paths"))
                .isZero();
        assertThat(cli.out).isEqualTo(Examples.CONTAINER_DAY_EN + "\n" + Examples.CONTAINER_DAY + "\n"
                + Examples.TEAMMATE + "\n" + Examples.SEED + "\n");
    }

    @Test
    void nothingFoundExitsWithOne() {
        assertThat(cli.run("events", "--reports", "zzzyyyxxx")).isEqualTo(1);
        assertThat(cli.out).isEmpty();
        assertThat(cli.err).isEqualTo("no reports found\n");
        assertThat(cli.run("events", "zzzyyyxxx")).isEqualTo(1);
        assertThat(cli.err).isEqualTo("no events found\n");
    }

    @Test
    void aMistypedWordIsRetriedAndStderrSaysSo() {
        assertThat(cli.run("events", "--reports", "kubernetis", "-f", "paths")).isZero();
        assertThat(cli.err).isEqualTo("recap: nothing matches \"kubernetis\" as typed; showing events with similar "
                + "words\n");
        assertThat(cli.out).startsWith(Examples.CONTAINER_DAY_EN + "\n");
    }

    @Test
    void eachEventOnceWithItsReportsLanguagesAndProgramme() {
        assertThat(cli.run("events")).isZero();
        assertThat(cli.out).isEqualTo("""
                DATE        EVENT                                  LANG   REPORTS  SESSIONS
                2026-07-25  Cloud Security Community Day           en           1         4
                2025-11-29  Container Day                          en,vi        2         3
                2025-11-17  DevOps on AWS Workshop                 vi           1         6
                2025-10-04  Infrastructure as Code Workshop        en           1         4
                2025-09-06  Data & AI Day: Từ dữ liệu đến mô hình  vi           1         3
                2025-08-13  Serverless Builders Day 2025           en           1         4
                6 of 6 events (7 reports shown); recap show EVENT for one, --reports for every report
                """);
        assertThat(cli.err).isEmpty();
    }

    @Test
    void jsonOfAnEventHasItsPagesWithWhyAndItsProgrammeWithHowManyReportsTellEachSession() {
        assertThat(cli.run("events", "--service", "ecs", "--format", "json")).isZero();
        JsonNode r = Json.read(cli.out);
        assertThat(r.get("total").asInt()).isEqualTo(2);
        JsonNode day = r.at("/events/0");
        assertThat(day.propertyNames()).containsExactly("id", "title", "date", "location", "languages", "reports",
                "sessions", "matchingReports", "matchingSessions", "score", "pages", "programme");
        assertThat(day.get("id").asString()).isEqualTo("2025-11-29-container-day");
        assertThat(day.get("reports").asInt()).isEqualTo(2);
        assertThat(day.get("matchingReports").asInt()).isEqualTo(2);
        assertThat(day.get("pages").valueStream().map(p -> p.get("path").asString() + " " + p.get("reason").asString()))
                .containsExactly(Examples.CONTAINER_DAY_EN + " first", Examples.CONTAINER_DAY + " twin",
                        Examples.TEAMMATE + " name_and_date");
        assertThat(day.at("/pages/2/linkedTo").asString()).isEqualTo(Examples.CONTAINER_DAY_EN.toString());
        assertThat(day.get("programme").valueStream().map(p -> p.get("title").asString() + "=" + p.get("reports")))
                .containsExactly("Containers without managing servers=2", "Continuous delivery for containers=2",
                        "Kubernetes on AWS=1");
    }

    @Test
    void searchByEventCollapsesTheHitsOfOneEvent() {
        assertThat(cli.run("search", "--service", "ecs", "--by", "event")).isZero();
        assertThat(cli.out).startsWith("""
                DATE        EVENT                   LANG   REPORTS  SESSIONS  MATCHING
                2025-11-29  Container Day           en,vi        2         3         4
                2025-11-17  DevOps on AWS Workshop  vi           1         6         1
                """);
        assertThat(cli.run("search", "--service", "ecs", "--by", "event", "--facets")).isEqualTo(2);
    }

    @Test
    void groupingEventsNeedsALocalIndexSoSolrIsAUsageError() {
        // refused before any connection: a SolrCloud collection stores no grouping facts
        assertThat(cli.run("events", "--solr", "http://127.0.0.1:9/solr")).isEqualTo(2);
        assertThat(cli.err).contains("recap events groups reports into events, which only a local index does")
                .contains("--reports lists report pages");
        assertThat(cli.run("search", "ecs", "--by", "event", "--solr", "http://127.0.0.1:9/solr")).isEqualTo(2);
        assertThat(cli.err).contains("recap search --by event groups reports into events");
        assertThat(cli.run("search", "ecs", "--prefer-language", "vi", "--solr", "http://127.0.0.1:9/solr"))
                .isEqualTo(2);
        assertThat(cli.err).contains("--prefer-language needs a local index");
    }
}
