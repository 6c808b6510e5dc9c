package io.recap.parser.internal;

import io.recap.model.FrontMatter;

/**
 * Where the front matter sits in a file, and what it holds.
 *
 * @param frontMatter the parsed block, or {@code null} when the file has none
 * @param first       0-based index of its first line (the opening delimiter), or -1
 * @param last        0-based index of its last line (the closing delimiter), or -1
 */
public record FrontMatterBlock(FrontMatter frontMatter, int first, int last) {

    /** The result for a file without front matter. */
    public static final FrontMatterBlock NONE = new FrontMatterBlock(null, -1, -1);

    /** Whether 0-based line {@code index} belongs to the block. */
    public boolean covers(int index) {
        return first >= 0 && index >= first && index <= last;
    }
}
