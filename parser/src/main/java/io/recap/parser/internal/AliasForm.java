package io.recap.parser.internal;

/**
 * One spelling of a service as the matcher compiles it: its words with their catalog capitalisation, and the
 * conditions under which it counts.
 *
 * @param entry          the catalog entry it names
 * @param words          the words of the spelling without a leading "AWS"/"Amazon", as the catalog writes them
 * @param ambiguous      whether the spelling is also an ordinary word and needs a signal to count
 * @param vendorRequired whether the catalog writes it only after "AWS"/"Amazon" ("Amazon Q"), so that it
 *                       counts only with that prefix
 * @param generated      whether it is a variant the matcher derived (joined, split or plural) rather than a
 *                       spelling the catalog lists; listed spellings win over derived ones
 * @param exactCase      whether it counts only in exactly the catalog's capitalisation
 */
record AliasForm(CatalogEntry entry, String[] words, boolean ambiguous, boolean vendorRequired,
                 boolean generated, boolean exactCase) {

    /**
     * Whether the text's word matches word {@code k} of this spelling in case. The words are already equal
     * ignoring case. A word with a digit matches in any case ("s3", "EC2"); a word in capitals only in
     * capitals ("ECS", "Q"); a word starting with a capital only when the text's word does too ("Lambda",
     * "CloudWatch", "Sagemaker" but not "lambda"); a lower-case word in any case. After the command-line prefix
     * "aws" ("aws s3 cp", "aws lambda invoke") any case matches. An exact-case spelling matches only as
     * written.
     */
    boolean caseMatches(int k, WordTokens text, int i, boolean anyCase) {
        String w = words[k];
        if (exactCase) {
            return text.text().regionMatches(text.start(i), w, 0, w.length());
        }
        if (anyCase) {
            return true;
        }
        boolean digit = false;
        boolean upper = true;
        for (int c = 0; c < w.length(); c++) {
            char ch = w.charAt(c);
            if (Character.isDigit(ch)) {
                digit = true;
            } else if (!Character.isUpperCase(ch)) {
                upper = false;
            }
        }
        if (digit) {
            return true;
        }
        if (upper) {
            return text.allUpper(i);
        }
        if (Character.isUpperCase(w.charAt(0))) {
            return Character.isUpperCase(text.first(i));
        }
        return true;
    }
}
