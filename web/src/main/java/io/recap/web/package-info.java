/**
 * recap's web page and the JSON both front ends print. {@link io.recap.web.WebServer} serves a page to browse and
 * search an index, and its JSON API under {@code /api/}; {@link io.recap.web.ResultJson} is the JSON form of
 * search results, which {@code recap … --format json} prints and the API answers with: one contract for both.
 */
package io.recap.web;
