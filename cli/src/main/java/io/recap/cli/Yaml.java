package io.recap.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** YAML text of a JSON document: the same model, for people who read YAML ({@code recap parse --format yaml}). */
final class Yaml {

    private Yaml() {
    }

    /** One YAML document ({@code ---} first) with the content of {@code json}. */
    static String document(String json) {
        JsonNode tree = Json.read(json);
        return Mapper.INSTANCE.writeValueAsString(tree);
    }

    /** Holder idiom: the mapper is built on first use. */
    private static final class Mapper {
        static final YAMLMapper INSTANCE = YAMLMapper.builder().disable(YAMLWriteFeature.SPLIT_LINES).build();
    }
}
