package io.recap.bench.gen;

/**
 * One file of a generated archive.
 *
 * @param path     the path relative to the archive's root, with {@code /} separators
 * @param site     the site (Hugo project) it belongs to, from 1
 * @param event    the event number in the site, from 1; {@code 0} for the site's section index page
 * @param language the language it is written in
 */
public record ReportFile(String path, int site, int event, Language language) {
}
