package io.recap.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report written from a simple template, in English or Vietnamese, the shapes real reports have: front
 * matter, the event's name, date and place, speakers, and a programme of sessions with bullet points.
 */
final class TestReport {

    private final boolean english;
    private final String title;
    private LocalDate date;
    private String location;
    private final List<String> speakers = new ArrayList<>();
    private final List<String> sessions = new ArrayList<>();
    private final List<String> afternoon = new ArrayList<>();

    private TestReport(boolean english, String title) {
        this.english = english;
        this.title = title;
    }

    /** An English report of the event {@code title}. */
    static TestReport english(String title) {
        return new TestReport(true, title);
    }

    /** A Vietnamese report of the event {@code title}. */
    static TestReport vietnamese(String title) {
        return new TestReport(false, title);
    }

    TestReport date(LocalDate value) {
        this.date = value;
        return this;
    }

    TestReport date(String iso) {
        return date(LocalDate.parse(iso));
    }

    TestReport location(String value) {
        this.location = value;
        return this;
    }

    TestReport speaker(String name) {
        speakers.add(name);
        return this;
    }

    /** A session of the morning (or of the day, when the report has no afternoon). */
    TestReport session(String sessionTitle, String... points) {
        sessions.add(render(sessionTitle, points));
        return this;
    }

    /** A session under an "Afternoon" heading. */
    TestReport afternoonSession(String sessionTitle, String... points) {
        afternoon.add(render(sessionTitle, points));
        return this;
    }

    private String render(String sessionTitle, String... points) {
        StringBuilder sb = new StringBuilder("#### ").append(sessionTitle).append("\n\n");
        for (String p : points) {
            sb.append("- ").append(p).append('\n');
        }
        return sb.append('\n').toString();
    }

    String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("---\ntitle: \"").append(english ? "Event" : "Sự kiện").append("\"\n");
        if (date != null) {
            sb.append("date: ").append(date).append('\n');
        }
        sb.append("weight: 1\nchapter: false\n---\n\n");
        sb.append(english ? "# Summary Report: “" : "# Báo Cáo Tổng Kết: “").append(title).append("”\n\n");
        sb.append(english ? "**Event Name:** " : "**Tên sự kiện:** ").append(title).append("\n\n");
        if (date != null) {
            sb.append(english ? "**Date:** " : "**Ngày:** ").append(date).append("\n\n");
        }
        if (location != null) {
            sb.append(english ? "**Location:** " : "**Địa điểm:** ").append(location).append("\n\n");
        }
        if (!speakers.isEmpty()) {
            sb.append(english ? "### Speakers\n\n" : "### Diễn Giả\n\n");
            for (String s : speakers) {
                sb.append("- **").append(s).append("** – Solutions Architect\n");
            }
            sb.append('\n');
        }
        if (!afternoon.isEmpty()) {
            sb.append(english ? "### Morning\n\n" : "### Phiên Sáng\n\n");
        } else {
            sb.append(english ? "### Key Highlights\n\n" : "### Nội Dung Chính\n\n");
        }
        sessions.forEach(sb::append);
        if (!afternoon.isEmpty()) {
            sb.append(english ? "### Afternoon\n\n" : "### Phiên Chiều\n\n");
            afternoon.forEach(sb::append);
        }
        sb.append(english ? "### Key Takeaways\n\n- Keep learning.\n" : "### Bài Học\n\n- Học hỏi không ngừng.\n");
        return sb.toString();
    }

    /** Writes the report to {@code file} (creating its directory) and returns the file. */
    Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, markdown(), StandardCharsets.UTF_8);
        return file;
    }
}
