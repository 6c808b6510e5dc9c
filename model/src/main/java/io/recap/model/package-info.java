/**
 * The immutable domain model of an event report: {@link io.recap.model.Report} and its parts.
 *
 * <p>The model depends on nothing but the JDK and knows nothing of Markdown, JSON or Lucene (the JSON form
 * lives beside the parser: {@code io.recap.parser.ReportJson}). Conventions every type keeps:
 * <ul>
 *   <li>every type is an immutable record or enum, equal to another when all its values are equal;</li>
 *   <li>constructors validate: a required value that is {@code null} throws {@link NullPointerException}, an
 *       impossible one (a negative line, a blank name) {@link IllegalArgumentException};</li>
 *   <li>lists are copied on construction, unmodifiable, never {@code null} and never hold {@code null};</li>
 *   <li>an optional value is {@code null} when absent, as each record documents; an optional text that is blank
 *       counts as absent and is stored as {@code null};</li>
 *   <li>{@link io.recap.model.Report.Builder} is the one mutable type; it is not thread-safe, the reports it
 *       builds are.</li>
 * </ul>
 *
 * <p>All of the model is safe to share between threads.
 *
 * <pre>{@code
 * Report report = ReportParser.builder().build().parse(Path.of("_index.vi.md"));  // io.recap.parser
 * for (Session s : report.sessions()) {
 *     String when = s.startTime() == null ? "" : s.startTime() + " ";          // null: not stated
 *     System.out.println(when + s.title() + " " + s.speakers().stream().map(Speaker::name).toList());
 * }
 * report.services().forEach(c -> System.out.println(c.service().shortName() + " ×" + c.mentions()));
 *
 * Report mine = Report.builder(new Source("mine.md", sha256Hex, 0))                  // one of your own
 *         .title("Cloud Day").date(LocalDate.of(2025, 11, 17))
 *         .sessions(List.of(new Session(1, "Keynote", Part.MORNING, null, null, List.of(Speaker.named("Lan")),
 *                 List.of(), List.of(), List.of(), LineRange.of(12))))
 *         .build();
 * }</pre>
 */
package io.recap.model;
