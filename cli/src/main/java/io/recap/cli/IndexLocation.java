package io.recap.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the index lives: {@code --index DIR}, else {@code $RECAP_INDEX}, else
 * {@code $XDG_DATA_HOME/recap/index}, else {@code ~/.local/share/recap/index}.
 */
final class IndexLocation {

    private IndexLocation() {
    }

    static Path resolve(Path option, Map<String, String> env) {
        if (option != null) {
            return option;
        }
        String recap = env.get("RECAP_INDEX");
        if (recap != null && !recap.isBlank()) {
            return Path.of(recap);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "recap", "index");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "recap", "index");
    }
}
