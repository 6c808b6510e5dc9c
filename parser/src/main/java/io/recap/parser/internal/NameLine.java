package io.recap.parser.internal;

import io.recap.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the people named at the start of a line: a list of names joined by commas, "/", "&", "and", "và" or
 * dashes, each with an optional parenthesis ("Vu Van (ELSA), Nguyen Hoa Binh (Nexttech)"), followed by what
 * the last one does ("Eric Yeo - Country General Manager, AWS"). Parentheses are read as a whole, so a comma
 * inside one never splits a name from its role. A part is a name when {@link PersonNames} says so.
 */
final class NameLine {

    private static final Pattern AT_ORG = Pattern.compile("(?iu)\\s+(?:at|@|tại|from|của)\\s+");
    private static final Pattern PARENS = Pattern.compile("^(.+?)\\s*\\((.+)\\)\\s*$");
    private static final int MAX_TITLE_NAME_WORDS = 6;
    private static final int MAX_SUBJECTS = 4;

    private NameLine() {
    }

    /** One part of a line between separators: its text outside parentheses and the text of its parenthesis. */
    private record Part(String base, String paren, int end) {
    }

    /** The people named at the start of {@code text}; empty when it does not start with a name. */
    static List<Speaker> parse(String text, ParseContext ctx) {
        String t = Text.trimPunctuation(Text.stripSymbols(text)).strip();
        if (t.isEmpty()) {
            return List.of();
        }
        int colon = topLevelColon(t);
        if (colon > 0) {
            String before = ctx.cleanName(t.substring(0, colon));
            if (before == null || !ctx.strength(before).atLeast(PersonNames.Strength.WEAK)) {
                // "Moderator: Name", "Detection & Monitoring experts: Tran Duc Anh, Nguyen Tuan Thinh"
                List<Speaker> after = parse(t.substring(colon + 1), ctx);
                if (!after.isEmpty()) {
                    return after;
                }
            }
        }
        List<Part> parts = split(t);
        List<Speaker> out = new ArrayList<>();
        int consumed = 0;
        int listStart = listInSentence(parts, ctx);
        if (listStart > 0) {
            // "…, bao gồm anh Lâm Tuấn Kiệt (…), anh Danh Hoàng Hiếu Nghi (…) và …": the list after the sentence
            parts = parts.subList(listStart, parts.size());
        }
        for (Part p : parts) {
            String name = ctx.cleanName(p.base());
            if (name != null && ctx.strength(name).atLeast(PersonNames.Strength.WEAK)) {
                String[] ro = p.paren() == null ? new String[]{null, null} : roleAndOrg(p.paren());
                out.add(new Speaker(name, ro[0], ro[1]));
                consumed = p.end();
                continue;
            }
            if (out.isEmpty()) {
                // "Mr. Hung Gia for the CloudFront session": a name, then what the person did
                Speaker lead = leadingName(p.base(), ctx);
                if (lead != null) {
                    out.add(lead);
                    consumed = t.length();
                    break;
                }
            }
            if (out.isEmpty() && parts.size() > 1) {
                // "The team consisted of Le Tan Luc, Do Hoang Hieu, …": a list that a sentence leads into
                String tail = trailingName(p.base(), ctx);
                if (tail != null && nextIsName(parts, 0, ctx)) {
                    String[] ro = p.paren() == null ? new String[]{null, null} : roleAndOrg(p.paren());
                    out.add(new Speaker(tail, ro[0], ro[1]));
                    consumed = p.end();
                    continue;
                }
            }
            if (out.isEmpty() && p.paren() != null) {
                // "Experts from AWS Community Builders (Truong Quang Tinh, Kha Van, Bao Huynh)"
                List<Speaker> inner = parse(p.paren(), ctx);
                if (inner.size() >= 2) {
                    return inner;
                }
            }
            break;
        }
        if (out.isEmpty()) {
            return out;
        }
        String rest = consumed < t.length() ? t.substring(consumed) : "";
        return shareRest(out, roleAndOrg(rest));
    }

    /** {@code people}, each without a role and organisation of its own given {@code roleAndOrg}. */
    static List<Speaker> shareRest(List<Speaker> people, String[] roleAndOrg) {
        if (roleAndOrg[0] == null && roleAndOrg[1] == null) {
            return people;
        }
        List<Speaker> out = new ArrayList<>(people.size());
        for (Speaker s : people) {
            out.add(s.role() == null && s.organization() == null
                    ? new Speaker(s.name(), roleAndOrg[0], roleAndOrg[1]) : s);
        }
        return out;
    }

    /**
     * The capitalised words that start {@code base} when words in lower case follow them and they are a name:
     * a medium one, or any after an honorific.
     */
    private static Speaker leadingName(String base, ParseContext ctx) {
        String[] w = base.strip().split("\\s+");
        int k = 0;
        while (k < w.length && k < 7 && startsUpper(w[k])) {
            k++;
        }
        if (k == 0 || k == w.length || !Character.isLowerCase(w[k].codePointAt(0))) {
            return null;
        }
        String raw = String.join(" ", java.util.Arrays.copyOfRange(w, 0, k));
        String name = ctx.cleanName(raw);
        if (name == null) {
            return null;
        }
        boolean honorific = !Text.fold(name).equals(Text.fold(raw));
        PersonNames.Strength s = ctx.strength(name);
        return s.atLeast(PersonNames.Strength.MEDIUM) || honorific && s.atLeast(PersonNames.Strength.WEAK)
                ? Speaker.named(name) : null;
    }

    /** The capitalised words that end {@code base}, when they are a strong name after words in lower case. */
    private static String trailingName(String base, ParseContext ctx) {
        String[] w = base.strip().split("\\s+");
        int k = w.length;
        while (k > 0 && startsUpper(w[k - 1]) && w.length - k < 6) {
            k--;
        }
        if (k == 0 || k == w.length || startsUpper(w[k - 1])) {
            return null;
        }
        String name = ctx.cleanName(String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length)));
        return name != null && ctx.strength(name).atLeast(PersonNames.Strength.STRONG) ? name : null;
    }

    private static boolean nextIsName(List<Part> parts, int i, ParseContext ctx) {
        if (parts.size() < i + 2) {
            return false;
        }
        String n = ctx.cleanName(parts.get(i + 1).base());
        return n != null && ctx.strength(n).atLeast(PersonNames.Strength.MEDIUM);
    }

    /**
     * Where a sentence leads into a list of people after some clauses of its own ("The session had experts
     * from the industry, including Mr. A (Role), Ms. B (Role) and C"): the index of the part whose last words
     * start the list, or 0 when the line does not read so.
     */
    private static int listInSentence(List<Part> parts, ParseContext ctx) {
        String first = ctx.cleanName(parts.get(0).base());
        if (first != null && ctx.strength(first).atLeast(PersonNames.Strength.WEAK)) {
            return 0;
        }
        for (int i = 1; i < parts.size() - 1; i++) {
            if (trailingName(parts.get(i).base(), ctx) != null && nextIsName(parts, i, ctx)) {
                return i;
            }
        }
        return 0;
    }

    /** The colon that ends a leading label ("Moderator: …"), outside parentheses and not inside a time. */
    private static int topLevelColon(String t) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if ((c == ':' || c == '：') && depth == 0) {
                boolean time = i > 0 && Character.isDigit(t.charAt(i - 1)) && i + 1 < t.length()
                        && Character.isDigit(t.charAt(i + 1));
                return time ? -1 : i;
            }
        }
        return -1;
    }

    /** Splits a line at separators outside parentheses. */
    private static List<Part> split(String t) {
        List<Part> parts = new ArrayList<>();
        int start = 0;
        int depth = 0;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                int sep = separatorLength(t, i);
                if (sep > 0) {
                    add(parts, t, start, i);
                    i += sep;
                    start = i;
                    continue;
                }
            }
            i++;
        }
        add(parts, t, start, t.length());
        return parts;
    }

    private static void add(List<Part> parts, String t, int from, int to) {
        String s = t.substring(from, to).strip();
        while (s.endsWith(".") || s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip(); // the sentence's end, not the name's
        }
        if (s.isEmpty()) {
            return;
        }
        Matcher m = PARENS.matcher(s);
        if (m.matches()) {
            parts.add(new Part(m.group(1), m.group(2), to));
        } else {
            parts.add(new Part(s, null, to));
        }
    }

    /** The length of the separator at {@code i}, or 0. */
    private static int separatorLength(String t, int i) {
        char c = t.charAt(i);
        if (",;/&|·+–—:".indexOf(c) >= 0) {
            return 1;
        }
        if (c == '-' && i > 0 && i + 1 < t.length() && t.charAt(i - 1) == ' ' && t.charAt(i + 1) == ' ') {
            return 1; // " - ", not the hyphen of "Co-founder"
        }
        if (c == ' ') {
            for (String word : new String[]{" and ", " và ", " va "}) {
                if (t.regionMatches(true, i, word, 0, word.length())) {
                    return word.length();
                }
            }
        }
        return 0;
    }

    /** The text up to the first separator, colon or parenthesis: the subject of a line that names nobody. */
    static String firstPhrase(String text) {
        String t = Text.trimPunctuation(Text.stripSymbols(text)).strip();
        int end = t.length();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(' || c == ':' || c == ',' || c == ';' || c == '–' || c == '—'
                    || c == '-' && i > 0 && t.charAt(i - 1) == ' ') {
                end = i;
                break;
            }
        }
        return t.substring(0, end).strip();
    }

    /** {@code [role, organization]} from what follows a name ("Role, Org", "Role at Org", "(Role)"). */
    static String[] roleAndOrg(String raw) {
        String rest = Text.trimPunctuation(raw).strip();
        if (rest.isEmpty()) {
            return new String[]{null, null};
        }
        Matcher pr = PARENS.matcher(rest);
        if (pr.matches()) {
            rest = pr.group(1) + ", " + pr.group(2);
        } else if (rest.startsWith("(") && rest.endsWith(")")) {
            rest = rest.substring(1, rest.length() - 1);
        }
        Matcher at = AT_ORG.matcher(rest);
        int comma = rest.lastIndexOf(", ");
        String role;
        String org;
        if (at.find()) {
            role = rest.substring(0, at.start());
            org = rest.substring(at.end());
        } else if (comma > 0) {
            role = rest.substring(0, comma);
            org = rest.substring(comma + 2);
        } else {
            role = rest;
            org = null;
        }
        return new String[]{value(role), value(org)};
    }

    private static String value(String s) {
        if (s == null) {
            return null;
        }
        String t = Text.trimPunctuation(s).strip();
        while (!t.isEmpty() && ".;\\".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.isEmpty() ? null : t;
    }

    /** The words before the first spaced dash of a title ("Bảo Huỳnh - Docker: …"), or {@code null}. */
    static String beforeDash(String title) {
        String t = Text.stripSymbols(title);
        int best = -1;
        for (String dash : new String[]{" - ", " – ", " — "}) {
            int at = t.indexOf(dash);
            if (at > 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        if (best < 0) {
            return null;
        }
        String head = t.substring(0, best).strip();
        return head.split("\\s+").length <= MAX_TITLE_NAME_WORDS ? head : null;
    }

    /**
     * The people a sentence starts with: names of strongly name-shaped words (or an honorific and a name),
     * joined by "và", "and", "&" or commas, followed by a parenthesis or a word in lower case ("Trung Vu (Revve
     * AI) mang …", "Bao Phan Kim và Minh Nguyen Nguyen đi qua …").
     */
    static List<Speaker> sentenceSubjects(String text, ParseContext ctx) {
        String[] w = Text.trimPunctuation(text).strip().split("\\s+");
        List<Speaker> out = new ArrayList<>();
        int i = 0;
        while (i < w.length && out.size() < MAX_SUBJECTS) {
            int j = i;
            while (j < w.length && j - i < 6 && startsUpper(w[j]) && !w[j].startsWith("(")) {
                j++;
                if (w[j - 1].endsWith(",")) {
                    break;
                }
            }
            if (j == i) {
                break;
            }
            String raw = String.join(" ", java.util.Arrays.copyOfRange(w, i, j));
            String name = ctx.cleanName(raw);
            if (name == null) {
                return List.of();
            }
            boolean honorific = !Text.fold(name).equals(Text.fold(Text.trimPunctuation(raw)));
            PersonNames.Strength s = ctx.strength(name);
            if (!(s.atLeast(PersonNames.Strength.STRONG) || honorific && s.atLeast(PersonNames.Strength.WEAK))) {
                return List.of();
            }
            out.add(Speaker.named(name));
            i = j;
            if (i < w.length && w[i].startsWith("(")) {
                while (i < w.length && !w[i].contains(")")) {
                    i++;
                }
                i++;
            }
            if (i < w.length && isJoiner(w[i])) {
                i++;
                continue;
            }
            if (raw.endsWith(",") && i < w.length && startsUpper(w[i])) {
                continue;
            }
            break;
        }
        if (out.isEmpty() || i >= w.length || startsUpper(w[i])) {
            return List.of(); // a name must be followed by what the person did, in lower case
        }
        return out;
    }

    private static boolean isJoiner(String word) {
        String f = Text.fold(word);
        return f.equals("va") || f.equals("and") || word.equals("&");
    }

    private static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
