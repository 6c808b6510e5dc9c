package io.recap.parser.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The spellings people write for a listed one, derived by rule so the catalog need not list them: the words
 * joined ("App Runner" → "AppRunner", "X-Ray" → "XRay"), a CamelCase word split ("CodeDeploy" →
 * "Code Deploy", "DynamoDB" → "Dynamo DB"), and the last word of a longer name in singular or plural
 * ("Step Functions" → "Step Function", "Bedrock Agent" → "Bedrock Agents").
 */
final class AliasVariants {

    private AliasVariants() {
    }

    /** The derived spellings of {@code words}, without {@code words} itself. */
    static List<String[]> of(String[] words) {
        List<String[]> out = new ArrayList<>(3);
        if (words.length > 1) {
            out.add(new String[]{String.join("", words)});
            String last = words[words.length - 1];
            if (last.length() >= 4 && isLetters(last)) {
                String[] plural = words.clone();
                plural[plural.length - 1] = last.endsWith("s") ? last.substring(0, last.length() - 1) : last + "s";
                out.add(plural);
            }
        }
        List<String> split = new ArrayList<>();
        boolean any = false;
        for (String w : words) {
            List<String> parts = camelParts(w);
            any |= parts.size() > 1;
            split.addAll(parts);
        }
        if (any) {
            out.add(split.toArray(new String[0]));
        }
        return out;
    }

    /**
     * A CamelCase word's parts, split before each capital that follows a lower-case letter, when every part is
     * a capitalised word or an abbreviation of two or more letters ("CloudWatch", "DynamoDB"); else the word.
     */
    static List<String> camelParts(String w) {
        List<String> parts = new ArrayList<>(3);
        int from = 0;
        for (int i = 1; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i - 1)) && Character.isUpperCase(w.charAt(i))) {
                parts.add(w.substring(from, i));
                from = i;
            }
        }
        parts.add(w.substring(from));
        if (parts.size() == 1) {
            return parts;
        }
        for (String p : parts) {
            if (p.length() < 2 || !isLetters(p) || !Character.isUpperCase(p.charAt(0))) {
                return List.of(w);
            }
            boolean upperRest = true;
            boolean lowerRest = true;
            for (int i = 1; i < p.length(); i++) {
                upperRest &= Character.isUpperCase(p.charAt(i));
                lowerRest &= Character.isLowerCase(p.charAt(i));
            }
            if (!upperRest && !lowerRest) {
                return List.of(w);
            }
        }
        return parts;
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
