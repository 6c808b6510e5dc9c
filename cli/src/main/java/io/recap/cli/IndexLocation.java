package io.recap.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the index lives: {@code --index DIR}, else {@code $RECAP_INDEX}, else
 * {@code $XDG_DATA_HOME/recap/index}, else {@code ~/.local/share/recap/index}, where {@code ~} is {@code $HOME}
 * (as for every XDG tool; Java's {@code user.home} comes from the password database instead, and is used only
 * when {@code HOME} is not set).
 */
final class IndexLocation {

    private IndexLocation() {
    }

    /** The index directory for the {@code --index} value {@code option} (or null) and the environment. */
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
        String home = env.get("HOME");
        if (home == null || home.isBlank()) {
            home = System.getProperty("user.home");
        }
        return Path.of(home, ".local", "share", "recap", "index");
    }
}
