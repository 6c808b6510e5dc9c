package io.recap.cli;

import io.recap.parser.ServiceCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --catalog FILE} option of the commands that detect or resolve services. */
final class CatalogOption {

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "Add or override service catalog entries from a YAML file (a `services` list of "
                    + "entries with id, name, abbreviation, category, aliases).")
    Path file;

    /** The built-in catalog, with the entries of {@code --catalog} when given. */
    ServiceCatalog catalog() throws UserException {
        if (file == null) {
            return ServiceCatalog.builtIn();
        }
        if (!Files.isRegularFile(file)) {
            throw new UserException("no catalog file " + file + "; give the path of a YAML catalog to --catalog",
                    ExitCode.USAGE);
        }
        try {
            return ServiceCatalog.builtIn().with(ServiceCatalog.load(file));
        } catch (IOException | RuntimeException e) {
            throw new UserException("cannot use the catalog: " + e.getMessage()
                    + "; fix the file (see `recap services --help` for its format)", ExitCode.USAGE);
        }
    }
}
