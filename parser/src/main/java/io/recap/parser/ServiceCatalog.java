package io.recap.parser;

import io.recap.model.Service;
import io.recap.parser.internal.CatalogEntry;
import io.recap.parser.internal.CatalogLayers;
import io.recap.parser.internal.CatalogReader;
import io.recap.parser.internal.CatalogRow;
import io.recap.parser.internal.CatalogYaml;
import io.recap.parser.internal.Hashes;
import io.recap.parser.internal.ServiceMatcher;
import io.recap.parser.internal.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog of services recap recognises: every entry's id, official name, abbreviation, category and the
 * spellings people write. Resolves what a user types ("code deploy", "AWS CodeDeploy", "ecr") to an entry and
 * suggests close names for what it cannot resolve; a {@link ReportParser} built with it detects its services in
 * reports. Immutable and thread-safe.
 *
 * <p>The built-in catalog covers the services of the AWS SDK's service models (generated) plus a curated layer:
 * newer services, AWS tools that are not API services, features folded into their service. Extend or override
 * it with a file of your own:
 *
 * <pre>{@code
 * ServiceCatalog catalog = ServiceCatalog.builtIn();
 * catalog.resolve("Elastic Container Registry").map(Service::id); // Optional[ecr]
 * catalog.suggest("CodeDeplo", 3);                                 // [AWS CodeDeploy]
 *
 * ServiceCatalog mine = catalog.with(ServiceCatalog.load(Path.of("extra.yaml")));
 * ReportParser parser = ReportParser.builder().catalog(mine).build();
 * }</pre>
 */
public final class ServiceCatalog {

    /** The generated layer: every service of the AWS SDK's service models (tools/catalog/generate.py). */
    private static final String BASE = "/io/recap/parser/catalog-base.tsv";
    /** The hand-curated layer on top: ids, names, categories, aliases, ambiguity, newer services, tools. */
    private static final String CURATED = "/io/recap/parser/catalog-curated.tsv";
    private static final ServiceCatalog EMPTY = new ServiceCatalog(List.of());

    private final List<CatalogEntry> entries;
    private final Map<String, CatalogEntry> byId;
    /** What resolve() accepts, built on first use: the CLI often needs only the parser's matcher, or neither. */
    private volatile Map<String, CatalogEntry> byKey;
    /** The compiled matcher, built on first use and shared by every parser built with this catalog. */
    private volatile ServiceMatcher matcher;
    private volatile String fingerprint;

    private ServiceCatalog(List<CatalogEntry> entries) {
        Map<String, CatalogEntry> ids = new LinkedHashMap<>();
        for (CatalogEntry e : entries) {
            ids.put(e.service().id(), e); // a later entry with the same id replaces the earlier one in place
        }
        this.entries = List.copyOf(ids.values());
        this.byId = Collections.unmodifiableMap(ids);
    }

    /**
     * The lookup keys: ids, names, abbreviations, then other spellings, most specific first; among entries of
     * one kind, a later entry (an extension) wins. Racy but safe: the map is built from immutable data and
     * published through a volatile field, so two threads may at worst both build it.
     */
    private Map<String, CatalogEntry> keys() {
        Map<String, CatalogEntry> keys = byKey;
        if (keys != null) {
            return keys;
        }
        keys = new HashMap<>(entries.size() * 8);
        List<CatalogEntry> reversed = new ArrayList<>(entries);
        Collections.reverse(reversed);
        for (CatalogEntry e : reversed) {
            keys.putIfAbsent(key(e.service().id()), e);
        }
        for (CatalogEntry e : reversed) {
            keys.putIfAbsent(key(e.service().name()), e);
        }
        for (CatalogEntry e : reversed) {
            if (e.service().abbreviation() != null) {
                keys.putIfAbsent(key(e.service().abbreviation()), e);
            }
        }
        for (CatalogEntry e : reversed) {
            for (String alias : e.aliases()) {
                keys.putIfAbsent(key(alias), e);
            }
        }
        keys.remove("");
        byKey = keys;
        return keys;
    }

    /** The entries, in catalog order. */
    List<CatalogEntry> entries() {
        return entries;
    }

    /**
     * A digest of every entry (ids, names, categories, spellings, flags), for
     * {@link ReportParser#fingerprint()}: two catalogs with the same entries have the same digest.
     */
    String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            StringBuilder sb = new StringBuilder();
            for (CatalogEntry e : entries) {
                Service s = e.service();
                sb.append(s.id()).append('\t').append(s.name()).append('\t').append(s.abbreviation()).append('\t')
                        .append(s.category()).append('\t').append(String.join("\u001f", e.aliases())).append('\t')
                        .append(String.join("\u001f", new java.util.TreeSet<>(e.ambiguous()))).append('\t')
                        .append(String.join("\u001f", new java.util.TreeSet<>(e.exactCase()))).append('\t')
                        .append(e.lookupOnly()).append('\n');
            }
            f = Hashes.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
            fingerprint = f;
        }
        return f;
    }

    /** The compiled matcher for the parser, built once per catalog. */
    ServiceMatcher matcher() {
        ServiceMatcher m = matcher;
        if (m == null) {
            m = new ServiceMatcher(entries);
            matcher = m;
        }
        return m;
    }

    /**
     * The catalog shipped with recap: every AWS service of the AWS SDK's service models, curated, plus newer
     * services, AWS tools that are not API services, and features people write as services. Loaded once, on
     * first use.
     *
     * @return the built-in catalog, the same instance every time
     */
    public static ServiceCatalog builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * A catalog without entries: a parser built with it detects no services.
     *
     * @return the empty catalog
     */
    public static ServiceCatalog empty() {
        return EMPTY;
    }

    /** Lazily loaded, immutable: the holder idiom keeps it off the start-up path until first use. */
    private static final class BuiltIn {
        static final ServiceCatalog INSTANCE = loadBuiltIn();

        private static ServiceCatalog loadBuiltIn() {
            try {
                return new ServiceCatalog(CatalogLayers.merge(List.of(resource(BASE), resource(CURATED))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<CatalogRow> resource(String name) throws IOException {
            try (InputStream in = ServiceCatalog.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                return CatalogReader.readTsv(new InputStreamReader(in, StandardCharsets.UTF_8), name);
            }
        }
    }

    /**
     * Reads a catalog file. YAML ({@code .yaml}, {@code .yml}): a {@code services} list of entries with
     * {@code id}, {@code name}, and optionally {@code abbreviation}, {@code category}, {@code ambiguous}
     * (whether the bare abbreviation is also an ordinary word, so that it counts in a report only after
     * "AWS"/"Amazon", in a list of services or when the report names the service unambiguously elsewhere) and
     * {@code aliases} (a leading {@code ?} marks an alias that is also an ordinary word, {@code =} one that
     * counts only in exactly this capitalisation). Any other name: the TAB-separated format of the built-in
     * catalog, described in the header of its {@code catalog-curated.tsv}. Combine it with the built-in
     * catalog through {@link #with(ServiceCatalog)}.
     *
     * <pre>{@code
     * services:
     *   - id: acme-vault
     *     name: Acme Vault
     *     abbreviation: Vault
     *     category: security
     *     ambiguous: true
     *     aliases: [AcmeVault, Vault Server]
     * }</pre>
     *
     * @param file a {@code .yaml}/{@code .yml} or TAB-separated catalog file
     * @return the catalog of the file's entries alone
     * @throws IOException when the file cannot be read or is not a catalog; the message names the file
     */
    public static ServiceCatalog load(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return new ServiceCatalog(CatalogLayers.merge(List.of(CatalogYaml.read(Files.readString(file),
                        file.toString()))));
            }
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return new ServiceCatalog(CatalogLayers.merge(List.of(CatalogReader.readTsv(r, file.toString()))));
            }
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text; save the catalog as UTF-8", e);
        }
    }

    /**
     * This catalog with the entries of {@code extra} added; an entry of {@code extra} whose id exists here
     * replaces that entry. Where an entry of {@code extra} claims a spelling an entry here also claims, the
     * entry of {@code extra} wins in text; {@link #resolve} still prefers an exact id, then a name, then an
     * abbreviation, over other spellings.
     *
     * @param extra the entries to add
     * @return a new catalog; this one is unchanged
     */
    public ServiceCatalog with(ServiceCatalog extra) {
        List<CatalogEntry> all = new ArrayList<>(entries);
        all.addAll(extra.entries);
        return new ServiceCatalog(all);
    }

    /**
     * Every service, in catalog order.
     *
     * @return the services
     */
    public List<Service> services() {
        List<Service> out = new ArrayList<>(entries.size());
        for (CatalogEntry e : entries) {
            out.add(e.service());
        }
        return out;
    }

    /**
     * The categories of the entries, sorted ("ai-ml", "compute", "containers", …).
     *
     * @return the distinct categories
     */
    public List<String> categories() {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (CatalogEntry e : entries) {
            if (e.service().category() != null) {
                out.add(e.service().category());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Number of entries.
     *
     * @return how many services the catalog has
     */
    public int size() {
        return entries.size();
    }

    /**
     * The service with this id.
     *
     * @param id a catalog id such as {@code codedeploy}
     * @return the service, or empty when no entry has that id
     */
    public Optional<Service> byId(String id) {
        CatalogEntry e = byId.get(id);
        return e == null ? Optional.empty() : Optional.of(e.service());
    }

    /**
     * Every spelling that names the service with this id in reports, its name and abbreviation first.
     *
     * @param id a catalog id
     * @return the aliases (empty for an unknown id)
     */
    public List<String> aliases(String id) {
        CatalogEntry e = byId.get(id);
        return e == null ? List.of() : e.aliases();
    }

    /**
     * The service a name refers to, ignoring case, spaces, hyphens, diacritics and an "AWS"/"Amazon" prefix:
     * "code deploy", "codedeploy", "AWS CodeDeploy" and "codedeploy" (the id) all resolve to CodeDeploy.
     *
     * @param name what a person typed, or {@code null}
     * @return the service, or empty when the name refers to none
     */
    public Optional<Service> resolve(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Map<String, CatalogEntry> byKey = keys();
        String k = key(name);
        CatalogEntry e = byKey.get(k);
        if (e == null) {
            String stripped = stripVendor(k);
            e = byKey.get(stripped);
            if (e == null) {
                e = byKey.get("aws" + stripped);
            }
            if (e == null) {
                e = byKey.get("amazon" + stripped);
            }
            if (e == null && stripped.length() > 3 && stripped.endsWith("s")) {
                e = byKey.get(stripped.substring(0, stripped.length() - 1)); // "lambda functions"
            }
        }
        return e == null ? Optional.empty() : Optional.of(e.service());
    }

    /**
     * Up to {@code max} services whose names are close to {@code name} (for "did you mean …?"), closest first.
     *
     * @param name what a person typed, or {@code null}
     * @param max  the most services to return
     * @return the suggestions, possibly none
     */
    public List<Service> suggest(String name, int max) {
        if (name == null || max < 1) {
            return List.of();
        }
        String k = stripVendor(key(name));
        if (k.isEmpty()) {
            return List.of();
        }
        Map<CatalogEntry, Integer> best = new HashMap<>();
        for (Map.Entry<String, CatalogEntry> e : keys().entrySet()) {
            String candidate = stripVendor(e.getKey());
            int d = distance(k, candidate);
            if (candidate.startsWith(k) && k.length() >= 3) {
                d = Math.min(d, 1);
            }
            int limit = Math.max(1, Math.min(3, k.length() / 3));
            if (d <= limit) {
                best.merge(e.getValue(), d, Math::min);
            }
        }
        List<Map.Entry<CatalogEntry, Integer>> ranked = new ArrayList<>(best.entrySet());
        ranked.sort(Comparator.<Map.Entry<CatalogEntry, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(e -> e.getKey().service().id()));
        List<Service> out = new ArrayList<>();
        for (int i = 0; i < ranked.size() && i < max; i++) {
            out.add(ranked.get(i).getKey().service());
        }
        return out;
    }

    /**
     * The services {@code spelling} is probably a typo of ("AWS CodeDeplo", "CloudFormaton"), closest first,
     * at most {@code max}: a few edits from one of a service's names, and not merely a part of a longer name
     * ("AWS Developer" is not "Amazon Q Developer") nor a name that differs only in digits ("AWS Cloud" is
     * not "Cloud9"). Empty for a spelling the catalog resolves, and for very short ones.
     *
     * @param spelling a name as written in a report
     * @param max      the most services to return
     * @return the services the spelling is probably a typo of, closest first
     */
    public List<Service> nearMisses(String spelling, int max) {
        if (spelling == null || max < 1 || resolve(spelling).isPresent()) {
            return List.of();
        }
        String words = Text.fold(spelling);
        String bare = stripVendor(key(spelling));
        if (bare.length() < 4) {
            return List.of();
        }
        List<Service> close = new ArrayList<>();
        for (Service s : suggest(spelling, max + 2)) {
            int best = Integer.MAX_VALUE;
            for (String name : names(s)) {
                String known = stripVendor(key(name));
                String knownWords = " " + stripVendorWords(Text.fold(name)) + " ";
                String spellingWords = stripVendorWords(words);
                if (knownWords.split(" ").length > spellingWords.split(" ").length + 1
                        && knownWords.contains(" " + spellingWords + " ")
                        || known.replaceAll("\\d", "").equals(bare.replaceAll("\\d", ""))) {
                    best = Integer.MAX_VALUE; // a part of a longer name, or only digits apart: not a typo
                    break;
                }
                best = Math.min(best, distance(bare, known));
            }
            if (best >= 1 && best <= Math.max(1, bare.length() / 4)) {
                close.add(s);
            }
            if (close.size() == max) {
                break;
            }
        }
        return close;
    }

    private List<String> names(Service s) {
        List<String> names = new ArrayList<>(aliases(s.id()));
        names.add(s.name());
        if (s.abbreviation() != null) {
            names.add(s.abbreviation());
        }
        return names;
    }

    private static String stripVendorWords(String folded) {
        if (folded.startsWith("amazon ")) {
            return folded.substring(7);
        }
        return folded.startsWith("aws ") ? folded.substring(4) : folded;
    }

    /** A name folded for lookup: lower case, letters and digits only, diacritics removed. */
    static String key(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 128) {
                return Text.fold(name).replace(" ", ""); // rare: diacritics, other scripts
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                sb.append((char) (c + ('a' - 'A')));
            }
        }
        return sb.toString();
    }

    private static String stripVendor(String key) {
        if (key.startsWith("amazon") && key.length() > 6) {
            return key.substring(6);
        }
        if (key.startsWith("aws") && key.length() > 3) {
            return key.substring(3);
        }
        return key;
    }

    /** Levenshtein distance, bounded work for short names. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
