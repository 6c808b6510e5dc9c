package io.recap.index;

import java.util.List;

/**
 * What one indexing run did.
 *
 * @param indexed   reports (re)indexed because they were new or changed
 * @param unchanged reports skipped because their content had not changed
 * @param removed   reports removed because their files are gone
 * @param failed    files that could not be read or parsed at all
 * @param reports   reports in the index after the run
 * @param sessions  sessions in the index after the run
 * @param seconds   wall-clock duration of the run
 * @param problems  every file's problems: error diagnostics and failures
 */
public record IndexRun(int indexed, int unchanged, int removed, int failed, long reports, long sessions,
                       double seconds, List<FileProblem> problems) {

    /** Copies the list. */
    public IndexRun {
        problems = List.copyOf(problems);
    }
}
