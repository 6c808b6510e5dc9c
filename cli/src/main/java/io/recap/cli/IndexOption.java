package io.recap.cli;

import io.recap.index.IndexException;
import io.recap.index.ReportIndex;
import io.recap.index.ReportSearcher;
import io.recap.parser.ServiceCatalog;
import io.recap.solr.SolrReportIndex;
import io.recap.solr.SolrTarget;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the reports are: the {@code --index DIR} option of the commands that read or write the index, or a
 * SolrCloud collection ({@code --solr URL --collection NAME}).
 */
final class IndexOption {

    /** The collection used when {@code --solr} is given without {@code --collection}. */
    static final String DEFAULT_COLLECTION = "recap";

    @Option(names = "--index", paramLabel = "DIR",
            description = "The index directory. Default: $RECAP_INDEX, else $XDG_DATA_HOME/recap/index, "
                    + "else ~/.local/share/recap/index.")
    Path index;

    @Option(names = "--solr", paramLabel = "URL",
            description = "Use a SolrCloud collection instead of a local index: the base URL of one or more of "
                    + "its nodes, separated by commas (http://host:8983/solr).")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME",
            description = "The SolrCloud collection (with --solr). Default: " + DEFAULT_COLLECTION + ".")
    String collection;

    /** The index directory this command uses. */
    Path resolve(Environment env) {
        return IndexLocation.resolve(index, env.env);
    }

    /** Whether the reports are in a SolrCloud collection. */
    boolean isSolr() throws UserException {
        if (solr == null && collection != null) {
            throw new UserException("--collection needs --solr URL", ExitCode.USAGE);
        }
        if (solr != null && index != null) {
            throw new UserException("give --index DIR or --solr URL, not both", ExitCode.USAGE);
        }
        return solr != null;
    }

    /** The SolrCloud collection of {@code --solr} and {@code --collection}. */
    SolrTarget target() throws UserException {
        try {
            return SolrTarget.of(solr, collection == null ? DEFAULT_COLLECTION : collection);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), ExitCode.USAGE);
        }
    }

    /** Opens the reports for reading: the local index, or the SolrCloud collection. */
    ReportSearcher open(Environment env, ServiceCatalog catalog) throws UserException, IndexException {
        return isSolr() ? SolrReportIndex.open(target(), catalog) : ReportIndex.open(resolve(env), catalog);
    }
}
