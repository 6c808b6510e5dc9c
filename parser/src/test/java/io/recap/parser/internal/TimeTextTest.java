package io.recap.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@link TimeText} reads the times and time ranges report authors write. */
class TimeTextTest {

    @ParameterizedTest(name = "\"{0}\" is {1}–{2}")
    @CsvSource(delimiter = '|', value = {
            "8:30 – 17:00          | 08:30 | 17:00",
            "8h30-17h              | 08:30 | 17:00",
            "8h - 12h              | 08:00 | 12:00",
            "9:00 AM – 12:00 PM    | 09:00 | 12:00",
            "8:30 – 12:00 PM       | 08:30 | 12:00",
            "1:00 – 2:30 PM        | 13:00 | 14:30",
            "12:30 - 1:30 PM       | 12:30 | 13:30",
            "10:00 - 11:30 AM      | 10:00 | 11:30",
            "7:30 PM - 9:00 PM     | 19:30 | 21:00",
            "8:30AM-5PM            | 08:30 | 17:00",
            "9AM - 5PM             | 09:00 | 17:00",
            "14:00 đến 17:00       | 14:00 | 17:00",
            "từ 8h30 đến 11h30     | 08:30 | 11:30",
            "13:30 - 17:00 (GMT+7) | 13:30 | 17:00",
            "Thời gian: 8:00 - 9:15: Check-in | 08:00 | 09:15",
    })
    void readsATimeRange(String text, String start, String end) {
        TimeRange range = TimeText.findRange(text);

        assertThat(range).isNotNull();
        assertThat(range.start()).isEqualTo(LocalTime.parse(start));
        assertThat(range.end()).isEqualTo(LocalTime.parse(end));
    }

    @Test
    void readsTwelveAmAtTheEndOfAMorningAsNoon() {
        TimeRange range = TimeText.findRange("09:00 AM - 12:00 AM");

        assertThat(range.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(range.end()).isEqualTo(LocalTime.NOON);
    }

    @Test
    void placesTheRangeInTheText() {
        String text = "17/11/2025, 8:30 - 17:00 tại AWS";
        TimeRange range = TimeText.findRange(text);

        assertThat(text.substring(range.from(), range.to())).isEqualTo("8:30 - 17:00");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "8h30 sáng     | 08:30",
            "13h30 chiều   | 13:30",
            "1h30 chiều    | 13:30",
            "7h tối        | 19:00",
            "9:00 AM       | 09:00",
            "12:00 AM      | 00:00",
            "3 PM          | 15:00",
            "Bắt đầu lúc 8:30 | 08:30",
    })
    void readsASingleTime(String text, String expected) {
        TimeRange time = TimeText.findTime(text);

        assertThat(time).isNotNull();
        assertThat(time.start()).isEqualTo(LocalTime.parse(expected));
        assertThat(time.end()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" holds no time range")
    @CsvSource(delimiter = '|', value = {
            "8h30 sáng",
            "25:00 - 26:00",
            "v2.0 - 3.5",
            "17/11/2025",
            "no numbers at all",
    })
    void findsNoRangeWhereThereIsNone(String text) {
        assertThat(TimeText.findRange(text)).isNull();
    }

    @Test
    void findsNoTimeInDatesOrPlainNumbers() {
        assertThat(TimeText.findTime("17/11/2025")).isNull();
        assertThat(TimeText.findTime("25:00")).isNull();
        assertThat(TimeText.findTime("Phòng 12")).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" starts with a time")
    @CsvSource(delimiter = '|', value = {"08:30 - 09:00: Check-in", "9h30 Khai mạc", "(10:00) Keynote", "9 AM Keynote"})
    void seesALeadingTime(String text) {
        assertThat(TimeText.startsWithTime(text)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" does not start with a time")
    @CsvSource(delimiter = '|', value = {"Keynote at 9:00", "2025 plans", "1. Introduction", "3 hours of labs"})
    void seesNoLeadingTimeInOtherText(String text) {
        assertThat(TimeText.startsWithTime(text)).isFalse();
    }

    /**
     * A digit followed by a long run of spaces used to make the patterns backtrack quadratically (minutes for
     * one 100,000-character line). The timeout only guards against that hang; it measures nothing.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aDigitFollowedByALongRunOfSpacesIsNoTime() {
        String text = "1" + " ".repeat(100_000) + "x";
        String bracketed = " ".repeat(100_000) + "x";

        assertThat(TimeText.findRange(text)).isNull();
        assertThat(TimeText.findTime(text)).isNull();
        assertThat(TimeText.startsWithTime(text)).isFalse();
        assertThat(TimeText.startsWithTime(bracketed)).isFalse();
    }
}
