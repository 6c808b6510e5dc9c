package io.recap.parser.internal;

import io.recap.model.SectionKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The items of list-like sections (objectives, highlights, takeaways, next steps): each top-level list item
 * or, in a section without a list, each line of text. Lines whose bold label names a field of another kind
 * ("**Bước Tiếp Theo:** …" inside the highlights) go to that kind instead.
 */
public final class Items {

    private Items() {
    }

    /** Items of every section of {@code kind} (not nested in another of the same kind), in order. */
    static List<String> of(ParseContext ctx, SectionKind kind) {
        Set<String> out = new LinkedHashSet<>();
        for (OutlineNode n : ctx.outline.nodes()) {
            if (n.kind() != kind || n.under(kind)) {
                continue;
            }
            List<Block> blocks = n.allBlocks();
            int minDepth = Integer.MAX_VALUE;
            for (Block b : blocks) {
                if (b.kind() == Block.Kind.TEXT && b.itemStart()) {
                    minDepth = Math.min(minDepth, b.depth());
                }
            }
            for (Block b : blocks) {
                if (b.kind() != Block.Kind.TEXT || b.text().isEmpty() || isOtherField(ctx, b, kind)) {
                    continue;
                }
                boolean take = minDepth == Integer.MAX_VALUE ? !b.allStrong() : b.itemStart() && b.depth() == minDepth;
                if (take) {
                    out.add(b.stripped());
                }
            }
        }
        if (kind == SectionKind.NEXT_STEPS) {
            for (Field f : ctx.fields()) {
                if (f.name().equals("next-steps") && Text.hasLetterOrDigit(f.value())) {
                    out.add(Text.stripSymbols(f.value()));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean isOtherField(ParseContext ctx, Block b, SectionKind kind) {
        for (Field f : ctx.fieldsOf(b)) {
            if (f.name().equals("next-steps") && kind != SectionKind.NEXT_STEPS) {
                return true;
            }
        }
        return false;
    }
}
