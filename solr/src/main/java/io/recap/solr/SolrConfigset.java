package io.recap.solr;

import io.recap.index.internal.Schema;
import io.recap.index.internal.TextTokenizerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * recap's Solr configset: {@code schema.xml} (the fields and the analysis of recap's local index, named after its
 * schema version) and {@code solrconfig.xml}. Its analysis is recap's own, so every Solr node needs recap-index's jar
 * on its class path ({@link #analysisJar()}; in {@code $SOLR_HOME/lib}). {@link SolrArchiveIndexer} uploads it (as a
 * zip, through the Configsets API) when it creates a collection; {@link #write} puts it in a folder for people who
 * upload it themselves ({@code bin/solr zk upconfig}). Stateless.
 */
public final class SolrConfigset {

    /** The configset's name in Solr, which is also its schema's name: {@code recap-} and the schema version. */
    public static final String NAME = "recap-" + Schema.VERSION;
    /**
     * The field a recap collection routes documents by (its {@code router.field}): a key of the report's file, so
     * that a file's documents (a page and the events it recaps, with their sessions) live on one shard.
     */
    public static final String ROUTE_FIELD = "route";

    private static final List<String> FILES = List.of("schema.xml", "solrconfig.xml");

    private SolrConfigset() {
    }

    /**
     * The schema version of the documents recap writes, which a collection's schema must carry in its name.
     *
     * @return the version
     */
    public static int schemaVersion() {
        return Schema.VERSION;
    }

    /**
     * The jar a Solr node needs on its class path for the configset's analysis (recap-index's, which holds the
     * factories schema.xml names and needs nothing but Lucene), when recap runs from its jars; empty when it runs
     * from class folders, a runtime image or one jar of everything (recap's command line: the jar is then
     * {@code io.recap:recap-index} of the same version, which a build of recap leaves in {@code index/target}).
     *
     * @return the jar's path, when there is one
     */
    public static Optional<Path> analysisJar() {
        try {
            CodeSource source = TextTokenizerFactory.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            return Files.isRegularFile(p) && name.startsWith("recap-index-") && name.endsWith(".jar")
                    ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the configset's files into {@code dir} (created when missing), replacing files of the same names.
     *
     * @param dir the folder
     * @return the files written
     * @throws IOException when they cannot be written
     */
    public static List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (String name : FILES) {
            Path file = dir.resolve(name);
            Files.write(file, read(name));
            out.add(file);
        }
        return out;
    }

    /**
     * The configset as a zip, the form the Configsets API uploads.
     *
     * @return the zip's bytes
     */
    public static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : FILES) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(read(name));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * One file of the configset.
     *
     * @param name {@code schema.xml} or {@code solrconfig.xml}
     * @return its bytes
     * @throws IllegalArgumentException for another name
     */
    public static byte[] read(String name) {
        if (!FILES.contains(name)) {
            throw new IllegalArgumentException("no such file in the configset: " + name);
        }
        try (InputStream in = SolrConfigset.class.getResourceAsStream("configset/" + name)) {
            if (in == null) {
                throw new IllegalStateException("configset/" + name + " is missing from recap-solr's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
