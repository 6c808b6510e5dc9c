package io.recap.parser.internal;

import io.recap.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** What the extractors share while one report is parsed. Not thread-safe: one per parse. */
public final class ParseContext {

    final String path;
    final List<String> lines;
    final List<Block> blocks;
    final Outline outline;
    final Vocabulary vocabulary;
    final PersonNames names;
    final ServiceMatcher matcher;
    final Fields fields;
    final List<Diagnostic> diagnostics;
    private List<Field> allFields;
    private final java.util.Map<Block, List<Field>> fieldsByBlock = new java.util.IdentityHashMap<>();
    private final java.util.Map<String, PersonNames.Strength> strengths = new java.util.HashMap<>();
    private final java.util.Map<String, String> cleaned = new java.util.HashMap<>();

    /** A context for one parse. */
    public ParseContext(String path, List<String> lines, List<Block> blocks, Outline outline, Vocabulary vocabulary,
                        PersonNames names, ServiceMatcher matcher, List<Diagnostic> diagnostics) {
        this.path = path;
        this.lines = lines;
        this.blocks = blocks;
        this.outline = outline;
        this.vocabulary = vocabulary;
        this.names = names;
        this.matcher = matcher;
        this.fields = new Fields(vocabulary);
        this.diagnostics = diagnostics;
    }

    /**
     * How sure the name model is that {@code name} (already cleaned) is a person's name; never a name when it
     * mentions an AWS service ("Security Hub", "Route Tables" are not people).
     */
    PersonNames.Strength strength(String name) {
        if (name == null) {
            return names.strength(null);
        }
        // the extractors ask about the same few names many times: answered once per report
        PersonNames.Strength known = strengths.get(name);
        if (known == null) {
            PersonNames.Strength s = names.strength(name);
            known = s == PersonNames.Strength.NONE || matcher.find(name).isEmpty() ? s : PersonNames.Strength.NONE;
            strengths.put(name, known);
        }
        return known;
    }

    /**
     * {@link PersonNames#clean} of {@code raw}, computed once per report: the extractors clean the same
     * phrases many times.
     */
    String cleanName(String raw) {
        if (raw == null) {
            return null;
        }
        String known = cleaned.get(raw);
        if (known == null && !cleaned.containsKey(raw)) {
            known = names.clean(raw);
            cleaned.put(raw, known);
        }
        return known;
    }

    /** Whether {@code name} is at least {@code min} a person's name. */
    boolean isPerson(String name, PersonNames.Strength min) {
        return name != null && strength(name).atLeast(min);
    }

    /** Every labelled field of the report, in document order. */
    List<Field> fields() {
        if (allFields == null) {
            allFields = new ArrayList<>();
            for (Block b : blocks) {
                allFields.addAll(fieldsOf(b));
            }
        }
        return allFields;
    }

    /** The labelled fields of one block, computed once. */
    List<Field> fieldsOf(Block b) {
        return fieldsByBlock.computeIfAbsent(b, fields::of);
    }

    /** The section a line belongs to, or {@code null} (a binary search: sections are in line order). */
    OutlineNode sectionAt(int line) {
        List<OutlineNode> nodes = outline.nodes();
        int lo = 0;
        int hi = nodes.size() - 1;
        OutlineNode found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            OutlineNode n = nodes.get(mid);
            if (n.firstLine <= line) {
                found = n;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null && line <= Math.max(found.firstLine, found.lastLine) ? found : null;
    }
}
