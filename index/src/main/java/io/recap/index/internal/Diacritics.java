package io.recap.index.internal;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * How recap compares words with diacritics. A word is indexed folded (lower case, marks removed, đ as d) and,
 * when it had marks, also as written; the folded form of a word that had marks carries the suffix
 * {@link #MARKED}, so that "bảo" is indexed {@code bao} + MARKED and {@code bảo}, and "bao" (written without
 * marks) just {@code bao}. A query word can then mean:
 * <ul>
 *   <li>typed without marks: every spelling ({@code bao}, {@code bao}+MARKED);</li>
 *   <li>typed with marks: that spelling, or the word written without any marks ({@code bảo}, {@code bao}) — not
 *       "báo" nor "bão";</li>
 *   <li>with diacritics ignored: every spelling.</li>
 * </ul>
 * Exact forms are compared with their tone mark in one place: Vietnamese writes "hóa" and "hoá", "thủy" and
 * "thuỷ" for the same syllable, and both become the second ({@link #normalizeTones}). Stateless.
 */
final class Diacritics {

    /** The suffix of the folded form of a word that had marks (a private-use character no text contains). */
    static final char MARKED = '\uE000';

    /** Vowels with a tone mark on the first letter of "oa", "oe", "uy", and the same tone on a, e, y. */
    private static final String TONED_O = "óòỏõọ";
    private static final String TONED_U = "úùủũụ";
    private static final String TONED_A = "áàảãạ";
    private static final String TONED_E = "éèẻẽẹ";
    private static final String TONED_Y = "ýỳỷỹỵ";

    private Diacritics() {
    }

    /** {@code word} (lower case) with marks removed and đ as d, as ASCIIFoldingFilter folds it. */
    static String fold(String word) {
        if (isAscii(word)) {
            return word;
        }
        char[] in = word.toCharArray();
        char[] out = new char[in.length * 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, n);
    }

    /** Whether {@code word} (lower case) has letters that fold to others: marks, đ, ligatures. */
    static boolean hasMarks(String word) {
        return !isAscii(word) && !fold(word).equals(word);
    }

    /** A Vietnamese syllable, folded: an initial consonant, one cluster of vowels, a final consonant. */
    private static final java.util.regex.Pattern SYLLABLE = java.util.regex.Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?");

    /**
     * Whether {@code word} may be a Vietnamese syllable: written as one ("mật", "duy", "nghiêng"), not as most
     * English words are ("aws", "cloud", "data").
     */
    static boolean isSyllable(String word) {
        return word.length() <= 7 && SYLLABLE.matcher(fold(word.toLowerCase(java.util.Locale.ROOT))).matches();
    }

    /** The folded form of a word that had marks: {@code folded} followed by {@link #MARKED}. */
    static String marked(String folded) {
        return folded + MARKED;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code word} (lower case, NFC) with the tone mark of a final "oa", "oe" or "uy" on its second vowel, the
     * modern placement: "hóa" becomes "hoá", "thủy" "thuỷ", "khỏe" "khoẻ"; "quý" and "hoàng" are unchanged.
     */
    static String normalizeTones(String word) {
        int n = word.length();
        if (n < 2) {
            return word;
        }
        char first = word.charAt(n - 2);
        char last = word.charAt(n - 1);
        int o = TONED_O.indexOf(first);
        if (o >= 0 && (last == 'a' || last == 'e')) {
            return word.substring(0, n - 2) + 'o' + (last == 'a' ? TONED_A : TONED_E).charAt(o);
        }
        int u = TONED_U.indexOf(first);
        if (u >= 0 && last == 'y' && !(n >= 3 && word.charAt(n - 3) == 'q')) {
            return word.substring(0, n - 2) + 'u' + TONED_Y.charAt(u);
        }
        return word;
    }
}
