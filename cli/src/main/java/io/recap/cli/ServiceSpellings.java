package io.recap.cli;

import io.recap.model.Diagnostic;
import io.recap.model.Service;
import io.recap.parser.ServiceCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds service names a report spells in a way the catalog does not know, but close to one it does
 * ("AWS CodeDeplo", "CloudFormaton"), so that {@code recap check} can ask "did you mean CodeDeploy?".
 *
 * <p>Candidates are the words after "AWS" or "Amazon" and CamelCase words; a candidate the catalog resolves
 * is fine, one that is near no catalog name (a few edits, not a mere prefix) is not a service at all ("AWS
 * Summit"), and so is one that is only a part of a longer name ("AWS Developer" is not a typo of "Amazon Q
 * Developer"). Code (fenced blocks, backticks), URLs and link targets are skipped.
 */
final class ServiceSpellings {

    static final String CODE = "service.unknown";

    private static final Pattern VENDOR = Pattern.compile(
            "\\b(?:AWS|Amazon)\\s+((?:[A-Z0-9][\\p{L}\\p{N}-]*)(?:\\s+[A-Z0-9][\\p{L}\\p{N}-]*){0,2})");
    private static final Pattern CAMEL = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*\\b");
    private static final Pattern SKIPPED = Pattern.compile("`[^`]*`|https?://\\S+|\\]\\([^)]*\\)|<[^>]*>");

    private final ServiceCatalog catalog;

    ServiceSpellings(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Warnings for the unknown spellings in {@code lines} (the file's lines, 1-based in the diagnostics);
     * lines before {@code firstBodyLine} (the front matter) are skipped.
     */
    List<Diagnostic> find(List<String> lines, int firstBodyLine) {
        List<Diagnostic> out = new ArrayList<>();
        String fence = null; // the opening fence of the code block the line is in (CommonMark's rule)
        for (int i = Math.max(0, firstBodyLine - 1); i < lines.size(); i++) {
            String line = lines.get(i);
            String run = fenceRun(line.strip());
            if (fence == null && run != null) {
                fence = run;
                continue;
            }
            if (fence != null) {
                // only a run of the same character, at least as long and with nothing after it, closes it
                if (run != null && run.charAt(0) == fence.charAt(0) && run.length() >= fence.length()
                        && line.strip().length() == run.length()) {
                    fence = null;
                }
                continue;
            }
            String text = blankOut(line);
            List<int[]> taken = new ArrayList<>();
            Matcher m = VENDOR.matcher(text);
            while (m.find()) {
                String unknown = unknownPrefix(m.group(0), m.group(1));
                if (unknown != null) {
                    report(out, i + 1, m.start(), unknown);
                }
                taken.add(new int[]{m.start(), m.end()});
            }
            Matcher c = CAMEL.matcher(text);
            while (c.find()) {
                if (!inside(taken, c.start()) && catalog.resolve(c.group()).isEmpty()) {
                    report(out, i + 1, c.start(), c.group());
                }
            }
        }
        return out;
    }

    /**
     * The phrase after the vendor when neither it nor any of its leading words names a catalog service, else
     * null: "AWS CodeDeploy pipelines" is fine because "AWS CodeDeploy" is.
     */
    private String unknownPrefix(String whole, String words) {
        String[] w = words.split("\\s+");
        String vendor = whole.substring(0, whole.length() - words.length()).strip();
        for (int k = w.length; k >= 1; k--) {
            String phrase = String.join(" ", java.util.Arrays.copyOf(w, k));
            if (catalog.resolve(vendor + " " + phrase).isPresent() || catalog.resolve(phrase).isPresent()) {
                return null;
            }
        }
        return vendor + " " + w[0];
    }

    private void report(List<Diagnostic> out, int line, int index, String spelling) {
        List<Service> close = catalog.nearMisses(spelling, 3);
        if (close.isEmpty()) {
            return;
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < close.size(); i++) {
            names.append(i == 0 ? "" : i == close.size() - 1 ? " or " : ", ").append(close.get(i).shortName());
        }
        out.add(new Diagnostic(io.recap.model.Severity.WARNING, CODE,
                "unknown service '" + spelling + "'; did you mean " + names + "?", line, index + 1));
    }

    /** The run of three or more backticks or tildes {@code trimmed} starts with, or null. */
    private static String fenceRun(String trimmed) {
        if (!trimmed.startsWith("```") && !trimmed.startsWith("~~~")) {
            return null;
        }
        int n = 0;
        while (n < trimmed.length() && trimmed.charAt(n) == trimmed.charAt(0)) {
            n++;
        }
        return trimmed.substring(0, n);
    }

    private static String blankOut(String line) {
        Matcher m = SKIPPED.matcher(line);
        StringBuilder sb = new StringBuilder(line);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    private static boolean inside(List<int[]> spans, int index) {
        for (int[] s : spans) {
            if (index >= s[0] && index < s[1]) {
                return true;
            }
        }
        return false;
    }
}
