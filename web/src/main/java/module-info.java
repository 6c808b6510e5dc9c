/**
 * A local web page to browse and search a recap index, the JSON API it reads, and the JSON form of search
 * results the command line prints too ({@link io.recap.web.ResultJson}). The API is {@link io.recap.web};
 * {@code io.recap.web.internal} is not exported. The HTTP server is the JDK's own {@code jdk.httpserver}; Jackson
 * writes the JSON and is an implementation detail (no type of it appears in the API).
 */
module io.recap.web {
    requires transitive io.recap.index;

    requires jdk.httpserver;
    requires tools.jackson.core;
    requires tools.jackson.databind;

    exports io.recap.web;
}
