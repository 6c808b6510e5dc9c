import io.recap.index.*;
import java.lang.management.*;
import java.nio.file.*;
import java.util.*;
import java.util.function.*;
/**
 * CPU milliseconds per query (the calling thread's CPU time, which a loaded machine changes far less than wall
 * time) of figure 4's six kinds, with {@code QueryMix}'s words, over one recap index, after a warm-up of SECONDS.
 * Run it once per build, alternating builds: {@code java -cp cli/target/recap.jar tools/bench/QueryCpu.java INDEX 15}.
 */
public class QueryCpu {
  static final List<String> TERMS = List.of("pipeline", "dashboard", "migration", "guardrail", "latency",
            "checklist", "kubernetes", "observability", "serverless", "runbook", "tư duy", "bảo mật", "dam may",
            "triển khai", "microservices", "chatbot", "encryption", "workshop", "incident", "cache");
  static final List<String> PHRASES = List.of("\"blue/green deployment\"", "\"least privilege\"",
            "\"event-driven architecture\"", "\"kiến trúc hướng sự kiện\"", "\"dead-letter queue\"",
            "\"infrastructure as code\"", "\"zero trust\"", "\"khôi phục sau thảm họa\"");
  static final List<String> SERVICES = List.of("CodeDeploy", "ecr", "Amazon Bedrock", "lambda", "S3",
            "GuardDuty", "code pipeline", "EKS", "DynamoDB", "CloudWatch");
  public static void main(String[] a) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, List<SearchRequest>> kinds = new LinkedHashMap<>();
    kinds.put("term", TERMS.stream().map(q -> SearchRequest.builder().query(q).build()).toList());
    kinds.put("phrase", PHRASES.stream().map(q -> SearchRequest.builder().query(q).build()).toList());
    kinds.put("service", SERVICES.stream().map(q -> SearchRequest.builder().service(q).sort(SearchRequest.Sort.DATE).build()).toList());
    List<SearchRequest> ts = new ArrayList<>();
    for (int i = 0; i < TERMS.size(); i++) ts.add(SearchRequest.builder().query(TERMS.get(i)).service(SERVICES.get(i % SERVICES.size())).build());
    kinds.put("termAndService", ts);
    kinds.put("termFacets", TERMS.stream().map(q -> SearchRequest.builder().query(q).facets(true).build()).toList());
    kinds.put("serviceFacets", SERVICES.stream().map(q -> SearchRequest.builder().service(q).facets(true).build()).toList());
    int seconds = Integer.parseInt(a[1]);
    try (ReportIndex ix = ReportIndex.open(Path.of(a[0]))) {
      // warm up
      long warm = System.currentTimeMillis() + seconds * 1000L;
      while (System.currentTimeMillis() < warm) for (var l : kinds.values()) for (var r : l) ix.search(r);
      StringBuilder sb = new StringBuilder();
      for (var k : kinds.entrySet()) {
        List<Double> per = new ArrayList<>();
        for (int rep = 0; rep < 5; rep++) for (var r : k.getValue()) {
          long t0 = mx.getCurrentThreadCpuTime(); ix.search(r); per.add((mx.getCurrentThreadCpuTime() - t0) / 1e6);
        }
        Collections.sort(per);
        sb.append(String.format(Locale.ROOT, "%s p50 %.2f p90 %.2f  ", k.getKey(), per.get(per.size()/2), per.get(per.size()*9/10)));
      }
      System.out.println(sb);
    }
  }
}
