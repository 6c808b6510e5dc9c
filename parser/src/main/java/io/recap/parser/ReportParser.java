package io.recap.parser;

import io.recap.model.Report;
import io.recap.parser.internal.Hashes;
import io.recap.parser.internal.PersonNames;
import io.recap.parser.internal.ReportAssembler;
import io.recap.parser.internal.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * Parses one event report — Markdown with Hugo front matter, Vietnamese or English — into a {@link Report}.
 *
 * <p>Never throws on content: what it cannot understand becomes a {@link io.recap.model.Diagnostic} with a
 * line number, and every non-blank line of the body lies in one of the report's sections.
 *
 * <pre>{@code
 * ReportParser parser = ReportParser.builder().build();           // the built-in service catalog
 * Report report = parser.parse(Path.of("content/4-EventParticipated/4.2-Event2/_index.vi.md"));
 * System.out.println(report.title() + " on " + report.date());     // null when the report does not say
 * for (Session s : report.sessions()) {
 *     System.out.println(s.number() + ". " + s.title() + " " + s.part());
 *     s.services().forEach(svc -> System.out.println("   " + svc.shortName()));  // "CodeDeploy"
 * }
 * for (ServiceCount c : report.services()) {                       // the whole report, by first mention
 *     System.out.println(c.service().name() + " ×" + c.mentions());
 * }
 * report.diagnostics().forEach(d -> System.err.println(d.format(report.source().path())));
 * String json = ReportJson.write(report);                          // and ReportJson.read(json) gives it back
 * }</pre>
 *
 * <p><b>Thread safety</b>: a parser is immutable. Build one and share it between any number of threads; they
 * get the same reports as one thread would. Building a parser compiles its catalog's matcher once (on first
 * use of the catalog); parsing holds no resource open between calls, so there is nothing to close.
 */
public final class ReportParser {

    /** Default for {@link Builder#maxBytes(int)}: 16 MiB. */
    public static final int DEFAULT_MAX_BYTES = 16 << 20;
    /** Default for {@link Builder#maxLineChars(int)}: 100,000 characters. */
    public static final int DEFAULT_MAX_LINE_CHARS = 100_000;
    /** Default for {@link Builder#maxNesting(int)}: 32 levels. */
    public static final int DEFAULT_MAX_NESTING = 32;
    /** Default for {@link Builder#maxFrontMatterChars(int)}: 64 KiB. */
    public static final int DEFAULT_MAX_FRONT_MATTER_CHARS = 64 << 10;
    /** Default for {@link Builder#maxAnalysedChars(int)}: 512 Ki characters (524,288). */
    public static final int DEFAULT_MAX_ANALYSED_CHARS = 1 << 19;

    private final ServiceCatalog catalog;
    private final ReportAssembler assembler;
    private final int maxBytes;
    private final String fingerprint;

    private ReportParser(Builder b) {
        this.catalog = b.catalog;
        this.maxBytes = b.maxBytes;
        Vocabulary vocabulary = Vocabulary.builtIn();
        PersonNames names = PersonNames.builtIn();
        ReportAssembler.Limits limits = new ReportAssembler.Limits(b.maxBytes, b.maxLineChars, b.maxNesting,
                b.maxFrontMatterChars, b.maxAnalysedChars);
        this.assembler = new ReportAssembler(vocabulary, names, catalog.matcher(), limits);
        this.fingerprint = Hashes.sha256(String.join("\n", "recap " + Version.VALUE, vocabulary.fingerprint(),
                names.fingerprint(), catalog.fingerprint(), limits.toString()).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    /** recap's version, from the properties file Maven fills in at build time. */
    private static final class Version {
        static final String VALUE = read();

        private static String read() {
            Properties p = new Properties();
            try (InputStream in = ReportParser.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // no version: the fingerprint still covers the vocabulary, the catalog and the limits
            }
            return p.getProperty("version", "unknown");
        }
    }

    /**
     * A builder with the built-in catalog and default limits.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The catalog this parser detects services with.
     *
     * @return the catalog
     */
    public ServiceCatalog catalog() {
        return catalog;
    }

    /**
     * What this parser makes of reports, in 32 hex digits: it changes whenever the same file may be read
     * differently — another recap version, vocabulary, catalog (entries added, removed or changed) or limits.
     * An index keeps the fingerprint of the parser that filled it, to read unchanged files again when it
     * differs.
     *
     * @return the fingerprint, the same for two parsers built alike
     */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Reads and parses a file; the report's source path is {@code file} as given. Reads at most
     * {@link Builder#maxBytes(int) maxBytes} (and one more byte to know the file is larger), so a huge file
     * costs no more memory than the limit.
     *
     * @param file the report's file
     * @return the report
     * @throws IOException only when the file cannot be read; content never makes this method throw
     */
    public Report parse(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min((long) maxBytes + 1, Integer.MAX_VALUE - 8));
        }
        long size = bytes.length > maxBytes ? Math.max(bytes.length, Files.size(file)) : bytes.length;
        return assembler.assemble(file.toString(), bytes, size);
    }

    /**
     * Parses a report's bytes (UTF-8, with or without BOM).
     *
     * @param path    recorded as the report's source path
     * @param content the file's bytes
     * @return the report
     */
    public Report parse(String path, byte[] content) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        return assembler.assemble(path, content);
    }

    /**
     * Parses a report's text.
     *
     * @param path    recorded as the report's source path
     * @param content the file's text
     * @return the report
     */
    public Report parse(String path, String content) {
        return parse(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Configures a {@link ReportParser}. */
    public static final class Builder {
        private ServiceCatalog catalog;
        private int maxBytes = DEFAULT_MAX_BYTES;
        private int maxLineChars = DEFAULT_MAX_LINE_CHARS;
        private int maxNesting = DEFAULT_MAX_NESTING;
        private int maxFrontMatterChars = DEFAULT_MAX_FRONT_MATTER_CHARS;
        private int maxAnalysedChars = DEFAULT_MAX_ANALYSED_CHARS;

        private Builder() {
        }

        /**
         * The catalog to detect services with (default: {@link ServiceCatalog#builtIn()}).
         *
         * @param value the catalog
         * @return this builder
         */
        public Builder catalog(ServiceCatalog value) {
            this.catalog = Objects.requireNonNull(value, "catalog");
            return this;
        }

        /**
         * Bytes of a file that are read; the rest is refused with a {@code text.too-large} error.
         *
         * @param value a positive number of bytes
         * @return this builder
         * @throws IllegalArgumentException when {@code value} is not positive
         */
        public Builder maxBytes(int value) {
            this.maxBytes = positive(value, "maxBytes");
            return this;
        }

        /**
         * Characters of a line that are read; the rest is cut with a {@code text.line-too-long} warning.
         *
         * @param value a positive number of characters
         * @return this builder
         * @throws IllegalArgumentException when {@code value} is not positive
         */
        public Builder maxLineChars(int value) {
            this.maxLineChars = positive(value, "maxLineChars");
            return this;
        }

        /**
         * Deepest nesting of lists and block quotes read as such ({@code markdown.too-deep} beyond).
         *
         * @param value a positive number of levels
         * @return this builder
         * @throws IllegalArgumentException when {@code value} is not positive
         */
        public Builder maxNesting(int value) {
            this.maxNesting = positive(value, "maxNesting");
            return this;
        }

        /**
         * Largest front matter parsed ({@code front-matter.too-large} beyond).
         *
         * @param value a positive number of characters
         * @return this builder
         * @throws IllegalArgumentException when {@code value} is not positive
         */
        public Builder maxFrontMatterChars(int value) {
            this.maxFrontMatterChars = positive(value, "maxFrontMatterChars");
            return this;
        }

        /**
         * Characters of a report's body read for its structure: Markdown, sections, sessions, speakers,
         * services. The rest of a larger body is kept as text of its last section, with a
         * {@code text.not-analysed} warning; so a 16 MiB file costs little more time and memory than a file of the limit.
         *
         * @param value a positive number of characters
         * @return this builder
         * @throws IllegalArgumentException when {@code value} is not positive
         */
        public Builder maxAnalysedChars(int value) {
            this.maxAnalysedChars = positive(value, "maxAnalysedChars");
            return this;
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }

        /**
         * Builds the parser.
         *
         * @return a new parser
         */
        public ReportParser build() {
            if (catalog == null) {
                catalog = ServiceCatalog.builtIn();
            }
            return new ReportParser(this);
        }
    }
}
