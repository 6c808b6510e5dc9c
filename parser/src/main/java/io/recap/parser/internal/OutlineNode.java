package io.recap.parser.internal;

import io.recap.model.Part;
import io.recap.model.SectionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A section of the outline while the parser works on it: its heading block, its own blocks (up to the next
 * section), its children and, once classified, its kind.
 */
public final class OutlineNode {

    final int index;
    final Block heading;
    final int level;
    final int firstLine;
    int lastLine;
    OutlineNode parent;
    final List<OutlineNode> children = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();
    SectionKind kind = SectionKind.OTHER;
    Part part;
    /** Whether this is text found before the front matter (a chat assistant's preamble). */
    boolean chat;

    OutlineNode(int index, Block heading, int level, int firstLine) {
        this.index = index;
        this.heading = heading;
        this.level = level;
        this.firstLine = firstLine;
        this.lastLine = firstLine;
    }

    /** The heading's text, or {@code null} for a preamble. */
    public String headingText() {
        return heading == null ? null : heading.text();
    }

    /** What the section is about. */
    public SectionKind kind() {
        return kind;
    }

    /** The section's blocks and those of all its descendants, in document order, heading excluded. */
    public List<Block> allBlocks() {
        List<Block> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(OutlineNode node, List<Block> out) {
        // iterative over children to keep deep outlines off the call stack
        List<OutlineNode> stack = new ArrayList<>();
        stack.add(node);
        while (!stack.isEmpty()) {
            OutlineNode n = stack.remove(stack.size() - 1);
            if (n != node && n.heading != null) {
                out.add(n.heading);
            }
            out.addAll(n.blocks);
            for (int i = n.children.size() - 1; i >= 0; i--) {
                stack.add(n.children.get(i));
            }
        }
    }

    /** The last line of the section including its descendants. */
    public int subtreeLastLine() {
        OutlineNode n = this;
        while (!n.children.isEmpty()) {
            n = n.children.get(n.children.size() - 1);
        }
        return n.lastLine;
    }

    /** The nearest ancestor whose kind is not {@link SectionKind#OTHER} or preamble, or {@code null}. */
    OutlineNode classifiedAncestor() {
        for (OutlineNode p = parent; p != null; p = p.parent) {
            if (p.kind != SectionKind.OTHER && p.kind != SectionKind.PREAMBLE) {
                return p;
            }
        }
        return null;
    }

    /** Whether an ancestor has this kind. */
    boolean under(SectionKind k) {
        for (OutlineNode p = parent; p != null; p = p.parent) {
            if (p.kind == k) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return kind + " L" + level + " " + firstLine + ".." + lastLine + " " + headingText();
    }
}
