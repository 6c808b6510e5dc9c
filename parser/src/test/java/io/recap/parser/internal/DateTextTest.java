package io.recap.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@link DateText} reads the dates report authors write, in Vietnamese and English. */
class DateTextTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "17/11/2025                 | 2025-11-17",
            "5/9/25                     | 2025-09-05",
            "17.11.2025                 | 2025-11-17",
            "17-11-2025                 | 2025-11-17",
            "2025-11-17                 | 2025-11-17",
            "2025/11/17                 | 2025-11-17",
            "2025-09-10T14:24:43+07:00  | 2025-09-10",
            "August 13, 2025            | 2025-08-13",
            "Sept 5, 2025               | 2025-09-05",
            "September 18th 2025        | 2025-09-18",
            "Nov 15th, 2025             | 2025-11-15",
            "13 Aug 2025                | 2025-08-13",
            "25th July, 2026            | 2026-07-25",
            "Thứ Bảy, 17/11/2025        | 2025-11-17",
            "Thứ 7, 15/11/2025          | 2025-11-15",
            "ngày 17 tháng 11 năm 2025  | 2025-11-17",
            "Ngày 17 Tháng 11 Năm 2025  | 2025-11-17",
            "18 tháng 9, 2025           | 2025-09-18",
            "ngày 17/11/2025            | 2025-11-17",
            "📅 **Ngày:** 8:30, 17/11/2025 | 2025-11-17",
    })
    void readsADate(String text, String expected) {
        DateRange date = DateText.find(text);

        assertThat(date).isNotNull();
        assertThat(date.start()).isEqualTo(LocalDate.parse(expected));
        assertThat(date.end()).isNull();
    }

    @Test
    void readsMonthFirstWhenDayFirstIsImpossible() {
        assertThat(DateText.find("11/17/2025").start()).isEqualTo(LocalDate.of(2025, 11, 17));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} to {2}")
    @CsvSource(delimiter = '|', value = {
            "17–18/11/2025              | 2025-11-17 | 2025-11-18",
            "17-18/11/2025              | 2025-11-17 | 2025-11-18",
            "17/11 - 18/11/2025         | 2025-11-17 | 2025-11-18",
            "15/11/2025 – 16/11/2025    | 2025-11-15 | 2025-11-16",
            "August 13-14, 2025         | 2025-08-13 | 2025-08-14",
            "August 13 – 14, 2025       | 2025-08-13 | 2025-08-14",
            "13–14 August 2025          | 2025-08-13 | 2025-08-14",
            "17 - 18 tháng 11, 2025     | 2025-11-17 | 2025-11-18",
    })
    void readsARangeOfDays(String text, String start, String end) {
        DateRange range = DateText.find(text);

        assertThat(range).isNotNull();
        assertThat(range.start()).isEqualTo(LocalDate.parse(start));
        assertThat(range.end()).isEqualTo(LocalDate.parse(end));
    }

    @ParameterizedTest(name = "\"{0}\" is no date")
    @CsvSource(delimiter = '|', value = {
            "17/11",
            "24/7",
            "Hỗ trợ 24/7 cho khách hàng",
            "Tháng 11, 2025",
            "August 2025",
            "31/02/2025",
            "13/25/2025",
            "1/1/1900",
            "call 0912/345/678",
            "Phiên bản 3.2",
            "no digits here",
    })
    void findsNoDateWithoutADayMonthAndYear(String text) {
        assertThat(DateText.find(text)).isNull();
    }

    @Test
    void findsNothingInNullOrEmptyText() {
        assertThat(DateText.find(null)).isNull();
        assertThat(DateText.find("")).isNull();
    }

    @Test
    void takesTheEarliestDateInTheText() {
        DateRange date = DateText.find("Đăng ký trước 10/11/2025, sự kiện ngày 17 tháng 11 năm 2025");

        assertThat(date.start()).isEqualTo(LocalDate.of(2025, 11, 10));
    }

    @Test
    void placesTheDateInTheText() {
        String text = "Thứ Bảy, 17/11/2025 tại TP.HCM";
        DateRange date = DateText.find(text);

        assertThat(text.substring(date.from(), date.to())).isEqualTo("17/11/2025");
    }
}
