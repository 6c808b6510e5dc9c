/**
 * Parsing event reports into the recap model ({@link io.recap.model}), and the model's JSON form.
 *
 * <ul>
 *   <li>{@link io.recap.parser.ReportParser} reads one report — Markdown with Hugo front matter (YAML, TOML or
 *       JSON), Vietnamese or English — into a {@link io.recap.model.Report}: the event's name, date, place,
 *       speakers, the sessions of its programme, the services each session covers, takeaways, an outline of
 *       every line, and diagnostics for what it could not understand. It never throws on content.</li>
 *   <li>{@link io.recap.parser.ServiceCatalog} is the list of services it recognises (the AWS services and
 *       tools, built in; extend it with a file of your own) and resolves what people type to a service.</li>
 *   <li>{@link io.recap.parser.ReportJson} writes a report as JSON and reads it back into an equal report.</li>
 * </ul>
 *
 * <pre>{@code
 * ReportParser parser = ReportParser.builder()
 *         .catalog(ServiceCatalog.builtIn())      // the default; .with(ServiceCatalog.load(file)) extends it
 *         .build();                               // immutable and thread-safe: build one, share it
 * Report report = parser.parse(Path.of("examples/content/4-EventParticipated/4.2-Event2/_index.vi.md"));
 * for (Session session : report.sessions()) {
 *     System.out.println(session.number() + ". " + session.title());
 *     for (Service service : session.services()) {
 *         System.out.println("   " + service.shortName() + " (" + service.id() + ")");
 *     }
 * }
 * Optional<Service> codeDeploy = parser.catalog().resolve("code deploy");   // what a person typed
 * Report same = ReportJson.read(ReportJson.write(report));                   // same.equals(report)
 * }</pre>
 *
 * <p>To index many reports and search them, see {@code io.recap.index} (artifact {@code recap-index}).
 *
 * <p>This package is the parser's API and follows semantic versioning; {@code io.recap.parser.internal} is
 * not API (the module does not export it) and changes in any release. No type of commonmark-java, Jackson or
 * SnakeYAML appears in this API.
 */
package io.recap.parser;
