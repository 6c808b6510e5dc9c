package io.recap.bench.gen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's own phrases (resource {@code phrases.tsv}: kind, English, Vietnamese), grouped by kind.
 * Immutable.
 */
public final class Phrasebook {

    private static final String RESOURCE = "/io/recap/bench/gen/phrases.tsv";

    private final Map<String, List<Phrase>> byKind;

    private Phrasebook(Map<String, List<Phrase>> byKind) {
        this.byKind = byKind;
    }

    /** The phrase book shipped with the generator. */
    public static Phrasebook builtIn() {
        try (InputStream in = Phrasebook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, List<Phrase>> map = new LinkedHashMap<>();
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 3) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected kind<TAB>en<TAB>vi");
                }
                map.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(new Phrase(cols[1], cols[2]));
            }
            map.replaceAll((k, v) -> List.copyOf(v));
            return new Phrasebook(Collections.unmodifiableMap(map));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every phrase of a kind, in file order. */
    public List<Phrase> all(String kind) {
        List<Phrase> list = byKind.get(kind);
        if (list == null) {
            throw new IllegalArgumentException("no phrases of kind " + kind);
        }
        return list;
    }

    /** Whether the book has phrases of this kind. */
    public boolean has(String kind) {
        return byKind.containsKey(kind);
    }

    /** One phrase of a kind. */
    public Phrase pick(String kind, Dice dice) {
        return dice.pick(all(kind));
    }
}
