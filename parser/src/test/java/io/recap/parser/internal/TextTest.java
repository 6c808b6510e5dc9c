package io.recap.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The character classes {@link Text} decides quickly agree with the JDK's. */
class TextTest {

    @Test
    void isSpaceIsJavaWhitespaceOrAUnicodeSpaceSeparatorForEveryChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean expected = Character.isWhitespace(c) || Character.isSpaceChar(c);
            assertThat(Text.isSpace(c)).as("U+%04X", i).isEqualTo(expected);
        }
    }

    @Test
    void squeezeCollapsesEveryKindOfSpaceAndTrims() {
        assertThat(Text.squeeze("\u00A0 a\u2003\u2003b\t\nc \u3000")).isEqualTo("a b c");
        assertThat(Text.squeeze("đã gọn")).isEqualTo("đã gọn");
    }

    @Test
    void stripSymbolsSqueezesTextWithoutSymbolsToo() {
        assertThat(Text.stripSymbols("Ngày:  17/11 ")).isEqualTo("Ngày: 17/11");
        assertThat(Text.stripSymbols("a\tb")).isEqualTo("a b");
        assertThat(Text.stripSymbols("đã gọn")).isEqualTo("đã gọn");
        assertThat(Text.stripSymbols("📅 Ngày 🚀 17/11")).isEqualTo("Ngày 17/11");
        assertThat(Text.stripSymbols("")).isEmpty();
    }
}
