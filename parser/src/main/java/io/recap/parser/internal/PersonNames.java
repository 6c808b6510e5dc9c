package io.recap.parser.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a person's name is: a model of Vietnamese names (a family name among the hundred that cover nearly
 * everyone, given-name syllables, each word one Vietnamese syllable), of Western names (two to four
 * capitalised words, initials allowed, none of them a role, an organisation or an ordinary word), and of the
 * honorifics that come before names. Loaded from the resource {@code io/recap/parser/names.tsv}. Immutable and
 * thread-safe.
 */
public final class PersonNames {

    /** The resource the built-in name vocabulary is read from. */
    public static final String RESOURCE = "/io/recap/parser/names.tsv";

    /** How sure the model is that a phrase is a person's name. */
    public enum Strength {
        /** Not a person's name. */
        NONE,
        /** One Vietnamese given name ("Kiệt"): a name where a name is expected. */
        WEAK,
        /** Two to four capitalised words that are nothing else ("Jeff Johnson"), or Vietnamese name syllables. */
        MEDIUM,
        /** A name with a Vietnamese family name ("Trung Vu", "Nguyễn Văn Hải", "Taiki Dang"). */
        STRONG;

        /** Whether this is at least {@code other}. */
        public boolean atLeast(Strength other) {
            return compareTo(other) >= 0;
        }
    }

    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_WESTERN_WORDS = 4;
    private static final int MIN_SUFFIX_WORD = 6;
    /** One Vietnamese syllable, folded: initial consonant, vowel nucleus, final consonant. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
            + "(?:oai|oay|oeo|uay|uoi|uou|uya|uye|uyu|ieu|yeu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu"
            + "|uy|ya|ye|a|e|i|o|u|y)(?:ch|nh|ng|c|m|n|p|t)?$");
    private static final Pattern WORD_SPLIT = Pattern.compile("\\s+");
    /** "Mr.Toan Huynh": an honorific written without the space after its period. */
    private static final Pattern GLUED_HONORIFIC = Pattern.compile("^((?i:mr|mrs|ms|dr|prof)\\.)(?=\\p{Lu})");

    private final String fingerprint;
    private final Set<String> familyExact = new HashSet<>();
    private final Set<String> familyFolded = new HashSet<>();
    private final Set<String> given = new HashSet<>();
    private final List<String[]> honorifics = new ArrayList<>();
    private final Set<String> ambiguousHonorifics = new HashSet<>();
    private final Set<String> roles = new HashSet<>();
    private final Set<String> orgs = new HashSet<>();
    private final Set<String> groups = new HashSet<>();
    private final Set<String> words = new HashSet<>();
    private final List<String> suffixes = new ArrayList<>();
    private int longestPhrase = 1;

    private PersonNames(InputStream in, String fingerprint) throws IOException {
        this.fingerprint = fingerprint;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected category<TAB>entry");
                }
                String category = line.substring(0, tab).strip();
                String entry = line.substring(tab + 1).strip().toLowerCase(Locale.ROOT);
                switch (category) {
                    case "family" -> {
                        familyExact.add(entry);
                        familyFolded.add(Text.fold(entry));
                    }
                    case "given" -> given.add(Text.fold(entry));
                    case "honorific" -> honorifics.add(WORD_SPLIT.split(entry));
                    case "honorific?" -> ambiguousHonorifics.add(entry);
                    case "role" -> phrase(roles, entry);
                    case "org" -> phrase(orgs, entry);
                    case "group" -> phrase(groups, entry);
                    case "word" -> phrase(words, entry);
                    case "suffix" -> suffixes.add(entry);
                    default -> throw new IllegalStateException(RESOURCE + ":" + number + ": unknown category "
                            + category);
                }
            }
        }
    }

    private void phrase(Set<String> set, String entry) {
        set.add(entry);
        longestPhrase = Math.max(longestPhrase, WORD_SPLIT.split(entry).length);
    }

    /** The built-in name vocabulary, loaded once and shared by every parser. */
    public static PersonNames builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** Loaded once, on first use (the holder idiom). */
    private static final class BuiltIn {
        static final PersonNames INSTANCE = load();

        private static PersonNames load() {
            try (InputStream in = PersonNames.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                byte[] bytes = in.readAllBytes();
                return new PersonNames(new ByteArrayInputStream(bytes), Hashes.sha256(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The SHA-256 of the resource file: it changes when any entry does. */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * A name as written without honorifics ("Mr.", "Ông", "Dr."), markup and surrounding punctuation; an
     * ambiguous word such as "Anh" is dropped only when the rest is a name by itself and not a lone family
     * name ("Anh Trường" gives "Trường", "Anh Dang" stays). {@code null} when nothing is left.
     */
    public String clean(String raw) {
        String s = cleanOnce(raw);
        // each pass only removes: an honorific dropped can bare punctuation, which the next pass trims
        for (String next = cleanOnce(s); s != null && !s.equals(next); next = cleanOnce(s)) {
            s = next;
        }
        return s;
    }

    private String cleanOnce(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Text.stripSymbols(raw).strip();
        if (s.indexOf('.') > 0 && "mMdDpP".indexOf(s.charAt(0)) >= 0) { // GLUED_HONORIFIC's only candidates
            s = GLUED_HONORIFIC.matcher(s).replaceFirst("$1 ");
        }
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = Text.trimPunctuation(s).strip();
            if (s.endsWith("'s") || s.endsWith("’s")) {
                s = s.substring(0, s.length() - 2); // "Huynh Thai Linh's session"
            }
            while (!s.isEmpty() && ".;,:".indexOf(s.charAt(s.length() - 1)) >= 0) {
                s = s.substring(0, s.length() - 1);
            }
        }
        for (boolean changed = true; changed && !s.isEmpty(); ) {
            changed = false;
            String[] w = WORD_SPLIT.split(s);
            int drop = honorificWords(w);
            if (drop > 0 && drop < w.length) {
                s = join(w, drop, w.length);
                changed = true;
            } else if (w.length >= 2 && ambiguousHonorifics.contains(bare(w[0]))) {
                String rest = join(w, 1, w.length);
                boolean loneFamily = w.length == 2 && isFamily(w[1]);
                if (!loneFamily && strength(rest).atLeast(Strength.WEAK)) {
                    s = rest;
                    changed = true;
                }
            }
        }
        return Text.hasLetterOrDigit(s) ? s : null;
    }

    /** How many leading words of {@code w} are an unambiguous honorific ("Mr.", "Tiến sĩ"), else 0. */
    private int honorificWords(String[] w) {
        String[] bare = new String[w.length]; // each word made bare once, when first compared
        for (String[] h : honorifics) {
            if (h.length <= w.length) {
                boolean match = true;
                for (int i = 0; i < h.length && match; i++) {
                    if (bare[i] == null) {
                        bare[i] = bare(w[i]);
                    }
                    match = bare[i].equals(h[i]);
                }
                if (match) {
                    return h.length;
                }
            }
        }
        return 0;
    }

    private static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        while (!w.isEmpty() && (w.endsWith(".") || w.endsWith(","))) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String join(String[] w, int from, int to) {
        return String.join(" ", java.util.Arrays.copyOfRange(w, from, to));
    }

    /** Whether a word is a Vietnamese family name (compared with its diacritics when it has them). */
    boolean isFamily(String word) {
        String w = bare(word);
        return hasDiacritics(w) ? familyExact.contains(w) : familyFolded.contains(Text.fold(w));
    }

    /** How sure the model is that {@code name} (already {@linkplain #clean cleaned}) is a person's name. */
    public Strength strength(String name) {
        if (name == null || name.isBlank()) {
            return Strength.NONE;
        }
        String[] w = WORD_SPLIT.split(name.strip());
        if (w.length > MAX_NAME_WORDS || containsPhrase(w)) {
            return Strength.NONE;
        }
        boolean allCaps = name.equals(name.toUpperCase(Locale.ROOT)) && w.length >= 2;
        int vietnamese = 0;
        int family = 0;
        int known = 0;
        for (String word : w) {
            if (!isNameWord(word, allCaps)) {
                return Strength.NONE;
            }
            String f = Text.fold(word);
            boolean initial = f.length() == 1 || word.endsWith(".");
            if (SYLLABLE.matcher(f).matches() && !initial) {
                vietnamese++;
            } else if (!initial && hasEnglishSuffix(f)) {
                return Strength.NONE;
            }
            if (isFamily(word)) {
                family++;
                known++;
            } else if (given.contains(f) || familyFolded.contains(f)) {
                known++;
            }
        }
        if (vietnamese == w.length) {
            if (w.length == 1) {
                return known == 1 ? Strength.WEAK : Strength.NONE;
            }
            if (known >= 2 && known >= w.length - 1) {
                return family > 0 ? Strength.STRONG : Strength.MEDIUM;
            }
            return Strength.NONE;
        }
        if (w.length < 2 || w.length > MAX_WESTERN_WORDS) {
            return Strength.NONE;
        }
        return family > 0 ? Strength.STRONG : Strength.MEDIUM;
    }

    /** A capitalised word of letters (hyphens, apostrophes and a final period allowed), or an initial. */
    private static boolean isNameWord(String word, boolean allCaps) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (w.isEmpty()) {
            return false;
        }
        int first = w.codePointAt(0);
        if (!Character.isLetter(first) || !Character.isUpperCase(first)) {
            return false;
        }
        int letters = 0;
        int upper = 0;
        boolean lowerSeen = false;
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                boolean up = Character.isUpperCase(cp);
                upper += up ? 1 : 0;
                if (up && lowerSeen && !allCaps && !w.startsWith("Mc") && !w.startsWith("Mac")) {
                    return false; // "AgentCore", "CloudThinker": a product, not a name
                }
                lowerSeen |= !up;
            } else if (cp != '-' && cp != '\'' && cp != '’') {
                return false;
            }
            i += Character.charCount(cp);
        }
        // an acronym ("AWS", "CEO", "AI") is not a name word, unless the whole name is written in capitals
        return allCaps || letters < 2 || upper < letters;
    }

    private boolean hasEnglishSuffix(String folded) {
        String w = folded.endsWith("s") && folded.length() > MIN_SUFFIX_WORD ? folded.substring(0, folded.length() - 1)
                : folded;
        if (w.length() < MIN_SUFFIX_WORD) {
            return false;
        }
        for (String s : suffixes) {
            if (w.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a phrase of one to a few words of {@code w} is a role, an organisation, a group or a word. */
    private boolean containsPhrase(String[] w) {
        String[] lower = new String[w.length];
        for (int i = 0; i < w.length; i++) {
            lower[i] = bare(w[i]);
        }
        for (int from = 0; from < lower.length; from++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1; n <= longestPhrase && from + n <= lower.length; n++) {
                if (n > 1) {
                    sb.append(' ');
                }
                sb.append(lower[from + n - 1]);
                String p = sb.toString();
                if (roles.contains(p) || orgs.contains(p) || groups.contains(p) || words.contains(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the phrase holds a role word ("Senior Solutions Architect", "Giám đốc"). */
    public boolean hasRole(String phrase) {
        return has(phrase, roles);
    }

    /** Whether the phrase holds an organisation word ("AWS", "Corp", "Đại học"). */
    public boolean hasOrganization(String phrase) {
        return has(phrase, orgs);
    }

    /** Whether the phrase holds a group word ("Team", "Đội", "Nhóm"). */
    public boolean hasGroupWord(String phrase) {
        return has(phrase, groups);
    }

    /** Whether the phrase is made only of role words and phrases ("Senior Solutions Architect", "Kỹ sư"). */
    public boolean onlyRoles(String phrase) {
        String[] w = WORD_SPLIT.split(Text.trimPunctuation(phrase).strip());
        int i = 0;
        boolean any = false;
        while (i < w.length) {
            String b = bare(w[i]);
            if (b.isEmpty() || b.chars().allMatch(c -> c == '&' || c == '/' || c == '-' || c == ',')) {
                i++;
                continue;
            }
            int matched = 0;
            StringBuilder sb = new StringBuilder();
            for (int n = 1; n <= longestPhrase && i + n <= w.length; n++) {
                sb.append(n > 1 ? " " : "").append(bare(w[i + n - 1]));
                if (roles.contains(sb.toString())) {
                    matched = n;
                }
            }
            if (matched == 0) {
                return false;
            }
            any = true;
            i += matched;
        }
        return any;
    }

    private boolean has(String phrase, Set<String> set) {
        String[] w = WORD_SPLIT.split(Text.trimPunctuation(Text.stripSymbols(phrase)).strip());
        for (int from = 0; from < w.length; from++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1; n <= longestPhrase && from + n <= w.length; n++) {
                if (n > 1) {
                    sb.append(' ');
                }
                sb.append(bare(w[from + n - 1]));
                if (set.contains(sb.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasDiacritics(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) > 0x7F) {
                return true;
            }
        }
        return false;
    }
}
