/** The web server's parts: routing, the API, parameters, the page's files, the source files. Not exported. */
package io.recap.web.internal;
