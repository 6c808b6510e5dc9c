package io.recap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The conventions of the model (see its package documentation): values are immutable and equal by value, lists
 * are copied and hold no {@code null}, a blank optional text is absent ({@code null}), and front-matter values
 * take the forms a JSON reader gives back.
 */
class ModelContractTest {

    private static final Source SOURCE = new Source("a.md", "0".repeat(64), 10);
    private static final LineRange LINE_1 = LineRange.of(1);

    @Test
    void listsAreCopiedSoThatChangingTheCallersListChangesNothing() {
        List<String> points = new ArrayList<>(List.of("one"));
        Session session = new Session(1, "Talk", null, null, null, List.of(), points, List.of(), List.of(), LINE_1);
        points.add("two");

        assertThat(session.points()).containsExactly("one");
        assertThatThrownBy(() -> session.points().add("three")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aReportsListsAreUnmodifiable() {
        Report report = Report.builder(SOURCE).organizers(List.of("AWS")).build();

        assertThatThrownBy(() -> report.organizers().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.sessions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aListHoldingNullIsRefused() {
        List<String> withNull = Arrays.asList("AWS", null);

        assertThatThrownBy(() -> Report.builder(SOURCE).organizers(withNull).build())
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Session(1, "Talk", null, null, null, List.of(), withNull, List.of(), List.of(),
                LINE_1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void requiredValuesAreRequiredAndImpossibleOnesRefused() {
        assertThatThrownBy(() -> new Speaker(null, null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Speaker("  ", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Session(0, "Talk", null, null, null, List.of(), List.of(), List.of(),
                List.of(), LINE_1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineRange(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListedEvent("Day", null, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceCount(new Service("s3", "Amazon S3", "S3", null), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankOptionalTextIsAbsent() {
        Report report = Report.builder(SOURCE).title(" ").location("").audience("\t").language("").build();
        Speaker speaker = new Speaker("Lan", "", " ");
        Service service = new Service("s3", "Amazon S3", "", " ");
        Section section = new Section(SectionKind.OTHER, " ", 2, -1, LINE_1);
        ListedEvent listed = new ListedEvent("Day", null, "", " ", 3);

        assertThat(report.title()).isNull();
        assertThat(report.location()).isNull();
        assertThat(report.audience()).isNull();
        assertThat(report.language()).isNull();
        assertThat(speaker.role()).isNull();
        assertThat(speaker.organization()).isNull();
        assertThat(service.abbreviation()).isNull();
        assertThat(service.shortName()).isEqualTo("Amazon S3");
        assertThat(section.heading()).isNull();
        assertThat(listed.location()).isNull();
        assertThat(listed.link()).isNull();
        assertThat(report).isEqualTo(Report.builder(SOURCE).build());
    }

    @Test
    void valuesAreEqualWhenTheirContentsAre() {
        Report a = Report.builder(SOURCE).title("Cloud Day").date(LocalDate.of(2025, 11, 17))
                .speakers(List.of(Speaker.named("Lan"))).build();
        Report b = Report.builder(new Source("a.md", "0".repeat(64), 10)).title("Cloud Day")
                .date(LocalDate.of(2025, 11, 17)).speakers(new ArrayList<>(List.of(new Speaker("Lan", null, null))))
                .build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toBuilder().build()).isEqualTo(a);
        assertThat(a.toBuilder().title("Other").build()).isNotEqualTo(a);
    }

    @Test
    void frontMatterValuesTakeTheFormsAJsonReaderGivesBack() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("short", (short) 7);
        values.put("long", 7L);
        values.put("big", BigInteger.valueOf(Long.MAX_VALUE));
        values.put("huge", new BigInteger("123456789012345678901234567890"));
        values.put("float", 1.1f);
        values.put("decimal", new BigDecimal("1.50"));
        values.put("nan", Double.NaN);
        values.put("infinity", Double.NEGATIVE_INFINITY);
        values.put("beyond", new BigDecimal("1e400"));
        values.put("date", LocalDate.of(2025, 1, 2));
        values.put("absent", null);
        values.put("list", Arrays.asList(1L, null, List.of(2.5f)));

        FrontMatter fm = new FrontMatter(FrontMatter.Format.YAML, values, " ", "2025", null, null, List.of(),
                List.of(), "", LINE_1);

        assertThat(fm.values()).containsExactly(
                Map.entry("short", 7),
                Map.entry("long", 7),
                Map.entry("big", Long.MAX_VALUE),
                Map.entry("huge", new BigInteger("123456789012345678901234567890")),
                Map.entry("float", 1.1d),
                Map.entry("decimal", 1.5d),
                Map.entry("nan", "NaN"),
                Map.entry("infinity", "-Infinity"),
                Map.entry("beyond", "1E+400"),
                Map.entry("date", "2025-01-02"),
                Map.entry("absent", ""),
                Map.entry("list", List.of(1, "", List.of(2.5d))));
        assertThat(fm.title()).isNull();
        assertThat(fm.lang()).isNull();
        assertThatThrownBy(() -> fm.values().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
