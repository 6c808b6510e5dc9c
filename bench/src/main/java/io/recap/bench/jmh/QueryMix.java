package io.recap.bench.jmh;

import java.util.List;

/**
 * The queries of the query figure: words, phrases and services that generated archives contain, in a fixed
 * order. Deterministic, so every run asks the same questions (figures 4 and 7).
 */
public final class QueryMix {

    /** Single words, English and Vietnamese (typed with and without diacritics). */
    public static final List<String> TERMS = List.of("pipeline", "dashboard", "migration", "guardrail", "latency",
            "checklist", "kubernetes", "observability", "serverless", "runbook", "tư duy", "bảo mật", "dam may",
            "triển khai", "microservices", "chatbot", "encryption", "workshop", "incident", "cache");
    /** Phrases. */
    public static final List<String> PHRASES = List.of("\"blue/green deployment\"", "\"least privilege\"",
            "\"event-driven architecture\"", "\"kiến trúc hướng sự kiện\"", "\"dead-letter queue\"",
            "\"infrastructure as code\"", "\"zero trust\"", "\"khôi phục sau thảm họa\"");
    /** Service filters, as a user types them. */
    public static final List<String> SERVICES = List.of("CodeDeploy", "ecr", "Amazon Bedrock", "lambda", "S3",
            "GuardDuty", "code pipeline", "EKS", "DynamoDB", "CloudWatch");

    private QueryMix() {
    }
}
