package io.recap.parser.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a catalog written in YAML: a {@code services} list of entries with {@code id}, {@code name},
 * {@code abbreviation}, {@code category}, {@code ambiguous} and {@code aliases} ("?X" marks an alias that is
 * also an ordinary word, "=X" one that counts only in exactly this capitalisation).
 */
public final class CatalogYaml {

    private CatalogYaml() {
    }

    /** Reads the rows of a YAML catalog; {@code origin} names the file in error messages. */
    public static List<CatalogRow> read(String yaml, String origin) throws IOException {
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(yaml);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IOException(origin + ":" + line + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        JsonNode services = root == null ? null : root.get("services");
        if (services == null || !services.isArray()) {
            throw new IOException(origin + ": expected a 'services:' list of entries");
        }
        List<CatalogRow> rows = new ArrayList<>();
        int n = 0;
        for (JsonNode s : services) {
            n++;
            try {
                rows.add(row(s, n, origin));
            } catch (IOException e) {
                throw e.getMessage().startsWith(origin) ? e
                        : new IOException(origin + ": entry " + n + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    private static CatalogRow row(JsonNode s, int n, String origin) throws IOException {
        String id = text(s, "id");
        String name = text(s, "name");
        if (id == null || name == null) {
            throw new IOException(origin + ": entry " + n + " needs an 'id' and a 'name'");
        }
        if (!Text.hasLetterOrDigit(id) || !Text.hasLetterOrDigit(name)) {
            // a name of punctuation alone could never be found in a report nor asked for
            throw new IOException(origin + ": entry " + n + ": its 'id' and 'name' need a letter or digit");
        }
        List<String> aliases = new ArrayList<>();
        JsonNode a = s.get("aliases");
        if (a != null && a.isArray()) {
            for (JsonNode x : a) {
                if (!x.isValueNode()) {
                    throw new IOException(origin + ": entry " + n + " (" + id + "): each alias must be a text");
                }
                if (!x.asString().isBlank()) {
                    aliases.add(x.asString().trim());
                }
            }
        } else if (a != null && !a.isNull()) {
            throw new IOException(origin + ": entry " + n + " (" + id + "): 'aliases' must be a list");
        }
        JsonNode amb = s.get("ambiguous");
        if (amb != null && !amb.isNull() && !amb.isBoolean()) {
            throw new IOException(origin + ": entry " + n + " (" + id + "): 'ambiguous' must be true or false");
        }
        return new CatalogRow(origin + ": entry ", n, id, name, text(s, "abbreviation"),
                text(s, "category"), amb != null && amb.asBoolean(false), false, null, false, aliases);
    }

    private static String text(JsonNode node, String field) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new IOException("'" + field + "' must be a text, not a " + (v.isArray() ? "list" : "map"));
        }
        String s = v.asString().trim();
        return s.isEmpty() ? null : s;
    }
}
