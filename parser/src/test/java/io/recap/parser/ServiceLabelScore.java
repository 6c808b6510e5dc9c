package io.recap.parser;

import io.recap.model.Service;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of report-level services against hand-made labels, computed exactly as
 * {@code ../shared/tools/score-labels.py} computes them: names are folded (case, diacritics, punctuation),
 * an "Amazon"/"AWS" prefix is dropped, spaces are removed, a few families are mapped to one key (ALB/NLB/ELB,
 * Q/Q Developer, …); a service and its feature match by prefix ("cloudwatch" ~ "cloudwatchlogs"); neutral
 * names (Well-Architected, model families, console, CLI, SDK, …) count neither way. An output service matches
 * under any of its id, name and abbreviation.
 */
final class ServiceLabelScore {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("elb", "elasticloadbalancing"), Map.entry("alb", "elasticloadbalancing"),
            Map.entry("nlb", "elasticloadbalancing"), Map.entry("applicationloadbalancer", "elasticloadbalancing"),
            Map.entry("networkloadbalancer", "elasticloadbalancing"), Map.entry("loadbalancer", "elasticloadbalancing"),
            Map.entry("q", "q"), Map.entry("qdeveloper", "q"), Map.entry("qbusiness", "q"),
            Map.entry("ecr", "ecr"), Map.entry("elasticcontainerregistry", "ecr"),
            Map.entry("ec2containerregistry", "ecr"),
            Map.entry("ecs", "ecs"), Map.entry("elasticcontainerservice", "ecs"),
            Map.entry("ec2containerservice", "ecs"),
            Map.entry("eks", "eks"), Map.entry("elastickubernetesservice", "eks"),
            Map.entry("s3", "s3"), Map.entry("simplestorageservice", "s3"),
            Map.entry("ec2", "ec2"), Map.entry("elasticcomputecloud", "ec2"),
            Map.entry("iam", "iam"), Map.entry("identityandaccessmanagement", "iam"),
            Map.entry("kms", "kms"), Map.entry("keymanagementservice", "kms"),
            Map.entry("sns", "sns"), Map.entry("simplenotificationservice", "sns"),
            Map.entry("sqs", "sqs"), Map.entry("simplequeueservice", "sqs"),
            Map.entry("rds", "rds"), Map.entry("relationaldatabaseservice", "rds"),
            Map.entry("vpc", "vpc"), Map.entry("virtualprivatecloud", "vpc"),
            Map.entry("cdk", "cdk"), Map.entry("clouddevelopmentkit", "cdk"),
            Map.entry("sam", "sam"), Map.entry("serverlessapplicationmodel", "sam"),
            Map.entry("waf", "waf"), Map.entry("webapplicationfirewall", "waf"),
            Map.entry("acm", "acm"), Map.entry("certificatemanager", "acm"),
            Map.entry("ssm", "systemsmanager"), Map.entry("parameterstore", "systemsmanager"),
            Map.entry("agentcore", "bedrockagentcore"),
            Map.entry("sso", "iamidentitycenter"), Map.entry("identitycenter", "iamidentitycenter"),
            Map.entry("ebs", "ebs"), Map.entry("elasticblockstore", "ebs"),
            Map.entry("efs", "efs"), Map.entry("elasticfilesystem", "efs"),
            Map.entry("msk", "msk"), Map.entry("managedstreamingforapachekafka", "msk"),
            Map.entry("emr", "emr"), Map.entry("elasticmapreduce", "emr"));

    private static final Set<String> NEUTRAL = Set.of("wellarchitected", "wellarchitectedframework",
            "wellarchitectedtool", "titan", "nova", "claude", "console", "managementconsole", "cli", "sdk", "freetier",
            "marketplace", "skillbuilder", "partnernetwork", "apn", "reinvent", "educate", "academy", "training",
            "support", "cloud", "strands", "strandsagents", "strandssdk", "nitro", "graviton", "trainium",
            "inferentia", "sso");

    private int goldTotal;
    private int goldMatched;
    private int outTotal;
    private int outMatched;
    private final List<String> misses = new ArrayList<>();

    /** Adds one report: its labelled services and the services the parser found. */
    void add(String file, List<String> gold, List<Service> found) {
        Set<String> goldKeys = new LinkedHashSet<>();
        for (String g : gold) {
            goldKeys.add(key(g));
        }
        goldKeys.removeAll(NEUTRAL);
        List<Set<String>> outKeys = new ArrayList<>();
        List<Service> kept = new ArrayList<>();
        for (Service s : found) {
            Set<String> keys = new HashSet<>();
            for (String f : new String[]{s.name(), s.abbreviation(), s.id()}) {
                if (f != null && !f.isEmpty()) {
                    keys.add(key(f));
                }
            }
            if (keys.stream().noneMatch(NEUTRAL::contains)) {
                outKeys.add(keys);
                kept.add(s);
            }
        }
        goldTotal += goldKeys.size();
        outTotal += outKeys.size();
        for (String g : goldKeys) {
            if (outKeys.stream().anyMatch(o -> matches(g, o))) {
                goldMatched++;
            } else {
                misses.add(file + ": missed " + g);
            }
        }
        for (int i = 0; i < outKeys.size(); i++) {
            Set<String> o = outKeys.get(i);
            if (goldKeys.stream().anyMatch(g -> matches(g, o))) {
                outMatched++;
            } else {
                misses.add(file + ": extra " + kept.get(i).id());
            }
        }
    }

    /** Found services that match a labelled one, over all found services. */
    double precision() {
        return outTotal == 0 ? 0 : (double) outMatched / outTotal;
    }

    /** Labelled services that were found, over all labelled services. */
    double recall() {
        return goldTotal == 0 ? 0 : (double) goldMatched / goldTotal;
    }

    /** One line per missed or extra service. */
    List<String> misses() {
        return misses;
    }

    /** A summary line. */
    String summary() {
        return String.format(Locale.ROOT, "services precision %.3f (%d/%d) recall %.3f (%d/%d)", precision(),
                outMatched, outTotal, recall(), goldMatched, goldTotal);
    }

    static String key(String name) {
        String s = fold(name);
        s = s.replaceFirst("^(amazon|aws)\\s+", "");
        s = s.replaceFirst("^(amazon|aws)\\s+", "");
        String k = s.replace(" ", "");
        return ALIASES.getOrDefault(k, k);
    }

    static boolean matches(String goldKey, Set<String> outKeys) {
        for (String o : outKeys) {
            if (goldKey.equals(o)) {
                return true;
            }
            if (goldKey.length() >= 3 && o.length() >= 3 && (o.startsWith(goldKey) || goldKey.startsWith(o))) {
                return true;
            }
        }
        return false;
    }

    /** The script's fold: đ→d, NFKD without combining marks, lower case, runs of other characters → one space. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s.replace("đ", "d").replace("Đ", "D"), Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK && Character.getType(c) != Character.ENCLOSING_MARK
                    && Character.getType(c) != Character.COMBINING_SPACING_MARK) {
                sb.append(c);
            }
        }
        String lower = sb.toString().toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]+", " ");
        return String.join(" ", lower.trim().split("\\s+"));
    }
}
