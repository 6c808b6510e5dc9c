package io.recap.cli;

import io.recap.index.ReportFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The reports a command reads: the ones {@code recap index} would index under the same paths (Markdown files,
 * folders walked for them, zip archives read in place), found by {@link ReportFiles}.
 */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * Scans {@code paths}; close the scan when done.
     *
     * @throws UserException when a path does not exist
     */
    static ReportFiles.Scan of(List<Path> paths) throws UserException {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UserException("no such file or directory: " + p
                        + "; give a report file, a folder or a .zip archive", ExitCode.FAILURE);
            }
        }
        return ReportFiles.scan(paths);
    }
}
