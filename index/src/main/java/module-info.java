/**
 * A Lucene index of event reports: batch indexing of archives and search over events and sessions. The API is
 * {@link io.recap.index}; {@code io.recap.index.internal} is not exported. Apache Lucene is an implementation
 * detail: no type of it appears in the API, so it is required but not re-exported. Lucene finds its codecs and
 * analysis factories with {@link java.util.ServiceLoader} from its own modules; this module loads no service
 * itself.
 */
module io.recap.index {
    requires transitive io.recap.parser;

    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.queryparser;
    requires org.apache.lucene.highlighter;
    requires org.apache.lucene.facet;
    // Lucene unmaps closed index files through jdk.unsupported, which it requires only statically: required
    // here so that an application on the module path resolves it without --add-modules (else Lucene warns
    // "Unmapping is not supported" and closed files stay mapped until garbage collection).
    requires jdk.unsupported;

    exports io.recap.index;
}
