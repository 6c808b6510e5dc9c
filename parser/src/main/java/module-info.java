/**
 * Parses event reports (Markdown with Hugo front matter, Vietnamese or English) into the recap model, and
 * writes and reads that model as JSON. The API is {@link io.recap.parser}; {@code io.recap.parser.internal} is
 * not exported. commonmark-java, Jackson and SnakeYAML Engine are implementation details: no type of theirs
 * appears in the API, so they are required but not re-exported.
 */
module io.recap.parser {
    requires transitive io.recap.model;

    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires tools.jackson.dataformat.toml;
    requires org.snakeyaml.engine;

    exports io.recap.parser;
}
