/**
 * The parser's implementation: front matter, Markdown outline, sections, sessions, speakers, dates, service
 * detection and the JSON codec. Not API: the module does not export this package and its types change in any
 * release. Use {@link io.recap.parser.ReportParser}, {@link io.recap.parser.ServiceCatalog} and
 * {@link io.recap.parser.ReportJson}.
 */
package io.recap.parser.internal;
