package io.recap.cli;

import io.recap.index.ReportIndex;
import io.recap.index.SearchRequest;
import io.recap.index.SearchResult;
import io.recap.index.SessionHit;
import io.recap.model.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code recap search [QUERY] [--service NAME]…}: finds sessions. */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Find sessions. QUERY uses Lucene's syntax: words (all must match), \"phrases\", OR, "
                + "-exclude, field:term. Case and diacritics do not matter: \"tu duy\" finds \"Tư Duy\".",
            "Exits with 1 when nothing is found."})
final class SearchCommand implements Callable<Integer> {

    enum Format { table, json }

    private final Environment env;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (may be omitted with --service).")
    List<String> query = new ArrayList<>();

    @Option(names = "--service", paramLabel = "NAME",
            description = "Only sessions that mention this service (any alias or case: CodeDeploy, \"code deploy\","
                    + " ecr). Repeatable.")
    List<String> services = new ArrayList<>();

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Most hits to show. "
            + "Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--index", paramLabel = "DIR", description = "The index directory.")
    Path index;

    @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    SearchCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        String q = String.join(" ", query).strip();
        if (q.isEmpty() && services.isEmpty()) {
            throw new UserException("give a QUERY, a --service, or both; see 'recap search --help'",
                    ExitCode.USAGE);
        }
        if (limit < 0) {
            throw new UserException("--limit must not be negative", ExitCode.USAGE);
        }
        SearchRequest.Builder request = SearchRequest.builder().query(q).limit(limit);
        services.forEach(request::service);
        SearchResult result;
        try (ReportIndex idx = ReportIndex.open(IndexLocation.resolve(index, env.env))) {
            result = idx.search(request.build());
        }
        if (format == Format.json) {
            env.out.println(json(result));
        } else {
            table(result);
        }
        env.out.flush();
        return result.total() == 0 ? ExitCode.NOTHING : ExitCode.OK;
    }

    private String json(SearchResult r) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode o = mapper.createObjectNode();
        o.put("query", r.query());
        o.put("total", r.total());
        ArrayNode hits = o.putArray("hits");
        for (SessionHit h : r.hits()) {
            ObjectNode n = hits.addObject();
            n.put("score", h.score());
            ObjectNode e = n.putObject("event");
            e.put("id", h.event().id());
            e.put("title", h.event().title());
            e.put("date", h.event().date() == null ? null : h.event().date().toString());
            e.put("path", h.event().path());
            ObjectNode s = n.putObject("session");
            s.put("number", h.session().number());
            s.put("title", h.session().title());
            s.put("part", h.session().part() == null ? null : h.session().part().label());
            ArrayNode svc = n.putArray("services");
            for (Service x : h.services()) {
                ObjectNode so = svc.addObject();
                so.put("id", x.id());
                so.put("name", x.name());
                so.put("abbreviation", x.abbreviation());
            }
            n.put("snippet", h.snippet());
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(o);
    }

    private void table(SearchResult r) {
        if (r.hits().isEmpty()) {
            env.err.println("no sessions found");
            return;
        }
        Table t = new Table("DATE", "EVENT", "#", "SESSION", "SERVICES");
        for (SessionHit h : r.hits()) {
            List<String> names = new ArrayList<>();
            h.services().forEach(s -> names.add(s.shortName()));
            t.row(h.event().date() == null ? "-" : h.event().date().toString(), h.event().title(),
                    Integer.toString(h.session().number()), h.session().title(), String.join(", ", names));
            t.note(h.snippet());
        }
        t.print(env.out, Table.width(env.env));
        env.out.printf("%d of %d sessions%n", r.hits().size(), r.total());
    }
}
