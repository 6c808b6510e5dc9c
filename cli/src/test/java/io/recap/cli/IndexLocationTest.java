package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the index lives: --index, else RECAP_INDEX, else XDG_DATA_HOME, else ~/.local/share under $HOME. */
class IndexLocationTest {

    Map<String, String> env = new HashMap<>(Map.of("HOME", "/home/ana"));

    @Test
    void theDefaultIsUnderTheHomeDirectoryOfTheEnvironment() {
        assertThat(IndexLocation.resolve(null, env)).isEqualTo(Path.of("/home/ana/.local/share/recap/index"));
    }

    @Test
    void withoutHomeJavasUserHomeIsUsed() {
        env.remove("HOME");
        assertThat(IndexLocation.resolve(null, env))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local/share/recap/index"));
    }

    @Test
    void xdgDataHomeThenRecapIndexThenTheOptionWin() {
        env.put("XDG_DATA_HOME", "/data");
        assertThat(IndexLocation.resolve(null, env)).isEqualTo(Path.of("/data/recap/index"));
        env.put("RECAP_INDEX", "/srv/recap");
        assertThat(IndexLocation.resolve(null, env)).isEqualTo(Path.of("/srv/recap"));
        assertThat(IndexLocation.resolve(Path.of("here"), env)).isEqualTo(Path.of("here"));
    }

    @Test
    void blankVariablesCountAsUnset() {
        env.put("RECAP_INDEX", " ");
        env.put("XDG_DATA_HOME", "");
        assertThat(IndexLocation.resolve(null, env)).isEqualTo(Path.of("/home/ana/.local/share/recap/index"));
    }
}
