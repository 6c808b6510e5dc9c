package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files {@code recap parse} and {@code recap check} read: the same ones {@link ArchiveIndexer} indexes. */
class ReportFilesTest {

    @TempDir
    Path tmp;

    @Test
    void markdownFilesInPathOrderWithoutHiddenOnesOrOtherFiles() throws IOException {
        for (String name : List.of("b/_index.md", "a/2.markdown", "a/1.MD", ".git/x.md", "a/.draft.md",
                "a/notes.txt")) {
            Files.createDirectories(tmp.resolve(name).getParent());
            Files.writeString(tmp.resolve(name), "# x\n");
        }
        List<String> problems = new ArrayList<>();

        assertThat(ReportFiles.walk(tmp, problems)).containsExactly(tmp.resolve("a/1.MD"),
                tmp.resolve("a/2.markdown"), tmp.resolve("b/_index.md"));
        assertThat(problems).isEmpty();
    }

    @Test
    void aFileGivenAsTheRootIsReadWhateverItsName() throws IOException {
        Path hidden = Files.writeString(tmp.resolve(".draft.md"), "# x\n");

        assertThat(ReportFiles.walk(hidden, new ArrayList<>())).containsExactly(hidden);
        assertThatThrownBy(() -> ReportFiles.walk(tmp.resolve("missing"), new ArrayList<>()))
                .isInstanceOf(NoSuchFileException.class);
    }
}
