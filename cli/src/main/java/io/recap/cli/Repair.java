package io.recap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The one command that repairs a damaged or incompatible index, as people can paste it. */
final class Repair {

    /** Characters a shell word may hold without quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private Repair() {
    }

    /**
     * {@code rebuild it with `recap index --full --index DIR PATH…`}, with the given paths when known (an
     * index run), else a placeholder for the folders and archives the index was built from.
     */
    static String command(Path index, List<Path> paths) {
        StringBuilder sb = new StringBuilder("rebuild it with `recap index --full --index ").append(quote(index.toString()));
        if (paths == null || paths.isEmpty()) {
            sb.append(" PATH…` (the folders and archives it was built from)");
        } else {
            for (Path p : paths) {
                sb.append(' ').append(quote(p.toString()));
            }
            sb.append('`');
        }
        return sb.toString();
    }

    /** A message of the index library with its generic repair advice made concrete. */
    static String concrete(String message, Path index, List<Path> paths) {
        String generic = "rebuild it with `recap index --full`";
        return message.contains(generic) ? message.replace(generic, command(index, paths)) : message;
    }

    private static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
