package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The separated-value forms quote and escape what would break a line or a field. */
class ListingPrinterTest {

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() {
        assertThat(ListingPrinter.csvLine(Arrays.asList("plain", "a, b", "say \"hi\"", "two\nlines", null)))
                .isEqualTo("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }

    @Test
    void tsvEscapesTabsNewlinesAndBackslashes() {
        assertThat(ListingPrinter.tsvLine(List.of("a\tb", "c\nd", "e\\f", "")))
                .isEqualTo("a\\tb\tc\\nd\te\\\\f\t\n");
    }
}
