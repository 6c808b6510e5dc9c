package io.recap.parser.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds service mentions in the lines of a report in one pass over each line: the line is split into words
 * and a trie over the catalog's spellings (and the variants {@link AliasVariants} derives) finds, at each
 * word, the longest spelling that starts there. Immutable and thread-safe.
 *
 * <p>The rules:
 * <ul>
 *   <li>whole words only, and never inside a URL, a file path or a code identifier;</li>
 *   <li>the longest spelling wins ("Amazon EC2 Container Registry" is ECR, not EC2); words of a spelling may
 *       be separated by spaces or one hyphen;</li>
 *   <li>an "AWS"/"Amazon" prefix is part of the mention, and is required by spellings the catalog writes only
 *       with it ("Amazon Q");</li>
 *   <li>case: abbreviations in capitals match only in capitals ("ECS", not "ecs"), capitalised words only
 *       capitalised ("Lambda", not "lambda"), words with digits in any case ("s3"), anything after the
 *       command-line prefix "aws" ("aws lambda invoke");</li>
 *   <li>an ambiguous spelling (also an ordinary word: "Glue", "Config", "Shield", "Connect") counts only with a
 *       signal: an "AWS"/"Amazon" prefix, a place in a list beside a service that counts ("Rekognition,
 *       Translate, Textract"; see {@link ListGlue}), a label in a list of labelled lines whose neighbouring
 *       label counts ("Textract: OCR" / "Personalize: recommendations"), or a mention of the same service
 *       elsewhere in the report that counts.</li>
 * </ul>
 */
public final class ServiceMatcher {

    private static final Set<String> VENDORS = Set.of("aws", "amazon");
    private static final int[] NO_KEYS = new int[0];
    private static final Node[] NO_KIDS = new Node[0];

    /** A trie node: children by word number (sorted, for binary search), and the spellings that end here. */
    private static final class Node {
        Map<Integer, Node> building = new HashMap<>(4);
        int[] keys = NO_KEYS;
        Node[] kids = NO_KIDS;
        List<AliasForm> forms;

        Node child(int word) {
            int k = Arrays.binarySearch(keys, word);
            return k < 0 ? null : kids[k];
        }

        Node childOrNew(int word) {
            Node n = building.get(word);
            if (n == null) {
                n = new Node();
                building.put(word, n);
            }
            return n;
        }

        /** Turns the building map into sorted arrays, recursively. */
        void freeze() {
            keys = new int[building.size()];
            kids = new Node[keys.length];
            int i = 0;
            for (Integer k : building.keySet()) {
                keys[i++] = k;
            }
            Arrays.sort(keys);
            for (i = 0; i < keys.length; i++) {
                kids[i] = building.get(keys[i]);
                kids[i].freeze();
            }
            building = null;
        }
    }

    /** A possible mention found in the first pass. */
    private static final class Candidate {
        final AliasForm form;
        final int start;
        final int end;
        boolean counts;
        /** Whether it is the label the line starts with ("Personalize: builds recommenders"). */
        boolean label;

        Candidate(AliasForm form, int start, int end, boolean counts) {
            this.form = form;
            this.start = start;
            this.end = end;
            this.counts = counts;
        }
    }

    private final Node root = new Node();
    private final WordTable words = new WordTable();
    private final int aws;
    private final int amazon;

    /** Compiles a matcher for {@code entries}; for a spelling two entries share, the later entry wins. */
    public ServiceMatcher(List<CatalogEntry> entries) {
        for (CatalogEntry e : entries) {
            if (e.lookupOnly()) {
                continue;
            }
            for (String alias : e.aliases()) {
                List<String> parts = wordsOf(alias);
                boolean vendor = false;
                if (parts.size() > 1 && VENDORS.contains(parts.get(0).toLowerCase(Locale.ROOT))) {
                    parts = parts.subList(1, parts.size());
                    vendor = true;
                }
                if (parts.isEmpty()) {
                    continue;
                }
                String[] w = parts.toArray(new String[0]);
                boolean ambiguous = !vendor && e.isAmbiguous(alias);
                boolean exact = e.exactCase().contains(alias);
                add(new AliasForm(e, w, ambiguous, vendor, false, exact));
                for (String[] v : AliasVariants.of(w)) {
                    add(new AliasForm(e, v, ambiguous, vendor, true, exact));
                }
            }
        }
        aws = this.words.add("aws");
        amazon = this.words.add("amazon");
        root.freeze();
    }

    private void add(AliasForm form) {
        Node n = root;
        for (String w : form.words()) {
            n = n.childOrNew(words.add(w));
        }
        if (n.forms == null) {
            n.forms = new ArrayList<>(1);
        }
        n.forms.add(form);
    }

    /** The words of a spelling: maximal runs of letters and digits. */
    static List<String> wordsOf(String alias) {
        List<String> out = new ArrayList<>(3);
        int i = 0;
        while (i < alias.length()) {
            if (Character.isLetterOrDigit(alias.charAt(i))) {
                int s = i;
                while (i < alias.length() && Character.isLetterOrDigit(alias.charAt(i))) {
                    i++;
                }
                out.add(alias.substring(s, i));
            } else {
                i++;
            }
        }
        return out;
    }

    /** The mentions in one text, in order, not overlapping; the text is its own report for the signals. */
    public List<Mention> find(String text) {
        return findAll(List.of(text)).get(0);
    }

    /**
     * The mentions in each of the texts of one report (its lines, in order), in order, not overlapping. The
     * texts are one report: an unambiguous mention of a service in one makes its ambiguous spellings count
     * in all.
     */
    public List<List<Mention>> findAll(List<String> texts) {
        List<List<Candidate>> all = new ArrayList<>(texts.size());
        Set<String> counted = new HashSet<>();
        boolean pending = false;
        for (String text : texts) {
            List<Candidate> found = scan(WordTokens.of(text, words));
            if (!found.isEmpty()) {
                Candidate first = found.get(0);
                first.label = isLabel(text, first.start, first.end);
            }
            for (Candidate c : found) {
                if (c.counts) {
                    counted.add(c.form.entry().id());
                } else {
                    pending = true;
                }
            }
            all.add(found);
        }
        if (pending) {
            confirm(texts, all, counted);
        }
        List<List<Mention>> out = new ArrayList<>(texts.size());
        for (List<Candidate> found : all) {
            if (found.isEmpty()) {
                out.add(List.of());
                continue;
            }
            List<Mention> mentions = new ArrayList<>(found.size());
            for (Candidate c : found) {
                if (c.counts) {
                    mentions.add(new Mention(c.form.entry(), c.start, c.end));
                }
            }
            out.add(mentions);
        }
        return out;
    }

    /** Lets ambiguous candidates count when a signal supports them, until nothing changes. */
    private static void confirm(List<String> texts, List<List<Candidate>> all, Set<String> counted) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int t = 0; t < all.size(); t++) {
                List<Candidate> found = all.get(t);
                for (int k = 0; k < found.size(); k++) {
                    Candidate c = found.get(k);
                    if (c.counts) {
                        continue;
                    }
                    if (counted.contains(c.form.entry().id()) || listed(texts.get(t), found, k)
                            || (c.label && (labelCounts(all, t - 1) || labelCounts(all, t + 1)))) {
                        c.counts = true;
                        counted.add(c.form.entry().id());
                        changed = true;
                    }
                }
            }
        }
    }

    /**
     * Whether a line starts with a name used as a label: nothing but punctuation before it, a colon or a dash
     * after it ("- **Personalize**: builds recommenders", "Textract – OCR").
     */
    static boolean isLabel(String text, int start, int end) {
        for (int i = 0; i < start; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        int i = end;
        while (i < text.length() && (text.charAt(i) == '*' || text.charAt(i) == '_' || text.charAt(i) == ' ')) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == ':' || c == '：' || ((c == '-' || c == '–' || c == '—') && i > end);
    }

    /** Whether line {@code t} exists and starts with a label that counts: a list of services, one per line. */
    private static boolean labelCounts(List<List<Candidate>> all, int t) {
        if (t < 0 || t >= all.size() || all.get(t).isEmpty()) {
            return false;
        }
        Candidate first = all.get(t).get(0);
        return first.label && first.counts;
    }

    /** Whether candidate {@code k} sits in a list beside a neighbour that counts. */
    private static boolean listed(String text, List<Candidate> found, int k) {
        Candidate c = found.get(k);
        if (k > 0) {
            Candidate p = found.get(k - 1);
            if (p.counts && ListGlue.between(text, p.end, c.start)) {
                return true;
            }
        }
        if (k + 1 < found.size()) {
            Candidate n = found.get(k + 1);
            return n.counts && ListGlue.between(text, c.end, n.start);
        }
        return false;
    }

    /** The first pass over one text: the longest spelling at each word, left to right. */
    private List<Candidate> scan(WordTokens tokens) {
        List<Candidate> found = List.of();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            int id = tokens.id(i);
            if (id == WordTable.ABSENT) {
                i++;
                continue;
            }
            Candidate c = null;
            if (i + 1 < n && (id == aws || id == amazon) && tokens.joined(i)) {
                c = longest(tokens, i + 1, true, tokens.isExactly(i, "aws"));
                if (c != null) {
                    c = new Candidate(c.form, tokens.start(i), c.end, true);
                }
            }
            if (c == null) {
                c = longest(tokens, i, false, false);
            }
            if (c == null) {
                i++;
                continue;
            }
            if (found.isEmpty()) {
                found = new ArrayList<>(4);
            }
            found.add(c);
            while (i < n && tokens.start(i) < c.end) {
                i++;
            }
        }
        return found;
    }

    /**
     * The longest spelling that starts at word {@code i}, or {@code null}; {@code prefixed}: after "AWS"/"Amazon";
     * {@code anyCase}: after the command-line prefix "aws".
     */
    private Candidate longest(WordTokens tokens, int i, boolean prefixed, boolean anyCase) {
        Node node = root;
        AliasForm best = null;
        int bestEnd = -1;
        for (int j = i; j < tokens.size(); j++) {
            if (j > i && !tokens.joined(j - 1)) {
                break;
            }
            if (tokens.id(j) == WordTable.ABSENT) {
                break;
            }
            node = node.child(tokens.id(j));
            if (node == null) {
                break;
            }
            if (node.forms != null) {
                AliasForm f = choose(node.forms, tokens, i, prefixed, anyCase);
                if (f != null) {
                    best = f;
                    bestEnd = tokens.end(j);
                }
            }
        }
        if (best == null) {
            return null;
        }
        return new Candidate(best, tokens.start(i), bestEnd, prefixed || !best.ambiguous());
    }

    /**
     * Of the spellings ending at one node, the one that applies: right case, prefix present when required;
     * a listed spelling before a derived one, an unambiguous one before an ambiguous one, a later entry
     * before an earlier one.
     */
    private static AliasForm choose(List<AliasForm> forms, WordTokens tokens, int i, boolean prefixed,
                                    boolean anyCase) {
        AliasForm best = null;
        int bestRank = -1;
        for (int f = forms.size() - 1; f >= 0; f--) {
            AliasForm form = forms.get(f);
            if (form.vendorRequired() && !prefixed) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < form.words().length && ok; k++) {
                ok = form.caseMatches(k, tokens, i + k, anyCase);
            }
            if (!ok) {
                continue;
            }
            int rank = (form.generated() ? 0 : 2) + (form.ambiguous() && !prefixed ? 0 : 1);
            if (rank > bestRank) {
                best = form;
                bestRank = rank;
            }
        }
        return best;
    }
}
