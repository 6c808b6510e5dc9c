/**
 * The immutable domain model of an event report: {@link io.recap.model.Report} and its parts.
 *
 * <p>The model depends on nothing but the JDK and knows nothing of Markdown, JSON or Lucene. Every type is
 * an immutable record or enum; lists are never {@code null} and never hold {@code null}; optional scalar
 * values are {@code null} when absent, as each record documents.
 */
package io.recap.model;
