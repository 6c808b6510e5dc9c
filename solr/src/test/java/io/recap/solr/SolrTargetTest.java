package io.recap.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A collection and its cluster's URLs, as the command line gives them. */
class SolrTargetTest {

    @Test
    void urlsAreSplitAtCommasAndLoseTheirTrailingSlashes() {
        SolrTarget t = SolrTarget.of(" http://a:8983/solr/ , https://b:7574/solr,,", "reports");
        assertThat(t.urls()).containsExactly("http://a:8983/solr", "https://b:7574/solr");
        assertThat(t.describe()).isEqualTo("reports at http://a:8983/solr,https://b:7574/solr");
    }

    @Test
    void whatIsNoSolrUrlOrCollectionNameIsRefusedWithAMessage() {
        assertThatThrownBy(() -> SolrTarget.of("", "r")).hasMessageContaining("no Solr URL given");
        assertThatThrownBy(() -> SolrTarget.of("localhost:8983", "r")).hasMessageContaining("is no Solr URL");
        assertThatThrownBy(() -> SolrTarget.of("ftp://a/solr", "r")).hasMessageContaining("is no Solr URL");
        assertThatThrownBy(() -> SolrTarget.of("http://a b/solr", "r")).hasMessageContaining("is no Solr URL");
        assertThatThrownBy(() -> SolrTarget.of("http://a/solr", "bad/name"))
                .hasMessageContaining("'bad/name' is no collection name");
        assertThatThrownBy(() -> new SolrTarget(List.of(), "r")).isInstanceOf(IllegalArgumentException.class);
    }
}
