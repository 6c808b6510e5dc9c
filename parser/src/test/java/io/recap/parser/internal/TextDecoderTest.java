package io.recap.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.model.Diagnostic;
import io.recap.model.Severity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How {@link TextDecoder} turns a report's bytes into lines without ever failing on them. */
class TextDecoderTest {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private DecodedText decode(byte[] bytes) {
        return TextDecoder.decode(bytes, diagnostics);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void splitsOnLfCrlfAndLoneCr() {
        DecodedText text = decode(utf8("một\nhai\r\nba\rbốn"));

        assertThat(text.lines()).containsExactly("một", "hai", "ba", "bốn");
        assertThat(text.binary()).isFalse();
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void aFinalLineEndStartsNoNewLineButBlankLinesAreKept() {
        assertThat(decode(utf8("a\n")).lines()).containsExactly("a");
        assertThat(decode(utf8("a\r\n\r\n")).lines()).containsExactly("a", "");
        assertThat(decode(utf8("a\n\n\nb")).lines()).containsExactly("a", "", "", "b");
        assertThat(decode(utf8("\r\r")).lines()).containsExactly("", "");
    }

    @Test
    void crlfLfAndCrGiveTheSameLines() {
        String lf = "---\ntitle: x\n---\n# Tiêu đề\n\n- mục\n";
        List<String> expected = decode(utf8(lf)).lines();

        assertThat(decode(utf8(lf.replace("\n", "\r\n"))).lines()).isEqualTo(expected);
        assertThat(decode(utf8(lf.replace("\n", "\r"))).lines()).isEqualTo(expected);
    }

    @Test
    void dropsTheByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        assertThat(decode(concat(bom, utf8("---\ntitle: x"))).lines()).containsExactly("---", "title: x");
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void aFileThatIsOnlyABomHasNoLines() {
        DecodedText text = decode(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

        assertThat(text.lines()).isEmpty();
        assertThat(text.binary()).isFalse();
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void anEmptyFileHasNoLines() {
        assertThat(decode(new byte[0]).lines()).isEmpty();
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void replacesInvalidUtf8AndReportsItsLineAndColumn() {
        // line 2, after "ab": a lone continuation byte
        DecodedText text = decode(concat(utf8("dòng một\nab"), new byte[]{(byte) 0x80}, utf8("cd\nba")));

        assertThat(text.lines()).containsExactly("dòng một", "ab\uFFFDcd", "ba");
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("text.invalid-utf8");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(3);
        });
    }

    @Test
    void aReplacementCharacterWrittenInTheReportIsTextNotAnError() {
        DecodedText text = decode(utf8("ký tự \uFFFD hợp lệ\nsau đó"));

        assertThat(text.lines()).containsExactly("ký tự \uFFFD hợp lệ", "sau đó");
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void aWrittenReplacementCharacterDoesNotHideAnInvalidByteAfterIt() {
        DecodedText text = decode(concat(utf8("\uFFFD\nx"), new byte[]{(byte) 0xFF}, utf8("y")));

        assertThat(text.lines()).containsExactly("\uFFFD", "x\uFFFDy");
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(2);
        });
    }

    @Test
    void countsLinesAcrossCrlfAndCrBeforeAnInvalidByte() {
        decode(concat(utf8("a\r\nb\rc\n\nxyz"), new byte[]{(byte) 0xC3}, utf8(" end")));

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(5);
            assertThat(d.column()).isEqualTo(4);
        });
    }

    @Test
    void reportsEachInvalidSequenceAtItsOwnPlace() {
        // a truncated 3-byte sequence, then an overlong encoding, then a byte that never occurs in UTF-8
        DecodedText text = decode(concat(utf8("x"), new byte[]{(byte) 0xE1, (byte) 0xBA}, utf8("\ny"),
                new byte[]{(byte) 0xC0, (byte) 0xAF}, utf8("z\n"), new byte[]{(byte) 0xFF}));

        assertThat(text.lines()).hasSize(3);
        assertThat(text.lines().get(0)).startsWith("x\uFFFD");
        assertThat(diagnostics).extracting(Diagnostic::code).containsOnly("text.invalid-utf8");
        assertThat(diagnostics).extracting(Diagnostic::line).containsSubsequence(1, 2, 3);
        assertThat(diagnostics.get(0).column()).isEqualTo(2);
        assertThat(diagnostics).filteredOn(d -> d.line() == 2).first()
                .extracting(Diagnostic::column).isEqualTo(2);
        assertThat(diagnostics).filteredOn(d -> d.line() == 3).first()
                .extracting(Diagnostic::column).isEqualTo(1);
    }

    @Test
    void reportsTheFirstFewInvalidPlacesThenASummary() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 20; i++) {
            out.writeBytes(utf8("line " + i + " "));
            out.write(0xFF);
            out.write('\n');
        }
        DecodedText text = decode(out.toByteArray());

        assertThat(text.lines()).hasSize(20).allSatisfy(l -> assertThat(l).endsWith("\uFFFD"));
        assertThat(diagnostics).extracting(Diagnostic::code).containsOnly("text.invalid-utf8");
        assertThat(diagnostics).filteredOn(d -> d.line() > 0).extracting(Diagnostic::line)
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(diagnostics).filteredOn(d -> d.line() == 0).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("20"));
    }

    @Test
    void removesAStrayNulAndReportsWhereItWas() {
        DecodedText text = decode(utf8("# Tiêu đề\nab\0cd\nxy\0"));

        assertThat(text.binary()).isFalse();
        assertThat(text.lines()).containsExactly("# Tiêu đề", "abcd", "xy");
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("text.nul");
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(3);
        });
    }

    @Test
    void aFewNulsInAShortTextAreStrays() {
        DecodedText text = decode(utf8("# Báo\0\nNội dung\0"));

        assertThat(text.binary()).isFalse();
        assertThat(text.lines()).containsExactly("# Báo", "Nội dung");
        assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("text.nul");
    }

    @Test
    void aFileOfNulsIsBinary() {
        assertThat(TextDecoder.looksBinary(new byte[]{0, 0})).isTrue();
        assertThat(TextDecoder.looksBinary(new byte[]{'a', 0, 'b', 0})).isTrue();
        assertThat(TextDecoder.looksBinary(new byte[100])).isTrue();
    }

    @Test
    void refusesABinaryFileWithOneError() {
        byte[] png = concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D},
                new byte[4096]);

        DecodedText text = decode(png);

        assertThat(text.binary()).isTrue();
        assertThat(text.lines()).isEmpty();
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("text.binary");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void refusesRandomBytes() {
        byte[] noise = new byte[64 * 1024];
        new Random(42).nextBytes(noise);

        assertThat(decode(noise).binary()).isTrue();
        assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("text.binary");
    }

    @Test
    void utf16IsBinaryToAUtf8Reader() {
        assertThat(TextDecoder.looksBinary("# Báo cáo sự kiện\nNội dung".getBytes(StandardCharsets.UTF_16LE)))
                .isTrue();
    }

    @Test
    void textWithTabsFormFeedsAndEscapesIsNotBinary() {
        assertThat(TextDecoder.looksBinary(utf8("a\tb\fc\u001B[0m\r\n"))).isFalse();
        assertThat(TextDecoder.looksBinary(utf8("Sự kiện 🎉 — “AWS”"))).isFalse();
        assertThat(TextDecoder.looksBinary(new byte[0])).isFalse();
    }
}
