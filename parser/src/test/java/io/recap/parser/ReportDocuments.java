package io.recap.parser;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of report-like Markdown: the shapes real reports take (front matter in every
 * variant, headings of any level with Vietnamese and English section labels, bold leads, nested lists,
 * tables, quotes, code fences, HTML, shortcodes, emoji, invisible characters), combined at random. Documents
 * use LF line ends; tests derive other line ends from them.
 */
final class ReportDocuments {

    private static final List<String> LABELS = List.of(
            "Nội Dung Chính", "Noi dung chinh", "Key Highlights", "Nội dung nổi bật", "Agenda", "Lịch trình",
            "Chương trình", "Diễn giả", "Speakers", "Mục tiêu sự kiện", "Event Objectives", "Phiên Sáng",
            "Phiên Chiều", "Morning Session", "Afternoon", "Key Takeaways", "Bài học rút ra", "Trải nghiệm",
            "Event Experience", "Ứng dụng vào công việc", "Applying to Work", "Hình ảnh", "Gallery",
            "Next Steps", "Kết luận", "Thông tin sự kiện", "Overview", "Tổng quan", "Ghi chú riêng");
    private static final List<String> NAMES = List.of(
            "Summary Report: “AWS Cloud Day Vietnam”", "Báo cáo tổng kết: \"DevOps on AWS\"",
            "BÀI THU HOẠCH: Generative AI Workshop", "Event 1", "Sự kiện 2", "AWS Community Day 2025",
            "Báo cáo", "Data Science on AWS");
    private static final List<String> PHRASES = List.of(
            "Amazon S3", "AWS Lambda", "CodePipeline và CodeBuild", "Amazon EKS", "Bedrock AgentCore",
            "CloudWatch Logs", "X-Ray", "ECR", "IAM Identity Center", "Amazon Q Developer", "Kiro",
            "8:30 – 17:00", "8h30-17h", "9:00 AM – 12:00 PM", "13h30 chiều", "17/11/2025", "Thứ Bảy, 15/11/2025",
            "ngày 17 tháng 11 năm 2025", "August 13, 2025", "24/7", "tại Bitexco Financial Tower, Quận 1",
            "Nguyễn Văn A – Solutions Architect, AWS", "Mr. John Smith (Solutions Architect at AWS)",
            "Demo: xây dựng pipeline CI/CD", "Case Study + Demo: chatbot", "sinh viên và kỹ sư cloud",
            "học được rất nhiều", "hybrid", "online qua Zoom", "🎤", "🚀 Khởi động", "📅", "a_b*c", "`code`",
            "[liên kết](https://aws.amazon.com)", "![ảnh](/images/a.png)", "<b>đậm</b>", "&emsp;", "&nbsp;",
            "x\u200By", "\u00A0", "Cloud\u2003Day", "😀👍🏽", "R&amp;D", "{{< figure src=\"a.png\" >}}", "\\*");
    private static final List<String> LEADS = List.of(
            "Ngày", "Date", "Thời gian", "Time", "Địa điểm", "Location", "Diễn giả", "Speaker", "Đối tượng",
            "Audience", "Hình thức", "Format", "Ban tổ chức", "Organizers", "Demo", "Tên sự kiện", "Event Name",
            "📅 Ngày", "📍 Địa điểm");

    private ReportDocuments() {
    }

    /** Whole documents: a front matter variant (or none) and a body of random blocks. */
    static Gen<String> documents() {
        return in -> {
            StringBuilder doc = new StringBuilder();
            frontMatter(in, doc);
            int blocks = between(in, 0, 25);
            for (int i = 0; i < blocks; i++) {
                block(in, doc, 0);
            }
            return doc.toString();
        };
    }

    /** Text made mostly of the characters Markdown gives meaning to, line ends of every kind included. */
    static Gen<String> markdownSoup() {
        String alphabet = "#*-+>|`{}<>[]()!_~:=%&;/\\\"'0123456789 \t\n\n\n\r\r\nabcxyzđĐàế😀\u200B\u00A0\uFEFF";
        return in -> {
            int length = between(in, 0, 400);
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                if (between(in, 0, 9) == 0) {
                    sb.append(pick(in, List.of("---\n", "+++\n", "{\n", "```\n", "<!--", "-->", "{{< x >}}", "{{%",
                            "**", "| a | b |\n|---|---|\n", "1. ", "- ", "> ", "### ", "<figcaption>", "\r\n")));
                } else {
                    sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                            between(in, 0, alphabet.codePointCount(0, alphabet.length()) - 1))));
                }
            }
            return sb.toString();
        };
    }

    private static void frontMatter(RandomnessSource in, StringBuilder doc) {
        String title = pick(in, NAMES);
        switch (between(in, 0, 9)) {
            case 0 -> {
                // none
            }
            case 1 -> doc.append("+++\ntitle = \"").append(title).append("\"\ndate = 2025-11-17\nweight = 1\n+++\n");
            case 2 -> doc.append("{\n  \"title\": \"").append(title.replace("\"", "\\\"")).append("\",\n  \"weight\": 2\n}\n");
            case 3 -> doc.append("Chắc chắn! Đây là bài viết:\n\n---\ntitle: \"").append(title.replace("\"", "'"))
                    .append("\"\nweight: 1\n---\n");
            case 4 -> doc.append("---\n\ntitle : \"").append(title.replace("\"", "'"))
                    .append("\"\ndate : \"`r Sys.Date()`\"\n----------------------\n");
            case 5 -> doc.append("---\ntitle: \"").append(title.replace("\"", "'")).append("\"\nweight: 1\n\n");
            case 6 -> doc.append("---\ntitle: ").append(title).append("\ntags: [aws, devops\n---\n");
            default -> doc.append("---\ntitle: \"").append(title.replace("\"", "'"))
                    .append("\"\ndate: 2024-01-01\nweight: 1\nchapter: false\npre: \" <b> 4.1. </b> \"\n---\n");
        }
        if (between(in, 0, 1) == 0) {
            doc.append('\n');
        }
    }

    private static void block(RandomnessSource in, StringBuilder doc, int depth) {
        switch (between(in, 0, 13)) {
            case 0, 1, 2 -> heading(in, doc);
            case 3 -> doc.append("**").append(pick(in, LEADS)).append(":** ").append(phrases(in)).append('\n');
            case 4 -> doc.append("**").append(pick(in, LABELS)).append("**\n");
            case 5, 6 -> list(in, doc, 0);
            case 7 -> table(in, doc);
            case 8 -> doc.append("> ".repeat(between(in, 1, 3))).append(phrases(in)).append('\n');
            case 9 -> doc.append("```").append(pick(in, List.of("", "bash", "yaml"))).append("\n# not a heading\n")
                    .append(phrases(in)).append(between(in, 0, 3) == 0 ? "\n" : "\n```\n");
            case 10 -> html(in, doc);
            case 11 -> doc.append(pick(in, List.of("{{% notice warning %}}\n" + phrases(in) + "\n{{% /notice %}}\n",
                    "{{< figure src=\"/images/x.png\" title=\"" + phrases(in) + "\" >}}\n", "---\n", "***\n")));
            default -> doc.append(phrases(in)).append(between(in, 0, 2) == 0 ? "  \n" : "\n")
                    .append(between(in, 0, 1) == 0 ? phrases(in) + "\n" : "");
        }
        doc.append(pick(in, List.of("\n", "\n", "", "\n\n", "\u200B\n", "&emsp;\n")));
    }

    private static void heading(RandomnessSource in, StringBuilder doc) {
        String text = switch (between(in, 0, 5)) {
            case 0 -> pick(in, NAMES);
            case 1 -> between(in, 1, 12) + ". " + pick(in, LABELS);
            case 2 -> pick(in, List.of("🎯 ", "📌 ", "I. ", "Phần 2: ", "**")) + pick(in, LABELS);
            case 3 -> phrases(in);
            default -> pick(in, LABELS);
        };
        if (between(in, 0, 9) == 0) {
            doc.append(text).append('\n').append(pick(in, List.of("===", "---"))).append('\n');
        } else {
            doc.append("#".repeat(between(in, 1, 6))).append(' ').append(text).append('\n');
        }
    }

    private static void list(RandomnessSource in, StringBuilder doc, int depth) {
        int items = between(in, 1, 5);
        boolean ordered = between(in, 0, 2) == 0;
        for (int i = 1; i <= items; i++) {
            doc.append("  ".repeat(depth * (ordered ? 2 : 1)))
                    .append(ordered ? i + ". " : pick(in, List.of("- ", "* ", "+ ")));
            if (between(in, 0, 2) == 0) {
                doc.append("**").append(pick(in, between(in, 0, 1) == 0 ? LEADS : LABELS)).append(":** ");
            }
            doc.append(phrases(in)).append('\n');
            if (depth < 5 && between(in, 0, 3) == 0) {
                list(in, doc, depth + 1);
            }
        }
    }

    private static void table(RandomnessSource in, StringBuilder doc) {
        int columns = between(in, 1, 4);
        int rows = between(in, 0, 5);
        doc.append('|');
        for (int c = 0; c < columns; c++) {
            doc.append(' ').append(pick(in, List.of("Thời gian", "Time", "Nội dung", "Topic", "Diễn giả", "Speaker")))
                    .append(" |");
        }
        doc.append("\n|").append("---|".repeat(columns)).append('\n');
        for (int r = 0; r < rows; r++) {
            doc.append('|');
            for (int c = 0; c < columns; c++) {
                doc.append(' ').append(phrases(in)).append(" |");
            }
            doc.append('\n');
        }
    }

    private static void html(RandomnessSource in, StringBuilder doc) {
        doc.append(pick(in, List.of(
                "<figure>\n<img src=\"a.png\">\n<figcaption>" + phrases(in) + "\n</figure>\n",
                "<!-- " + phrases(in) + "\n" + phrases(in) + " -->\n",
                "<div align=\"center\">\n" + phrases(in) + "\n</div>\n",
                "<p>" + phrases(in) + "</p>\n",
                "<br>\n")));
    }

    private static String phrases(RandomnessSource in) {
        int n = between(in, 1, 4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(pick(in, List.of(" ", ", ", " và ", " | ", " – ")));
            }
            sb.append(pick(in, PHRASES));
        }
        return sb.toString();
    }

    private static <T> T pick(RandomnessSource in, List<T> options) {
        return options.get(between(in, 0, options.size() - 1));
    }

    private static int between(RandomnessSource in, int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }
}
