package io.recap.cli;

import io.recap.index.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The report files a command reads: files as given, directories walked for {@code *.md}. */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * The files under {@code paths}, in order; what cannot be walked (a symlink loop, an unreadable folder) is
     * added to {@code problems} as {@code path: reason}.
     *
     * @throws UserException when a path does not exist
     */
    static List<Path> of(List<Path> paths, List<String> problems) throws UserException, IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UserException("no such file or directory: " + p + "; give a report file or a folder",
                        ExitCode.FAILURE);
            }
            files.addAll(ReportFiles.walk(p, problems));
        }
        return files;
    }
}
