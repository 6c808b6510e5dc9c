package io.recap.solr;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A SolrCloud collection: the base URLs of one or more of the cluster's nodes ({@code http://host:8983/solr}),
 * through which recap learns the rest of the cluster, and the collection's name. Immutable.
 *
 * @param urls       the base URLs of Solr nodes, at least one ({@code http://host:8983/solr})
 * @param collection the collection's name (letters, digits, {@code .}, {@code _} and {@code -})
 */
public record SolrTarget(List<String> urls, String collection) {

    /**
     * Validates and copies.
     *
     * @param urls       the base URLs of Solr nodes, at least one ({@code http://host:8983/solr})
     * @param collection the collection's name (letters, digits, {@code .}, {@code _} and {@code -})
     * @throws IllegalArgumentException naming what is wrong: no URL, a URL that is not http(s), a bad name
     */
    public SolrTarget {
        Objects.requireNonNull(urls, "urls");
        Objects.requireNonNull(collection, "collection");
        List<String> clean = new ArrayList<>();
        for (String url : urls) {
            clean.add(check(url));
        }
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("no Solr URL given; give one such as http://localhost:8983/solr");
        }
        urls = List.copyOf(clean);
        if (!collection.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("'" + collection + "' is no collection name; use letters, digits, "
                    + "'.', '_' and '-'");
        }
    }

    /**
     * A target from a comma-separated list of node URLs, as the command line takes it.
     *
     * @param urls       one or more base URLs, separated by commas
     * @param collection the collection's name
     * @return the target
     * @throws IllegalArgumentException as the constructor does
     */
    public static SolrTarget of(String urls, String collection) {
        List<String> list = new ArrayList<>();
        for (String u : urls.split(",")) {
            if (!u.isBlank()) {
                list.add(u.strip());
            }
        }
        return new SolrTarget(list, collection);
    }

    private static String check(String url) {
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        try {
            URI uri = new URI(u);
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException("'" + url + "' is no Solr URL; give one such as "
                        + "http://localhost:8983/solr");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is no Solr URL (" + e.getReason() + "); give one such "
                    + "as http://localhost:8983/solr", e);
        }
        return u;
    }

    /**
     * The collection and the first node, for people: {@code reports at http://localhost:8983/solr}.
     *
     * @return the description
     */
    public String describe() {
        return collection + " at " + String.join(",", urls);
    }
}
