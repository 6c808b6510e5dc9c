package io.recap.bench.gen;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The layout of one generated Hugo site: where its event pages live, which languages each event has, and the
 * habits of its author that apply to every file (CRLF line endings, a byte-order mark).
 *
 * @param number       the site's number, from 1
 * @param root         the site's directory, relative to the archive
 * @param sectionDir   the events section, relative to the site ({@code content/4-EventParticipated})
 * @param eventDirs    each event's directory name, event 1 first
 * @param languages    each event's languages, event 1 first
 * @param indexName    {@code _index} or {@code index}
 * @param englishSuffix whether English pages are named {@code _index.en.md} rather than {@code _index.md}
 * @param sectionIndex whether the section has its own index page
 * @param crlf         whether the author's files use CRLF line endings
 * @param bom          whether the author's files start with a UTF-8 byte-order mark
 */
record SiteShape(int number, String root, String sectionDir, List<String> eventDirs, List<Set<Language>> languages,
                 String indexName, boolean englishSuffix, boolean sectionIndex, boolean crlf, boolean bom) {

    private static final String[] REPO_NAMES = {"fcj-report", "aws-worklog", "internship-report", "fcaj-workshop",
        "aws-journey", "cloud-notes", "ojt-report"};

    /** Draws the shape of site {@code number}. */
    static SiteShape draw(int number, Dice dice) {
        String root = String.format(Locale.ROOT, "site-%05d-%s", number, dice.pick(REPO_NAMES));
        double r = dice.unit();
        String section = r < 0.85 ? "content/4-EventParticipated" : r < 0.93 ? "content/4-Event-Participated"
                : "content/4-Events";
        int events = dice.between(3, 10);
        int dirStyle = dice.below(20);
        List<String> dirs = new ArrayList<>();
        List<Set<Language>> langs = new ArrayList<>();
        for (int k = 1; k <= events; k++) {
            dirs.add(dirStyle == 0 ? "4." + k + " Event " + k : dirStyle == 1 ? "4." + k + "-Event-" + k
                    : "4." + k + "-Event" + k);
            double l = dice.unit();
            langs.add(l < 0.8 ? EnumSet.of(Language.EN, Language.VI)
                    : l < 0.9 ? EnumSet.of(Language.EN) : EnumSet.of(Language.VI));
        }
        return new SiteShape(number, root, section, dirs, langs, dice.chance(0.03) ? "index" : "_index",
                dice.chance(0.07), dice.chance(0.6), dice.chance(0.03), dice.chance(0.06));
    }

    /** The files of the site in a stable order: events in order (English first), then the section index. */
    List<ReportFile> files() {
        List<ReportFile> out = new ArrayList<>();
        boolean anyVi = false;
        for (int k = 1; k <= eventDirs.size(); k++) {
            for (Language lang : languages.get(k - 1)) {
                anyVi |= lang == Language.VI;
                out.add(new ReportFile(root + "/" + sectionDir + "/" + eventDirs.get(k - 1) + "/" + fileName(lang),
                        number, k, lang));
            }
        }
        if (sectionIndex) {
            out.add(new ReportFile(root + "/" + sectionDir + "/_index.md", number, 0, Language.EN));
            if (anyVi) {
                out.add(new ReportFile(root + "/" + sectionDir + "/_index.vi.md", number, 0, Language.VI));
            }
        }
        return out;
    }

    private String fileName(Language lang) {
        if (lang == Language.VI) {
            return indexName + ".vi.md";
        }
        return englishSuffix ? indexName + ".en.md" : indexName + ".md";
    }
}
