package io.recap.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How {@link MarkdownReader} flattens a report body into one {@link Block} per logical line. */
class MarkdownReaderTest {

    private final MarkdownReader reader = new MarkdownReader(32);

    private List<Block> read(String... lines) {
        return reader.read(String.join("\n", lines));
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    @Test
    void givesEachParagraphLineItsOwnLineInTheFile() {
        List<Block> blocks = read("", "", "Dòng một", "dòng hai  ", "dòng ba\\", "dòng bốn", "", "Đoạn mới");

        assertThat(blocks).extracting(Block::kind).containsOnly(Block.Kind.TEXT);
        assertThat(blocks).extracting(Block::line).containsExactly(3, 4, 5, 6, 8);
        assertThat(texts(blocks)).containsExactly("Dòng một", "dòng hai", "dòng ba", "dòng bốn", "Đoạn mới");
    }

    @Test
    void readsHeadingsWithTheirLevelAndLine() {
        List<Block> blocks = read("# Báo cáo: **“AWS Day”**", "", "Setext", "======", "### 1. Nội dung ###");

        assertThat(blocks).extracting(Block::kind).containsOnly(Block.Kind.HEADING);
        assertThat(blocks).extracting(Block::level).containsExactly(1, 1, 3);
        assertThat(blocks).extracting(Block::line).containsExactly(1, 3, 5);
        assertThat(texts(blocks)).containsExactly("Báo cáo: “AWS Day”", "Setext", "1. Nội dung");
    }

    @Test
    void marksListDepthItemStartsAndOrdinals() {
        List<Block> blocks = read(
                "3. Ba",
                "   tiếp",
                "4. Bốn",
                "   - con",
                "     - cháu",
                "- khác");

        assertThat(texts(blocks)).containsExactly("Ba", "tiếp", "Bốn", "con", "cháu", "khác");
        assertThat(blocks).extracting(Block::line).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(blocks).extracting(Block::depth).containsExactly(1, 1, 1, 2, 3, 1);
        assertThat(blocks).extracting(Block::itemStart).containsExactly(true, false, true, true, true, true);
        assertThat(blocks).extracting(Block::ordinal).containsExactly(3, 0, 4, 0, 0, 0);
    }

    @Test
    void marksTheStartOfAnItemThatDoesNotBeginWithAParagraph() {
        List<Block> blocks = read("- ### Tiêu đề trong mục", "-", "- văn bản");

        assertThat(blocks).extracting(Block::kind, Block::itemStart, Block::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Block.Kind.TEXT, true, 1),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.HEADING, false, 1),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.TEXT, true, 2),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.TEXT, true, 3));
    }

    @Test
    void keepsBoldSpansForLeadsAndPseudoHeadings() {
        Block b = read("- **Diễn giả:** Nguyễn Văn A").get(0);
        Block heading = read("**Mục tiêu sự kiện**").get(0);

        assertThat(b.lead()).isEqualTo("Diễn giả:");
        assertThat(b.afterLead()).isEqualTo("Nguyễn Văn A");
        assertThat(b.allStrong()).isFalse();
        assertThat(heading.allStrong()).isTrue();
    }

    @Test
    void readsTableRowsWithCellsAndTheHeaderFlag() {
        List<Block> blocks = read(
                "| Thời gian | Nội dung | Diễn giả |",
                "|---|---|---|",
                "| 8:30 - 9:00 | **Khai mạc** | [Anh A](https://x.y) |",
                "| 9:00 | Amazon S3 ![i](a.png) | |");

        assertThat(blocks).extracting(Block::kind).containsOnly(Block.Kind.TABLE_ROW);
        assertThat(blocks).extracting(Block::line).containsExactly(1, 3, 4);
        assertThat(blocks).extracting(Block::header).containsExactly(true, false, false);
        assertThat(blocks.get(1).cells()).hasSize(3);
        assertThat(blocks.get(1).cells().get(1)).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("Khai mạc");
            assertThat(s.strong()).isTrue();
        });
        assertThat(blocks.get(1).text()).isEqualTo("8:30 - 9:00 | Khai mạc | Anh A");
        assertThat(blocks.get(2).text()).isEqualTo("9:00 | Amazon S3 |");
    }

    @Test
    void readsHtmlBlocksAsTextWithTagsRemovedEvenWhenAFigcaptionIsNotClosed() {
        List<Block> blocks = read(
                "<figure>",
                "<img src=\"a.png\" alt=\"ảnh\">",
                "<figcaption>Toàn cảnh hội trường",
                "</figure>",
                "",
                "Sau đó");

        assertThat(blocks).extracting(Block::kind, Block::line, Block::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Block.Kind.HTML, 3, "Toàn cảnh hội trường"),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.TEXT, 6, "Sau đó"));
    }

    @Test
    void dropsCommentsWhetherInlineOrOverSeveralLines() {
        List<Block> blocks = read(
                "Trước <!-- ẩn --> sau",
                "",
                "<!-- một",
                "hai",
                "ba -->",
                "",
                "<div>giữ <!-- bỏ --> lại</div>");

        assertThat(texts(blocks)).containsExactly("Trước sau", "giữ lại");
        assertThat(blocks).extracting(Block::line).containsExactly(1, 7);
    }

    @Test
    void dropsHugoShortcodesAndKeepsTheTextBetweenThem() {
        List<Block> blocks = read(
                "{{% notice warning %}}",
                "Nội dung cảnh báo",
                "{{% /notice %}}",
                "",
                "Xem {{< figure src=\"/images/a.png\" title=\"Ảnh\" >}} ở trên");

        assertThat(texts(blocks)).containsExactly("", "Nội dung cảnh báo", "", "Xem ở trên");
    }

    @Test
    void dropsImagesAndKeepsLinkText() {
        List<Block> blocks = read(
                "![Ảnh sự kiện](/images/event.png)",
                "",
                "Đọc [tài liệu **Amazon S3**](https://aws.amazon.com/s3) và [![logo](l.png)](https://x)");

        assertThat(texts(blocks)).containsExactly("", "Đọc tài liệu Amazon S3 và");
        assertThat(blocks.get(1).spans()).anySatisfy(s -> {
            assertThat(s.text()).isEqualTo("Amazon S3");
            assertThat(s.strong()).isTrue();
        });
    }

    @Test
    void keepsCodeLinesAsTheyAreOnTheirLines() {
        List<Block> blocks = read("```bash", "aws s3 ls", "", "  echo **x**", "```", "", "    indented code");

        assertThat(blocks).extracting(Block::kind).containsOnly(Block.Kind.CODE);
        assertThat(blocks).extracting(Block::line).containsExactly(2, 4, 7);
        assertThat(texts(blocks)).containsExactly("aws s3 ls", "echo **x**", "indented code");
    }

    @Test
    void marksQuotedLinesAndRules() {
        List<Block> blocks = read("> Trích dẫn", "> > lồng", "", "---", "", "Hết");

        assertThat(blocks).extracting(Block::kind, Block::quoted, Block::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Block.Kind.TEXT, true, 1),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.TEXT, true, 2),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.RULE, false, 4),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.TEXT, false, 6));
    }

    @Test
    void decodesBasicEntitiesInHtml() {
        assertThat(MarkdownReader.stripHtml("<p>R&amp;D &lt;AWS&gt; &quot;x&quot; it&#39;s</p>"))
                .isEqualTo("R&D <AWS> \"x\" it's");
    }

    @Test
    void dropsTheTailOfACommentOpenedOnAnEarlierLine() {
        assertThat(MarkdownReader.stripHtml("still hidden --> <b>shown</b>")).isEqualTo("shown");
        assertThat(MarkdownReader.stripHtml("<i>a</i> <!-- open to the end")).isEqualTo("a");
    }

    @Test
    void removesShortcodesTheWayHugoDelimitsThem() {
        assertThat(MarkdownReader.removeShortcodes("a {{< x >}} b {{% y %}} c")).isEqualTo("a   b   c");
        assertThat(MarkdownReader.removeShortcodes("{{{< x >}}")).isEqualTo("{ ");
        assertThat(MarkdownReader.removeShortcodes("{{ .Title }} {{< open")).isEqualTo("{{ .Title }} {{< open");
        assertThat(MarkdownReader.removeShortcodes("{{<>}}")).isEqualTo(" ");
        assertThat(MarkdownReader.removeShortcodes("{{%}}")).isEqualTo("{{%}}");
        assertThat(MarkdownReader.removeShortcodes("{{< a }} b >}}")).isEqualTo(" ");
    }

    @Test
    void readsListsAndQuotesUpToTheLimitAsSuch() {
        MarkdownReader shallow = new MarkdownReader(3);
        List<Diagnostic> diagnostics = new ArrayList<>();

        List<Block> blocks = shallow.read(String.join("\n",
                "- một", "  - hai", "    - ba", "", "> một", "> > hai", "> > > ba"), diagnostics);

        assertThat(blocks).extracting(Block::depth).containsExactly(1, 2, 3, 0, 0, 0);
        assertThat(blocks).extracting(Block::itemStart).containsExactly(true, true, true, false, false, false);
        assertThat(texts(blocks)).containsExactly("một", "hai", "ba", "một", "hai", "ba");
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void readsListsNestedBeyondTheLimitAsTextAndSaysWhere() {
        MarkdownReader shallow = new MarkdownReader(3);
        List<Diagnostic> diagnostics = new ArrayList<>();

        List<Block> blocks = shallow.read(String.join("\n",
                "Mở đầu", "", "- một", "  - hai", "    - ba", "      - bốn", "        - năm"), diagnostics);

        // the fourth level is flattened here, the fifth already by commonmark, which leaves its marker
        assertThat(texts(blocks)).containsExactly("Mở đầu", "một", "hai", "ba", "bốn", "- năm");
        assertThat(blocks).extracting(Block::depth).containsExactly(0, 1, 2, 3, 3, 3);
        assertThat(blocks).extracting(Block::itemStart).containsExactly(false, true, true, true, false, false);
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("markdown.too-deep");
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.column()).isEqualTo(7);
        });
    }

    @Test
    void readsQuotesNestedBeyondTheLimitAsTextAndSaysWhere() {
        MarkdownReader shallow = new MarkdownReader(3);
        List<Diagnostic> diagnostics = new ArrayList<>();

        List<Block> blocks = shallow.read("# T\n\n- > > > > sâu", diagnostics);

        assertThat(blocks).last().satisfies(b -> {
            assertThat(b.text()).endsWith("sâu");
            assertThat(b.quoted()).isTrue();
            assertThat(b.line()).isEqualTo(3);
        });
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("markdown.too-deep");
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(7);
        });
    }

    @Test
    void theDefaultLimitReadsThirtyTwoListLevels() {
        StringBuilder doc = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            doc.append("  ".repeat(i)).append("- mức ").append(i + 1).append('\n');
        }
        List<Diagnostic> diagnostics = new ArrayList<>();

        List<Block> blocks = reader.read(doc.toString(), diagnostics);

        assertThat(blocks).extracting(Block::depth).last().isEqualTo(32);
        assertThat(blocks).allMatch(Block::itemStart);
        assertThat(diagnostics).isEmpty();
    }

    /**
     * 50,000 levels on one line: read without recursion, cut at the limit. The timeout only guards against a
     * hang; it measures nothing.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void fiftyThousandLevelsAreCutAtTheLimit() {
        List<Diagnostic> lists = new ArrayList<>();
        List<Diagnostic> quotes = new ArrayList<>();

        List<Block> listBlocks = reader.read("- ".repeat(50_000) + "x", lists);
        List<Block> quoteBlocks = reader.read(">".repeat(50_000) + " x", quotes);

        assertThat(listBlocks).extracting(Block::depth).allMatch(d -> d <= 32);
        assertThat(listBlocks).last().extracting(Block::text).asString().endsWith("x");
        assertThat(quoteBlocks).last().extracting(Block::text).asString().endsWith("x");
        assertThat(lists).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("markdown.too-deep", 1));
        assertThat(quotes).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("markdown.too-deep", 1));
    }

    /** Shortcode and tag stripping used to be quadratic on an opening that never closes. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anUnclosedShortcodeOrCommentOnALongLineIsLinear() {
        List<Block> blocks = read("<div>" + "{{<".repeat(33_000), "", "x " + "{{%".repeat(33_000),
                "", "<div>" + "<a".repeat(50_000));

        assertThat(blocks).extracting(Block::line).containsExactly(1, 3, 5);
    }
}
