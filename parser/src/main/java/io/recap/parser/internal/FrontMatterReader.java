package io.recap.parser.internal;

import io.recap.model.Diagnostic;
import io.recap.model.FrontMatter;
import io.recap.model.LineRange;
import io.recap.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.toml.TomlMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Finds and reads the front matter of a Hugo page: YAML between {@code ---} lines, TOML between {@code +++}
 * lines, or a JSON object, as Hugo accepts them, and the shapes real files take besides: blank lines before
 * the opening delimiter or after it, a long dashed closing line, text (an LLM chat preamble) before the block.
 * A malformed or unterminated block becomes a diagnostic at its line and column in the report file; the keys
 * that can still be read line by line are kept, and the body is parsed all the same. Thread-safe.
 */
public final class FrontMatterReader {

    private static final Pattern YAML_OPEN = Pattern.compile("^---\\s*$");
    private static final Pattern YAML_CLOSE = Pattern.compile("^(-{3,}|\\.{3})\\s*$");
    private static final Pattern TOML_FENCE = Pattern.compile("^\\+\\+\\+\\s*$");
    private static final Pattern YAML_KEY_LINE = Pattern.compile("^([A-Za-z_][\\w.-]*)\\s*:(?:\\s+(.*)|\\s*)$");
    private static final Pattern TOML_KEY_LINE = Pattern.compile("^([A-Za-z_][\\w.-]*)\\s*=\\s*(.*)$");
    /** How far into a file a front-matter block after a chat preamble is looked for. */
    private static final int PREAMBLE_SEARCH_LINES = 40;
    /** Most values YAML aliases may expand to; a "billion laughs" block would expand to far more. */
    static final int MAX_ALIAS_VALUES = 10_000;

    // Jackson's mappers are immutable and thread-safe: one of each for every parser
    // SnakeYAML Engine's default load settings, built once: a factory without them builds them (and their JSON
    // schema) again for every parser it creates
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
            .loadSettings(LoadSettings.builder().build()).build()).build();
    private static final ObjectMapper TOML = TomlMapper.builder().build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final int maxChars;

    /**
     * A reader that refuses blocks longer than {@code maxChars} characters (the keys that can be read line
     * by line are still kept).
     */
    public FrontMatterReader(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Reads the front matter of {@code lines}, adding diagnostics to {@code diagnostics}. */
    public FrontMatterBlock read(List<String> lines, List<Diagnostic> diagnostics) {
        int first = firstNonBlank(lines, 0);
        if (first < 0) {
            return FrontMatterBlock.NONE;
        }
        String opener = lines.get(first);
        if (YAML_OPEN.matcher(opener).matches()) {
            return fenced(lines, first, FrontMatter.Format.YAML, diagnostics);
        }
        if (TOML_FENCE.matcher(opener).matches()) {
            return fenced(lines, first, FrontMatter.Format.TOML, diagnostics);
        }
        if (opener.startsWith("{") && !opener.startsWith("{{")) {
            // "{{% notice %}}" or "{{< figure >}}" opens a shortcode, not a JSON object
            return jsonBlock(lines, first, diagnostics);
        }
        int afterPreamble = blockAfterPreamble(lines, first);
        if (afterPreamble > 0) {
            FrontMatterBlock block = fenced(lines, afterPreamble, FrontMatter.Format.YAML, diagnostics);
            if (block.frontMatter() != null) {
                diagnostics.add(Diagnostic.info("front-matter.preamble", "text before the front matter (lines "
                        + (first + 1) + "–" + afterPreamble + ") is kept as part of the body", first + 1));
            }
            return block;
        }
        return FrontMatterBlock.NONE;
    }

    /**
     * An opening {@code ---} after some lines of other text, followed by {@code key: value} lines that include
     * a {@code title}, and closed within a few dozen lines: the shape a chat assistant's preamble leaves.
     */
    private static int blockAfterPreamble(List<String> lines, int first) {
        int limit = Math.min(lines.size(), first + PREAMBLE_SEARCH_LINES);
        for (int i = first + 1; i < limit; i++) {
            if (!YAML_OPEN.matcher(lines.get(i)).matches()) {
                continue;
            }
            boolean title = false;
            for (int j = i + 1; j < Math.min(lines.size(), i + 60); j++) {
                String l = lines.get(j);
                if (YAML_CLOSE.matcher(l).matches()) {
                    return title ? i : -1;
                }
                Matcher m = YAML_KEY_LINE.matcher(l);
                if (m.matches()) {
                    title |= m.group(1).equals("title");
                } else if (!l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("-")) {
                    break;
                }
            }
        }
        return -1;
    }

    private FrontMatterBlock fenced(List<String> lines, int open, FrontMatter.Format format,
                                    List<Diagnostic> diagnostics) {
        Pattern close = format == FrontMatter.Format.YAML ? YAML_CLOSE : TOML_FENCE;
        int end = -1;
        for (int i = open + 1; i < lines.size(); i++) {
            if (close.matcher(lines.get(i)).matches()) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            // Unterminated: the block is taken to run as long as lines look like keys, and the body starts after.
            Pattern keyLine = format == FrontMatter.Format.YAML ? YAML_KEY_LINE : TOML_KEY_LINE;
            int last = open;
            for (int i = open + 1; i < lines.size(); i++) {
                String l = lines.get(i);
                if (keyLine.matcher(l).matches() || l.isBlank() || l.startsWith(" ") || l.startsWith("\t")
                        || (format == FrontMatter.Format.YAML && l.startsWith("- "))) {
                    last = i;
                } else {
                    break;
                }
            }
            while (last > open && lines.get(last).isBlank()) {
                last--;
            }
            diagnostics.add(new Diagnostic(Severity.ERROR, "front-matter.unterminated", "the front matter opened "
                    + "here is never closed with '" + (format == FrontMatter.Format.YAML ? "---" : "+++")
                    + "'; the body is taken to start at line " + (last + 2), open + 1, 1));
            return new FrontMatterBlock(parse(lines, open + 1, last, new LineRange(open + 1, last + 1), format,
                    diagnostics), open, last);
        }
        return new FrontMatterBlock(parse(lines, open + 1, end - 1, new LineRange(open + 1, end + 1), format,
                diagnostics), open, end);
    }

    private FrontMatterBlock jsonBlock(List<String> lines, int open, List<Diagnostic> diagnostics) {
        String text = join(lines, open, lines.size() - 1);
        int endLine = -1;
        try (JsonParser p = JSON.createParser(text)) {
            int depth = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    if (depth == 0) {
                        endLine = open + p.currentTokenLocation().getLineNr() - 1;
                        break;
                    }
                }
            }
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            int line = loc == null ? open + 1 : open + Math.max(1, loc.getLineNr());
            int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
            if (line > lines.size()) {
                // the input ended inside the object: the error is where it opened, not past the file's end
                diagnostics.add(new Diagnostic(Severity.ERROR, "front-matter.unterminated",
                        "the JSON front matter opened here is never closed", open + 1, 1));
                return FrontMatterBlock.NONE;
            }
            diagnostics.add(new Diagnostic(Severity.ERROR, "front-matter.invalid",
                    "the JSON front matter is not valid JSON: " + shortMessage(e), line, col));
            return FrontMatterBlock.NONE;
        }
        if (endLine < 0) {
            diagnostics.add(new Diagnostic(Severity.ERROR, "front-matter.unterminated",
                    "the JSON front matter opened here is never closed", open + 1, 1));
            return FrontMatterBlock.NONE;
        }
        return new FrontMatterBlock(parse(lines, open, endLine, new LineRange(open + 1, endLine + 1),
                FrontMatter.Format.JSON, diagnostics), open, endLine);
    }

    /**
     * Parses the content lines {@code from..to} (0-based, inclusive) of a block that spans {@code range}
     * (delimiters included) in the file.
     */
    private FrontMatter parse(List<String> lines, int from, int to, LineRange range, FrontMatter.Format format,
                              List<Diagnostic> diagnostics) {
        String text = to >= from ? join(lines, from, to) : "";
        Map<String, Object> values;
        if (text.length() > maxChars) {
            diagnostics.add(new Diagnostic(Severity.ERROR, "front-matter.too-large", "the front matter has "
                    + text.length() + " characters, more than the limit of " + maxChars
                    + "; only simple 'key: value' lines were read", from + 1, 1));
            values = lineByLine(lines, from, Math.min(to, from + 200), format);
        } else if (text.isBlank()) {
            values = new LinkedHashMap<>();
        } else {
            values = parseText(text, format, from, lines, to, diagnostics);
        }
        return toFrontMatter(format, values, range);
    }

    private Map<String, Object> parseText(String text, FrontMatter.Format format, int from, List<String> lines,
                                          int to, List<Diagnostic> diagnostics) {
        ObjectMapper mapper = switch (format) {
            case YAML -> YAML;
            case TOML -> TOML;
            case JSON -> JSON;
        };
        try {
            Object root;
            if (format == FrontMatter.Format.YAML) {
                root = new YamlValues(from).read(text, diagnostics);
            } else {
                JsonNode tree = mapper.readTree(text);
                root = tree == null || tree.isMissingNode() || tree.isNull() ? null : JsonValues.toJava(tree);
            }
            if (root == null) {
                return new LinkedHashMap<>();
            }
            if (!(root instanceof Map)) {
                diagnostics.add(new Diagnostic(Severity.ERROR, "front-matter.invalid",
                        "the front matter is not a set of keys and values", from + 1, 1));
                return lineByLine(lines, from, to, format);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) root;
            return map;
        } catch (JacksonException | IllegalStateException e) {
            int[] at = errorPosition(e, text);
            int line = at == null ? from + 1 : from + at[0];
            int col = at == null ? 0 : at[1];
            if (line > to + 1) {
                // the text ended where the parser wanted more: point at the block's last line, not past it
                line = to + 1;
                col = 0;
            }
            diagnostics.add(new Diagnostic(Severity.ERROR, "front-matter.invalid", "the " + format.name()
                    + " front matter could not be read (" + shortMessage(e)
                    + "); simple 'key: value' lines were read instead", line, col));
            return lineByLine(lines, from, to, format);
        }
    }

    /**
     * The 1-based line and column in {@code text} where reading failed, or {@code null}. For YAML the
     * scanner's own marks are used: Jackson's location is that of the last good token. A problem found at
     * the end of the text ("expected ']', but got <stream end>") is placed where the unfinished construct
     * began.
     */
    private static int[] errorPosition(Exception e, String text) {
        if (e.getCause() instanceof MarkedYamlEngineException marked) {
            int lineCount = (int) text.chars().filter(c -> c == '\n').count();
            Optional<Mark> problem = marked.getProblemMark().filter(m -> m.getLine() < lineCount);
            Optional<Mark> mark = problem.isPresent() ? problem : marked.getContextMark();
            if (mark.isPresent()) {
                return new int[]{mark.get().getLine() + 1, mark.get().getColumn() + 1};
            }
        }
        TokenStreamLocation loc = e instanceof JacksonException je ? je.getLocation() : null;
        if (loc != null && loc.getLineNr() > 0) {
            return new int[]{loc.getLineNr(), Math.max(0, loc.getColumnNr())};
        }
        return null;
    }

    /**
     * Reads a YAML block into plain Java values as Hugo does, aliases ({@code *name}) included — Jackson's
     * tree model would keep only the alias's name. Aliases that would expand to more than
     * {@link #MAX_ALIAS_VALUES} values (a "billion laughs" block) are refused with a
     * {@code front-matter.too-large} error and kept as their names. One instance per block.
     */
    private final class YamlValues {
        private final int from;
        private final Map<String, Object> anchors = new HashMap<>();
        private final Map<Object, Integer> sizes = new IdentityHashMap<>();
        private long expanded;
        private boolean refused;

        YamlValues(int from) {
            this.from = from;
        }

        /** The block's root value: a map, another value, or {@code null} for an empty block. */
        Object read(String text, List<Diagnostic> diagnostics) {
            try (JsonParser p = YAML.createParser(text)) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    return null;
                }
                return value(p, t, diagnostics);
            }
        }

        private Object value(JsonParser p, JsonToken t, List<Diagnostic> diagnostics) {
            Object anchor = p.getObjectId();
            Object v;
            int size = 1;
            switch (t) {
                case START_OBJECT -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    JsonToken k;
                    while ((k = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                        String key = p.currentName();
                        Object child = value(p, p.nextToken(), diagnostics);
                        map.put(key, child);
                        size += sizeOf(child);
                    }
                    v = map;
                    sizes.put(v, size);
                }
                case START_ARRAY -> {
                    List<Object> list = new ArrayList<>();
                    JsonToken e;
                    while ((e = p.nextToken()) != JsonToken.END_ARRAY && e != null) {
                        Object child = value(p, e, diagnostics);
                        list.add(child);
                        size += sizeOf(child);
                    }
                    v = list;
                    sizes.put(v, size);
                }
                case VALUE_STRING -> v = alias(p, diagnostics);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> v = p.getNumberValue();
                case VALUE_TRUE -> v = Boolean.TRUE;
                case VALUE_FALSE -> v = Boolean.FALSE;
                case VALUE_NULL -> v = null;
                default -> v = p.getString();
            }
            if (anchor != null && v != null) {
                anchors.put(anchor.toString(), v);
            }
            return v;
        }

        /** The value an alias stands for, within the budget; any other string as it is. */
        private Object alias(JsonParser p, List<Diagnostic> diagnostics) {
            String text = p.getString();
            if (!(p instanceof YAMLParser yp) || !yp.isCurrentAlias()) {
                return text;
            }
            Object target = anchors.get(text);
            if (target == null || refused) {
                return text;
            }
            expanded += sizeOf(target);
            if (expanded > MAX_ALIAS_VALUES) {
                refused = true;
                TokenStreamLocation loc = p.currentTokenLocation();
                diagnostics.add(new Diagnostic(Severity.ERROR, "front-matter.too-large", "YAML aliases here "
                        + "expand to more than " + MAX_ALIAS_VALUES + " values; the remaining aliases were "
                        + "not expanded", from + Math.max(1, loc.getLineNr()), Math.max(0, loc.getColumnNr())));
                return text;
            }
            return target;
        }

        private int sizeOf(Object v) {
            Integer s = v == null ? null : sizes.get(v);
            return s == null ? 1 : s;
        }
    }

    /** The fallback: top-level {@code key: value} (or {@code key = value}) lines, values unquoted. */
    private static Map<String, Object> lineByLine(List<String> lines, int from, int to, FrontMatter.Format format) {
        Pattern keyLine = format == FrontMatter.Format.TOML ? TOML_KEY_LINE : YAML_KEY_LINE;
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = from; i <= to && i < lines.size(); i++) {
            Matcher m = keyLine.matcher(lines.get(i));
            if (m.matches()) {
                String v = m.group(2) == null ? "" : m.group(2).trim();
                values.putIfAbsent(m.group(1), unquote(v));
            }
        }
        return values;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static FrontMatter toFrontMatter(FrontMatter.Format format, Map<String, Object> values,
                                             LineRange range) {
        return new FrontMatter(format, values,
                string(values.get("title")),
                string(values.get("date")),
                integer(values.get("weight")),
                bool(values.get("draft")),
                strings(values.get("tags")),
                strings(values.get("categories")),
                firstString(values, "lang", "language", "languageCode"),
                range);
    }

    private static String firstString(Map<String, Object> values, String... keys) {
        for (String k : keys) {
            String s = string(values.get(k));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static String string(Object v) {
        if (v == null || v instanceof Map || v instanceof List) {
            return null;
        }
        String s = v.toString().trim();
        return s.isEmpty() ? null : s;
    }

    private static Integer integer(Object v) {
        if (v instanceof Number n) {
            // only whole numbers that fit: 1e20 or 1.5 is no weight, and must not wrap around
            double d = n.doubleValue();
            return d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE ? (int) d : null;
        }
        String s = string(v);
        if (s != null && s.matches("[-+]?\\d{1,9}")) {
            return Integer.valueOf(s.replace("+", ""));
        }
        return null;
    }

    private static Boolean bool(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        String s = string(v);
        if ("true".equalsIgnoreCase(s) || "false".equalsIgnoreCase(s)) {
            return Boolean.valueOf(s);
        }
        return null;
    }

    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) {
                String s = string(o);
                if (s != null) {
                    out.add(s);
                }
            }
        } else {
            String s = string(v);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static String shortMessage(Exception e) {
        String m = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        // Jackson's locations ("(start marker at [Source: REDACTED …; line: 1, column: 1])") say nothing to people:
        // the diagnostic has the line and column
        m = m.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "").replaceAll("(?s)\\s*\\[Source:.*$", "");
        // SnakeYAML's marks ("in reader, line 3, column 1: ^") repeat the diagnostic's line and column
        m = m.replaceAll("\\s*in reader, line \\d+, column \\d+:(\\s*[^\\n]*\\n\\s*\\^)?", "");
        m = m.replaceAll("\\s+", " ").trim();
        return m.length() > 160 ? m.substring(0, 157) + "…" : m;
    }

    private static int firstNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String join(List<String> lines, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            sb.append(lines.get(i)).append('\n');
        }
        return sb.toString();
    }
}
