package io.recap.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.recap.model.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Coverage-guided fuzzing of {@link ServiceCatalog#load} with a YAML file, as {@code --catalog FILE} reads it.
 * Regression mode over {@code ServiceCatalogFuzzTestInputs/load} in every build; {@code tools/fuzz catalog}
 * fuzzes.
 *
 * <p>For every input: the file is either refused with an {@link IOException} whose message names the file, or
 * it makes a catalog that resolves each of its services by id and name, and whose matcher finds services in
 * text (no other exception, at loading or at use).
 */
class ServiceCatalogFuzzTest {

    private static final Path FILE = tempFile();
    private static final String REPORT = "# Event: Catalog day\n\n## Agenda\n\n### Vault and S3\nAcme Vault, "
            + "Amazon S3, Lambda, vault server\n";

    private static Path tempFile() {
        try {
            Path dir = Files.createTempDirectory("recap-catalog-fuzz");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("catalog.yaml");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void load(byte[] input) throws IOException {
        Files.write(FILE, input);
        ServiceCatalog catalog;
        try {
            catalog = ServiceCatalog.load(FILE);
        } catch (IOException e) {
            assertThat(e.getMessage()).startsWith(FILE.toString());
            return;
        }
        for (Service s : catalog.services()) {
            assertThat(catalog.byId(s.id())).as("by id %s", s.id()).contains(s);
            assertThat(catalog.resolve(s.name())).as("by name %s", s.name()).isPresent();
        }
        // the catalog's own matcher finds its services in text (a whole parser per input would leave no time to
        // fuzz: building one compiles the built-in vocabulary too)
        assertThat(catalog.matcher().findAll(List.of(REPORT, String.join(" ", catalog.services().stream()
                .map(Service::name).toList())))).hasSize(2);
    }
}
