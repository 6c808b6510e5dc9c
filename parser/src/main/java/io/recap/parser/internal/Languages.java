package io.recap.parser.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a report's language: from the file name ({@code _index.vi.md}), else the front matter's
 * {@code lang}, else the text: Vietnamese when more than 3% of its letters carry Vietnamese diacritics.
 */
public final class Languages {

    private static final Pattern SUFFIX = Pattern.compile("(?i)\\.([a-z]{2})(?:-[a-z]{2})?\\.(?:md|markdown)$");
    private static final String VIETNAMESE_LETTERS =
            "ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";

    /** Indexed by character: whether it is a letter only Vietnamese uses (either case). */
    private static final boolean[] VIETNAMESE = vietnameseTable();

    private static boolean[] vietnameseTable() {
        boolean[] table = new boolean[0x2000];
        for (char c : VIETNAMESE_LETTERS.toCharArray()) {
            table[c] = true;
            char upper = Character.toUpperCase(c);
            if (upper < table.length) {
                table[upper] = true;
            }
        }
        return table;
    }

    private static final int SAMPLE_LETTERS = 4000;

    private Languages() {
    }

    /** The language code, or {@code null} when nothing tells. */
    static String detect(String path, String frontMatterLang, List<Block> blocks) {
        Matcher m = SUFFIX.matcher(path);
        if (m.find()) {
            return m.group(1).toLowerCase(Locale.ROOT);
        }
        if (frontMatterLang != null && frontMatterLang.length() >= 2) {
            return frontMatterLang.substring(0, 2).toLowerCase(Locale.ROOT);
        }
        return ofBlocks(blocks);
    }

    /** The language of some blocks' text, {@code "vi"} or {@code "en"}, or {@code null} when they hold no letter. */
    static String ofBlocks(List<Block> blocks) {
        long letters = 0;
        long vietnamese = 0;
        for (Block b : blocks) {
            if (letters >= SAMPLE_LETTERS) {
                break; // a few thousand letters decide; the rest of a long report would not change it
            }
            if (b.kind() == Block.Kind.CODE) {
                continue;
            }
            String t = b.text();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c < 0x80) {
                    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                        letters++;
                    }
                } else if (Character.isLetter(c)) {
                    letters++;
                    if (c < VIETNAMESE.length && VIETNAMESE[c]) {
                        vietnamese++;
                    }
                }
            }
        }
        if (letters == 0) {
            return null;
        }
        return vietnamese * 100 > letters * 3 ? "vi" : "en";
    }
}
