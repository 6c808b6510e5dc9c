package io.recap.cli;

import io.recap.solr.SolrConfigset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code recap solr configset DIR}: writes recap's Solr configset, for people who upload it themselves. */
@Command(name = "configset", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write recap's Solr configset (schema.xml and solrconfig.xml) into DIR, for uploading it "
                + "yourself. `recap index --solr` uploads it by itself when it creates a collection.",
            "Upload it under its name (recap-SCHEMAVERSION) and create the collection with router.field=route, "
                    + "so that a report's documents stay on one shard; stderr shows the commands.",
            "Its analysis is recap's own: every Solr node needs recap-index's jar in $SOLR_HOME/lib (restart the "
                    + "node after copying it); stderr says where the jar is."})
final class SolrConfigsetCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "DIR", description = "The folder to write the files into (created when missing).")
    Path dir;

    SolrConfigsetCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserException(dir + " is a file; give a folder", ExitCode.USAGE);
        }
        List<Path> written = SolrConfigset.write(dir);
        Output output = new Output(env, global);
        written.forEach(output.out::println);
        if (!output.quiet) {
            String name = SolrConfigset.NAME;
            output.err.println("recap: every Solr node needs recap's analysis on its class path: copy "
                    + SolrConfigset.analysisJar().map(Path::toString)
                    .orElse("recap-index-" + VersionProvider.version() + ".jar (Maven: io.recap:recap-index; a "
                            + "build of recap leaves it in index/target)")
                    + " into $SOLR_HOME/lib and restart the node");
            output.err.println("recap: upload it with: bin/solr zk upconfig -z ZKHOST:9983 -n " + name + " -d " + dir);
            output.err.println("recap: create a collection with: curl 'http://localhost:8983/solr/admin/collections"
                    + "?action=CREATE&name=recap&collection.configName=" + name + "&numShards=2&replicationFactor=2"
                    + "&router.field=" + SolrConfigset.ROUTE_FIELD + "'");
        }
        output.out.flush();
        output.err.flush();
        return ExitCode.OK;
    }
}
