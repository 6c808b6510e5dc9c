package io.recap.bench.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.model.Report;
import io.recap.model.Session;
import io.recap.parser.ReportParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sanity check of the generator's realism: recap's own parser finds the events, sessions and services. */
class GeneratedReportsParseTest {

    @Test
    void eventPagesParseWithSessionsAndServices() {
        ArchiveGenerator g = new ArchiveGenerator(9);
        ReportParser parser = ReportParser.builder().build();
        List<ReportFile> pages = g.layout(400).stream().filter(f -> f.event() > 0).toList();
        int withSessions = 0;
        int withServices = 0;
        int withDate = 0;
        for (ReportFile f : pages) {
            Report r = parser.parse(f.path(), g.content(f));
            withSessions += r.sessions().isEmpty() ? 0 : 1;
            withServices += r.sessions().stream().mapToInt(s -> s.services().size()).sum() > 0 ? 1 : 0;
            withDate += r.date() != null ? 1 : 0;
        }
        assertThat(withSessions).as("pages with at least one session").isGreaterThanOrEqualTo(pages.size() * 9 / 10);
        assertThat(withServices).as("pages with services detected").isGreaterThanOrEqualTo(pages.size() * 8 / 10);
        assertThat(withDate).as("pages with an event date").isGreaterThanOrEqualTo(pages.size() * 8 / 10);
    }

    @Test
    void theServicesOfAPlannedSessionAreDetectedInIt() {
        ArchiveGenerator g = new ArchiveGenerator(4);
        ReportParser parser = ReportParser.builder().build();
        int planned = 0;
        int found = 0;
        for (ReportFile f : g.layout(200)) {
            if (f.event() == 0) {
                continue;
            }
            EventPlan plan = g.plan(f.site(), f.event());
            Report r = parser.parse(f.path(), g.content(f));
            java.util.Set<String> detected = new java.util.HashSet<>();
            for (Session s : r.sessions()) {
                s.services().forEach(x -> detected.add(x.id()));
            }
            for (SessionPlan s : plan.sessions()) {
                for (var svc : s.services()) {
                    planned++;
                    found += detected.contains(svc.id()) ? 1 : 0;
                }
            }
        }
        assertThat(planned).isPositive();
        assertThat(found).as("planned services detected in some session").isGreaterThanOrEqualTo(planned * 85 / 100);
    }
}
