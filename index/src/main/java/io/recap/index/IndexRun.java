package io.recap.index;

import java.util.List;

/**
 * What one indexing run did.
 *
 * @param indexed   reports (re)indexed because they were new or changed (all of them in a full run)
 * @param unchanged reports skipped because their path and content hash were unchanged
 * @param removed   reports removed because their files are gone (or were refused this time)
 * @param failed    files that could not be indexed at all (unreadable, too large, refused zip entries…)
 * @param reports   reports in the index after the run
 * @param sessions  sessions in the index after the run
 * @param seconds   wall-clock duration of the run
 * @param problems  every file's problems: failures, and its report's diagnostics of at least the configured
 *                  severity ({@link ArchiveIndexer.Builder#problemSeverity}), in file order
 */
public record IndexRun(int indexed, int unchanged, int removed, int failed, long reports, long sessions,
                       double seconds, List<FileProblem> problems) {

    /**
     * Copies the list.
     *
     * @param indexed   reports (re)indexed because they were new or changed (all of them in a full run)
     * @param unchanged reports skipped because their path and content hash were unchanged
     * @param removed   reports removed because their files are gone (or were refused this time)
     * @param failed    files that could not be indexed at all (unreadable, too large, refused zip entries…)
     * @param reports   reports in the index after the run
     * @param sessions  sessions in the index after the run
     * @param seconds   wall-clock duration of the run
     * @param problems  every file's problems: failures, and its report's diagnostics of at least the configured
     *                  severity ({@link ArchiveIndexer.Builder#problemSeverity}), in file order
     */
    public IndexRun {
        problems = List.copyOf(problems);
    }
}
