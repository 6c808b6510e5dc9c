package io.recap.parser.internal;

import io.recap.model.Diagnostic;
import io.recap.model.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a report body with commonmark-java and flattens the syntax tree into {@link Block}s, one per logical
 * line, each carrying its line in the original file. Hugo shortcodes, HTML tags, images and link targets are
 * removed from the text; nothing else is. Thread-safe.
 */
public final class MarkdownReader {

    /** Comments (closed, or open to the end of the line) and tags; each alternative is linear in the line. */
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<!--.*|</?[A-Za-z][^<>]*>");
    private static final Pattern HTML_ENTITY = Pattern.compile("&(?:amp|lt|gt|quot|#39|apos);");

    private final Parser parser;
    private final int maxNesting;

    /**
     * A reader that reads lists and block quotes nested up to {@code maxNesting} levels (a list level and a
     * quote level count one each) as such; deeper ones are read as text of the deepest level read.
     */
    public MarkdownReader(int maxNesting) {
        this.maxNesting = maxNesting;
        // commonmark counts open block parsers, two for a list level (the list and its item): allow for
        // maxNesting list levels and let the walk below cut at maxNesting levels of any kind
        int maxParsers = (int) Math.min(Integer.MAX_VALUE, 2L * maxNesting + 2);
        this.parser = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .maxOpenBlockParsers(maxParsers)
                .maxInlineNesting(maxNesting)
                .build();
    }

    /**
     * Parses {@code body}, whose line {@code i} (0-based) is line {@code i + 1} of the file, into blocks in
     * document order.
     */
    public List<Block> read(String body) {
        return read(body, new ArrayList<>());
    }

    /**
     * Like {@link #read(String)}, and reports a {@code markdown.too-deep} warning at the first list or quote
     * nested deeper than the limit.
     */
    public List<Block> read(String body, List<Diagnostic> diagnostics) {
        Node document = parser.parse(body);
        Walk walk = new Walk();
        // An explicit stack instead of recursion: nesting depth is bounded by the parser, but stay safe.
        pushChildren(walk.stack, document, 0, 0, false, 0, false);
        while (!walk.stack.isEmpty()) {
            visit(walk.stack.pop(), walk);
        }
        if (walk.tooDeep != null) {
            diagnostics.add(new Diagnostic(Severity.WARNING, "markdown.too-deep", "lists or quotes are nested "
                    + "more than " + maxNesting + " levels deep; deeper levels are read as text",
                    walk.tooDeep.getLineIndex() + 1, walk.tooDeep.getColumnIndex() + 1));
        }
        return walk.out;
    }

    /**
     * One node to visit, with what encloses it: {@code depth} lists, {@code nesting} lists and quotes, and
     * whether it lies in a list or quote too deep to be read as such ({@code flat}).
     */
    private record Frame(Node node, int depth, int nesting, boolean quoted, int ordinal, boolean flat) {
    }

    /** The state of one {@link #read}: blocks so far, nodes to visit, where nesting first went too deep. */
    private static final class Walk {
        final List<Block> out = new ArrayList<>();
        final Deque<Frame> stack = new ArrayDeque<>();
        SourceSpan tooDeep;

        void tooDeep(Node n) {
            if (tooDeep == null) {
                List<SourceSpan> spans = n.getSourceSpans();
                tooDeep = spans == null || spans.isEmpty() ? SourceSpan.of(firstLine(n) - 1, 0, 0, 0) : spans.get(0);
            }
        }
    }

    private static void pushChildren(Deque<Frame> stack, Node parent, int depth, int nesting, boolean quoted,
                                     int ordinal, boolean flat) {
        List<Node> children = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            children.add(c);
        }
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(new Frame(children.get(i), depth, nesting, quoted, i == 0 ? ordinal : 0, flat));
        }
    }

    private void visit(Frame f, Walk walk) {
        Deque<Frame> stack = walk.stack;
        List<Block> out = walk.out;
        Node n = f.node();
        if (n instanceof Heading h) {
            List<Line> lines = inlineLines(h);
            List<Span> spans = new ArrayList<>();
            for (Line l : lines) {
                if (!spans.isEmpty()) {
                    spans.add(new Span(" ", false));
                }
                spans.addAll(l.spans);
            }
            out.add(block(Block.Kind.HEADING, firstLine(n), h.getLevel(), f.depth(), false, 0, f.quoted(), spans));
        } else if (n instanceof Paragraph p) {
            boolean first = p.getParent() instanceof ListItem && p.getPrevious() == null && !f.flat();
            List<Line> lines = inlineLines(p);
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                boolean start = first && i == 0;
                out.add(block(Block.Kind.TEXT, l.line, 0, f.depth(), start, start ? f.ordinal() : 0, f.quoted(),
                        l.spans));
            }
        } else if (n instanceof ListBlock list) {
            if (f.flat() || f.nesting() >= maxNesting) {
                // too deep: its items are read as text of the enclosing level
                walk.tooDeep(n);
                pushChildren(stack, n, f.depth(), f.nesting(), f.quoted(), 0, true);
                return;
            }
            int number = list instanceof OrderedList ol ? ol.getStartNumber() : 0;
            List<Frame> items = new ArrayList<>();
            for (Node c = list.getFirstChild(); c != null; c = c.getNext()) {
                items.add(new Frame(c, f.depth() + 1, f.nesting() + 1, f.quoted(), number > 0 ? number++ : -1,
                        false));
            }
            for (int i = items.size() - 1; i >= 0; i--) {
                stack.push(items.get(i));
            }
        } else if (n instanceof ListItem item) {
            if (!f.flat() && (item.getFirstChild() == null || !(item.getFirstChild() instanceof Paragraph))) {
                // an item whose first child is not a paragraph (empty, a heading, a code block): mark its start
                out.add(block(Block.Kind.TEXT, firstLine(n), 0, f.depth(), true, Math.max(0, f.ordinal()),
                        f.quoted(), List.of()));
            }
            pushChildren(stack, item, f.depth(), f.nesting(), f.quoted(), Math.max(0, f.ordinal()), f.flat());
        } else if (n instanceof BlockQuote) {
            boolean flat = f.flat() || f.nesting() >= maxNesting;
            if (flat) {
                walk.tooDeep(n);
            }
            pushChildren(stack, n, f.depth(), flat ? f.nesting() : f.nesting() + 1, true, 0, flat);
        } else if (n instanceof FencedCodeBlock code) {
            addLiteralLines(out, Block.Kind.CODE, firstLine(n) + 1, code.getLiteral(), f);
        } else if (n instanceof IndentedCodeBlock code) {
            addLiteralLines(out, Block.Kind.CODE, firstLine(n), code.getLiteral(), f);
        } else if (n instanceof HtmlBlock html) {
            addHtmlLines(out, firstLine(n), html.getLiteral(), f);
        } else if (n instanceof ThematicBreak) {
            out.add(block(Block.Kind.RULE, firstLine(n), 0, f.depth(), false, 0, f.quoted(), List.of()));
        } else if (n instanceof TableBlock) {
            addTable(out, (TableBlock) n, f);
        } else if (n.getFirstChild() != null) {
            pushChildren(stack, n, f.depth(), f.nesting(), f.quoted(), 0, f.flat());
        }
    }

    private static Block block(Block.Kind kind, int line, int level, int depth, boolean itemStart, int ordinal,
                               boolean quoted, List<Span> spans) {
        List<Span> merged = merge(spans);
        return new Block(kind, line, level, depth, itemStart, ordinal, quoted, merged, List.of(), false,
                plain(merged));
    }

    private void addTable(List<Block> out, TableBlock table, Frame f) {
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean header = section instanceof TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<List<Span>> cells = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (!(cell instanceof TableCell)) {
                        continue;
                    }
                    List<Span> spans = new ArrayList<>();
                    for (Line l : inlineLines(cell)) {
                        if (!spans.isEmpty()) {
                            spans.add(new Span(" ", false));
                        }
                        spans.addAll(l.spans);
                    }
                    List<Span> merged = merge(spans);
                    cells.add(merged);
                    if (text.length() > 0) {
                        text.append(" | ");
                    }
                    text.append(plain(merged));
                }
                out.add(new Block(Block.Kind.TABLE_ROW, firstLine(row), 0, f.depth(), false, 0, f.quoted(), List.of(),
                        cells, header, Text.squeeze(text.toString())));
            }
        }
    }

    private static void addLiteralLines(List<Block> out, Block.Kind kind, int firstLine, String literal, Frame f) {
        String[] lines = literal.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            out.add(new Block(kind, firstLine + i, 0, f.depth(), false, 0, f.quoted(),
                    List.of(new Span(lines[i], false)), List.of(), false, lines[i].strip()));
        }
    }

    private static void addHtmlLines(List<Block> out, int firstLine, String literal, Frame f) {
        String[] lines = literal.split("\n", -1);
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String text;
            if (inComment) {
                int end = raw.indexOf("-->");
                if (end < 0) {
                    continue;
                }
                inComment = false;
                raw = raw.substring(end + 3);
            }
            int open = raw.indexOf("<!--");
            if (open >= 0 && raw.indexOf("-->", open) < 0) {
                inComment = true;
                raw = raw.substring(0, open);
            }
            text = stripHtml(raw);
            if (text.isBlank()) {
                continue;
            }
            out.add(new Block(Block.Kind.HTML, firstLine + i, 0, f.depth(), false, 0, f.quoted(),
                    List.of(new Span(text, false)), List.of(), false, text));
        }
    }

    /**
     * Removes tags, comments and shortcodes from a line of HTML and decodes the basic entities. Text before a
     * {@code -->} that no {@code <!--} opens on the line is the end of a comment opened earlier, and goes too.
     */
    static String stripHtml(String raw) {
        String s = removeShortcodes(raw);
        int close = s.indexOf("-->");
        if (close >= 0 && s.lastIndexOf("<!--", close) < 0) {
            s = " " + s.substring(close + 3);
        }
        s = TAG.matcher(s).replaceAll(" ");
        if (s.indexOf('&') >= 0) {
            s = HTML_ENTITY.matcher(s).replaceAll(m -> switch (m.group()) {
                case "&amp;" -> "&";
                case "&lt;" -> "<";
                case "&gt;" -> ">";
                case "&quot;" -> "\"";
                default -> "'";
            });
        }
        return Text.squeeze(s);
    }

    /**
     * Replaces each Hugo shortcode ({@code {{< name … >}}}, {@code {{% name … %}}}) by a space. A hand-written
     * scan rather than a lazy regular expression: an opening without a closing would make that quadratic.
     */
    static String removeShortcodes(String s) {
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (true) {
            int open = s.indexOf("{{", from);
            if (open < 0 || open + 2 >= s.length()) {
                break;
            }
            char kind = s.charAt(open + 2);
            if (kind != '<' && kind != '%') {
                from = open + 1;
                continue;
            }
            int close = s.indexOf("}}", open + 4);
            while (close >= 0 && s.charAt(close - 1) != '>' && s.charAt(close - 1) != '%') {
                close = s.indexOf("}}", close + 1);
            }
            if (close < 0) {
                break; // no shortcode closes after this opening, so none after a later one either
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, copied, open).append(' ');
            copied = close + 2;
            from = copied;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** One source line of inline content. */
    private static final class Line {
        final int line;
        final List<Span> spans = new ArrayList<>();

        Line(int line) {
            this.line = line;
        }
    }

    /**
     * The inline content of a block, split into source lines at soft and hard line breaks, flattened into
     * spans with their bold flag. Images and link targets are dropped; link text is kept.
     */
    private static List<Line> inlineLines(Node block) {
        List<Line> lines = new ArrayList<>();
        Line current = new Line(firstLine(block));
        lines.add(current);
        Deque<Object[]> stack = new ArrayDeque<>(); // {node, strongDepth}
        for (Node c = lastChild(block); c != null; c = c.getPrevious()) {
            stack.push(new Object[]{c, 0});
        }
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            Node n = (Node) top[0];
            int strong = (Integer) top[1];
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                int next = n.getNext() != null ? firstLine(n.getNext()) : current.line + 1;
                current = new Line(Math.max(next, current.line + 1));
                lines.add(current);
            } else if (n instanceof org.commonmark.node.Text t) {
                String s = t.getLiteral();
                if (s.indexOf('{') >= 0) {
                    s = removeShortcodes(s);
                }
                current.spans.add(new Span(s, strong > 0));
            } else if (n instanceof Code code) {
                current.spans.add(new Span(code.getLiteral(), strong > 0));
            } else if (n instanceof HtmlInline html) {
                String tag = html.getLiteral().toLowerCase(java.util.Locale.ROOT);
                if (tag.startsWith("<br")) {
                    current.spans.add(new Span(" ", strong > 0));
                }
            } else if (n instanceof Image) {
                // an image is not text
            } else {
                int depth = n instanceof StrongEmphasis ? strong + 1 : strong;
                for (Node c = lastChild(n); c != null; c = c.getPrevious()) {
                    stack.push(new Object[]{c, depth});
                }
            }
        }
        return lines;
    }

    private static Node lastChild(Node n) {
        return n.getLastChild();
    }

    private static List<Span> merge(List<Span> spans) {
        if (spans.size() == 1 && !spans.get(0).text().isEmpty()) {
            return spans; // one span: nothing to merge (most lines)
        }
        List<Span> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        Boolean strong = null;
        for (Span s : spans) {
            if (strong != null && strong != s.strong() && !s.text().isEmpty()) {
                out.add(new Span(sb.toString(), strong));
                sb.setLength(0);
            }
            if (!s.text().isEmpty()) {
                strong = s.strong();
                sb.append(s.text());
            }
        }
        if (strong != null) {
            out.add(new Span(sb.toString(), strong));
        }
        return out;
    }

    private static String plain(List<Span> spans) {
        if (spans.size() == 1) {
            return Text.squeeze(spans.get(0).text());
        }
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        return Text.squeeze(sb.toString());
    }

    /** 1-based file line of a node: its first source span's line index plus one. */
    private static int firstLine(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (spans != null && !spans.isEmpty()) {
            return spans.get(0).getLineIndex() + 1;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            int l = firstLine(c);
            if (l > 0) {
                return l;
            }
        }
        return 1;
    }
}
