package io.recap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * CHANGELOG.md keeps the Keep a Changelog format, and its newest entry is the version this build makes — the one
 * {@code recap --version} prints and the artifacts and downloads are named after — dated once it is released.
 */
class ChangelogTest {

    static final Pattern VERSION_HEADING =
            Pattern.compile("^## \\[(\\d+\\.\\d+\\.\\d+)] - (\\d{4}-\\d{2}-\\d{2}|Unreleased)$", Pattern.MULTILINE);
    static final List<String> CHANGE_TYPES = List.of("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security");

    final String changelog = read();
    final String buildVersion = System.getProperty("recap.version", "");

    @Test
    void isInKeepAChangelogsFormat() {
        assertThat(changelog).startsWith("# Changelog\n").contains("https://keepachangelog.com/");
        List<String> versions = versions();
        assertThat(versions).as("version headings ('## [X.Y.Z] - YYYY-MM-DD' or '- Unreleased')").isNotEmpty();
        for (String version : versions) {
            String body = section(version);
            assertThat(CHANGE_TYPES.stream().anyMatch(t -> body.contains("\n### " + t + "\n")))
                    .as("%s has a '### Added/Changed/…' list", version).isTrue();
            assertThat(changelog).as("%s has a link reference", version)
                    .containsPattern("(?m)^\\[" + Pattern.quote(version) + "]: https://");
        }
    }

    @Test
    void itsNewestEntryIsTheVersionThisBuildMakes() {
        assertThat(buildVersion).as("recap.version (set by dist/pom.xml)").isNotEmpty();
        String released = buildVersion.replace("-SNAPSHOT", "");
        Matcher newest = VERSION_HEADING.matcher(changelog);
        assertThat(newest.find()).isTrue();
        assertThat(newest.group(1)).as("the newest entry of CHANGELOG.md").isEqualTo(released);
        if (!buildVersion.endsWith("-SNAPSHOT")) {
            assertThat(newest.group(2)).as("a release's entry has its date").matches("\\d{4}-\\d{2}-\\d{2}");
        }
    }

    private List<String> versions() {
        List<String> out = new ArrayList<>();
        Matcher m = VERSION_HEADING.matcher(changelog);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private String section(String version) {
        int start = changelog.indexOf("## [" + version + "]");
        int next = changelog.indexOf("\n## [", start + 1);
        int refs = changelog.indexOf("\n[" + version + "]: ");
        int end = next >= 0 ? next : refs >= 0 ? refs : changelog.length();
        return changelog.substring(start, end);
    }

    private static String read() {
        try {
            return Files.readString(PublishedPomsTest.ROOT.resolve("CHANGELOG.md"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
