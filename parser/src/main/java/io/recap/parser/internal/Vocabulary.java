package io.recap.parser.internal;

import io.recap.model.Part;
import io.recap.model.SectionKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words report authors use for sections, fields, parts of the day and agenda breaks, in Vietnamese and
 * English, loaded from the resource {@code io/recap/parser/vocabulary.tsv}. Immutable and thread-safe.
 */
public final class Vocabulary {

    /** The resource the built-in vocabulary is read from. */
    public static final String RESOURCE = "/io/recap/parser/vocabulary.tsv";

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:(?:phan|part|muc|section|chuong|buoc)\\s+)?(?:\\d+(?:\\s\\d+)*|[ivx]{1,4}|[a-h])\\s+(?=\\S)");
    private static final int EXTRA_WORDS = 3;
    private static final int LOOSE_EXTRA_WORDS = 5;
    private static final int MAX_BREAK_WORDS = 6;
    private static final Pattern LABEL_JOINER = Pattern.compile("\\s*(?:/|&|\\+|,|\\band\\b|\\bvà\\b)\\s*");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
    private static final Pattern QUOTED_NAME = Pattern.compile("[“\"«„][^“”\"«»„]{2,}[”\"»“]");
    private static final Set<String> CONNECTORS = Set.of("and", "va", "amp", "with", "cung", "n");

    /** A heading recognised as a section label. */
    public record SectionMatch(SectionKind kind, Part part, boolean exact) {
    }

    private final String fingerprint;
    private final Map<String, SectionMatch> sections = new HashMap<>();
    private final Map<String, String> fields = new HashMap<>();
    private final Map<String, String> emojiFields = new HashMap<>();
    private final List<String> titlePrefixes = new ArrayList<>();
    private final List<String> titleSuffixes = new ArrayList<>();
    private final List<String> titleLabels = new ArrayList<>();
    private final Set<String> placeholders = new HashSet<>();
    private final Set<String> breaks = new HashSet<>();
    private final Set<String> fillers = new HashSet<>();
    private final Set<String> pronouns = new HashSet<>();
    private final Set<String> indexTitles = new HashSet<>();
    private final Set<String> speakerLeads = new HashSet<>();
    private final Set<String> breakWords = new HashSet<>();
    private int longestSectionWords;

    private Vocabulary(InputStream in, String fingerprint) throws IOException {
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
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected category<TAB>phrase");
                }
                String raw = line.substring(tab + 1);
                add(line.substring(0, tab).trim(), raw, Text.fold(raw), number);
            }
        }
        // "What I Learned" and "What You Learned", "Những gì tôi học được" and "Những gì mình học được": section
        // phrases match whatever pronoun the author wrote after the first word
        for (Map.Entry<String, SectionMatch> e : new java.util.ArrayList<>(sections.entrySet())) {
            String dropped = String.join(" ", withoutPronouns(e.getKey().split(" ")));
            if (e.getValue().part() == null && !dropped.equals(e.getKey())) {
                sections.putIfAbsent(dropped, e.getValue()); // not parts: "buổi tối" is the evening
            }
        }
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        titlePrefixes.sort(longestFirst);
        titleSuffixes.sort(longestFirst);
        titleLabels.sort(longestFirst);
    }

    private void add(String category, String raw, String phrase, int number) {
        if (category.startsWith("section.")) {
            SectionKind kind = SectionKind.fromLabel(category.substring("section.".length()));
            if (kind == null) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": unknown section kind " + category);
            }
            sections.put(phrase, new SectionMatch(kind, null, true));
            longestSectionWords = Math.max(longestSectionWords, phrase.split(" ").length);
        } else if (category.startsWith("part.")) {
            Part part = Part.fromLabel(category.substring("part.".length()));
            if (part == null) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": unknown part " + category);
            }
            sections.put(phrase, new SectionMatch(SectionKind.AGENDA, part, true));
        } else if (category.startsWith("field.")) {
            fields.put(phrase, category.substring("field.".length()));
        } else if (category.startsWith("emoji.")) {
            emojiFields.put(raw.strip(), category.substring("emoji.".length()));
        } else {
            switch (category) {
                case "title.prefix" -> titlePrefixes.add(phrase);
                case "title.label" -> titleLabels.add(phrase);
                case "title.suffix" -> titleSuffixes.add(phrase);
                case "placeholder" -> placeholders.add(phrase);
                case "filler" -> fillers.add(phrase);
                case "pronoun" -> pronouns.add(phrase);
                case "index.title" -> indexTitles.add(phrase);
                case "speaker.lead" -> speakerLeads.add(phrase);
                case "break" -> {
                    breaks.add(phrase);
                    breakWords.addAll(java.util.Arrays.asList(phrase.split(" ")));
                }
                default -> throw new IllegalStateException(RESOURCE + ":" + number + ": unknown category " + category);
            }
        }
    }

    /** The built-in vocabulary, loaded once: it is immutable after loading and shared by every parser. */
    public static Vocabulary builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** Loaded once, on first use (the holder idiom). */
    private static final class BuiltIn {
        static final Vocabulary INSTANCE = load();

        private static Vocabulary load() {
            try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                byte[] bytes = in.readAllBytes();
                return new Vocabulary(new java.io.ByteArrayInputStream(bytes), Hashes.sha256(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The SHA-256 of the vocabulary's resource file: it changes when any label does. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Folds a heading and removes leading numbering ("1.", "II.", "Phần 2:"). */
    public static String foldHeading(String heading) {
        String f = Text.fold(heading);
        // NUMBERING starts with a digit, a roman numeral, a letter a–h or a word such as "phan", "muc", "section",
        // and needs a space after it: most folded headings are decided by their first character
        int space = f.indexOf(' ');
        char first = f.isEmpty() ? ' ' : f.charAt(0);
        if (space < 0 || !(first >= '0' && first <= '9' || first >= 'a' && first <= 'i' || first == 'm'
                || first == 'p' || first == 's' || first == 'v' || first == 'x')) {
            return f;
        }
        return NUMBERING.matcher(f).replaceFirst("");
    }

    /**
     * The section a heading names: an exact phrase, or a phrase followed by at most three more words (the
     * longest phrase wins), after leading filler words ("Những", "Some", "The") are dropped; a heading that
     * starts with a part of the day ("Morning session – DevOps Mindset") names that part whatever follows.
     * {@code null} when the heading is not a section label.
     */
    public SectionMatch section(String heading) {
        String h = heading.indexOf('(') < 0 ? heading : PARENTHESES.matcher(heading).replaceAll(" ");
        SectionMatch m = matchFolded(h);
        String[] parts = null; // split only when needed: most headings match, or are no label at all
        if (m == null) {
            parts = labelParts(h);
            if (parts.length >= 2 && !parts[0].isBlank()) {
                // "Diễn Giả / Người Hướng Dẫn", "Speakers & Hosts": the first of several labels
                m = matchFolded(parts[0]);
            }
        }
        if (m != null && !m.exact() && m.part() == null && (m.kind() == SectionKind.OVERVIEW
                || m.kind() == SectionKind.OBJECTIVES)
                && (alsoNamesProgramme(parts != null ? parts : labelParts(h)) || endsWithProgramme(h))) {
            // "Event Overview & Agenda", "Tổng quan chương trình": a heading that also names the programme holds it
            return new SectionMatch(SectionKind.AGENDA, null, false);
        }
        return m;
    }

    /**
     * {@code LABEL_JOINER.split(heading)}, without the regex for a heading that holds none of its joiners (most:
     * then the heading is the only part).
     */
    private static String[] labelParts(String heading) {
        if (heading.indexOf('/') < 0 && heading.indexOf('&') < 0 && heading.indexOf('+') < 0
                && heading.indexOf(',') < 0 && !heading.contains("and") && !heading.contains("và")) {
            return new String[]{heading};
        }
        return LABEL_JOINER.split(heading);
    }

    /**
     * Whether a heading of several labels names the programme after its first label ("Speakers & Sessions",
     * "Tổng quan và Nội dung").
     */
    public boolean namesProgramme(String heading) {
        return alsoNamesProgramme(labelParts(PARENTHESES.matcher(heading).replaceAll(" ")));
    }

    /** Whether the words after a heading's first word are a programme label ("Tổng quan [chương trình]"). */
    private boolean endsWithProgramme(String heading) {
        String[] words = foldHeading(heading).split(" ");
        for (int from = 1; from < words.length; from++) {
            SectionMatch tail = sections.get(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)));
            if (tail != null && tail.kind() == SectionKind.AGENDA && tail.part() == null) {
                return true;
            }
        }
        return false;
    }

    private boolean alsoNamesProgramme(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            SectionMatch other = matchFolded(parts[i]);
            if (other != null && other.kind() == SectionKind.AGENDA && other.part() == null) {
                return true;
            }
        }
        return false;
    }

    private SectionMatch matchFolded(String heading) {
        String f = foldHeading(heading);
        if (f.isEmpty()) {
            return null;
        }
        String[] all = f.split(" ");
        SectionMatch m = match(all);
        String[] stripped = withoutFillers(all);
        if (m == null && stripped != all) {
            m = match(stripped);
        }
        if (m == null) {
            String[] plain = withoutPronouns(stripped);
            m = plain == stripped ? null : match(plain);
        }
        return m;
    }

    /** {@code words} without pronouns and tense words after the first word ("what [i] learned"). */
    private String[] withoutPronouns(String[] words) {
        List<String> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            if (i == 0 || !pronouns.contains(words[i])) {
                out.add(words[i]);
            }
        }
        return out.size() == words.length ? words : out.toArray(new String[0]);
    }

    private SectionMatch match(String[] words) {
        String joined = String.join(" ", words);
        SectionMatch exact = sections.get(joined);
        if (exact != null) {
            return exact;
        }
        int longest = Math.min(words.length - 1, longestSectionWords);
        int[] ends = prefixEnds(words, longest);
        for (int n = longest; n >= 1; n--) {
            SectionMatch m = sections.get(joined.substring(0, ends[n - 1]));
            if (m != null && (words.length - n <= EXTRA_WORDS || m.part() != null)) {
                return new SectionMatch(m.kind(), m.part(), false);
            }
        }
        return null;
    }

    /** Where the first {@code k + 1} words end in {@code String.join(" ", words)}, for k below {@code count}. */
    private static int[] prefixEnds(String[] words, int count) {
        int[] ends = new int[Math.max(0, count)];
        int end = -1;
        for (int k = 0; k < ends.length; k++) {
            end += 1 + words[k].length();
            ends[k] = end;
        }
        return ends;
    }

    /**
     * Like {@link #section(String)}, but also finds a phrase inside the heading when few other words surround
     * it ("Detailed agenda for the day", "Những điểm nổi bật của sự kiện"). For headings outside any
     * recognised section, where labels are expected.
     */
    public SectionMatch sectionAnywhere(String heading) {
        SectionMatch m = section(heading);
        if (m != null) {
            return m;
        }
        String[] words = words(heading);
        String joined = String.join(" ", words);
        int[] starts = new int[words.length + 1]; // starts[k]: where word k starts in joined; one past the end
        for (int k = 0; k < words.length; k++) {
            starts[k + 1] = starts[k] + words[k].length() + 1;
        }
        SectionMatch best = null;
        int bestLength = 0;
        for (int from = 0; from < words.length; from++) {
            for (int n = Math.min(words.length - from, longestSectionWords); n >= 1; n--) {
                if (words.length - n > LOOSE_EXTRA_WORDS) {
                    break;
                }
                SectionMatch c = sections.get(joined.substring(starts[from], starts[from + n] - 1));
                if (c != null && n > bestLength && c.part() == null) {
                    best = new SectionMatch(c.kind(), null, false);
                    bestLength = n;
                }
            }
        }
        return best;
    }

    private String[] words(String heading) {
        String f = foldHeading(heading);
        return f.isEmpty() ? new String[0] : withoutFillers(f.split(" "));
    }

    private String[] withoutFillers(String[] words) {
        int skip = 0;
        while (skip < words.length - 1 && fillers.contains(words[skip])) {
            skip++;
        }
        return skip == 0 ? words : java.util.Arrays.copyOfRange(words, skip, words.length);
    }

    /** The field a label such as "Ngày:" or "Date & Time" names, or {@code null}. */
    public String field(String label) {
        String f = Text.fold(label);
        String field = fields.get(f);
        if (field == null && f.startsWith("event ")) {
            field = fields.get(f.substring(6));
        }
        return field;
    }

    /**
     * The field an emoji at the start of {@code text} labels by itself ("📍 Bitexco Tower" is a location),
     * or {@code null}.
     */
    public String emojiField(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        int end = t.offsetByCodePoints(0, 1);
        while (end < t.length() && Text.isSymbol(t.codePointAt(end)) && !Character.isLetterOrDigit(t.codePointAt(end))) {
            end = t.offsetByCodePoints(end, 1);
        }
        String lead = t.substring(0, end).replace("\uFE0F", "");
        return emojiFields.get(lead);
    }

    /** Whether a (front-matter) title is a placeholder such as "Event 1" or "Sự kiện 2" rather than a name. */
    public boolean isPlaceholder(String title) {
        String f = Text.fold(title).replaceAll("(\\s*\\d+)+$", "").replaceAll("^(\\d+\\s*)+", "").trim();
        return f.isEmpty() || placeholders.contains(f);
    }

    /**
     * Whether prose ends with words that present the bold name after it as a speaker ("… speaker ",
     * "presented by ", "diễn giả ").
     */
    public boolean endsWithSpeakerLead(String prose) {
        String f = Text.fold(prose).strip();
        for (String lead : speakerLeads) {
            if (f.endsWith(lead) && (f.length() == lead.length() || f.charAt(f.length() - lead.length() - 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** Whether a page title names a list of events ("Events Participated", "Các sự kiện đã tham gia"). */
    public boolean isIndexTitle(String title) {
        return indexTitles.contains(Text.fold(title));
    }

    /**
     * Whether an agenda slot title is a break, check-in, lunch or photo slot rather than a session: a break
     * phrase, or a short title made only of the words of break phrases ("Check-in & Networking").
     */
    public boolean isBreak(String title) {
        String f = Text.fold(PARENTHESES.matcher(title).replaceAll(" "));
        if (breaks.contains(f)) {
            return true;
        }
        String[] words = f.split(" ");
        if (words.length > MAX_BREAK_WORDS) {
            return false;
        }
        for (String w : words) {
            if (!breakWords.contains(w) && !CONNECTORS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a heading names the event rather than a section: it starts with a report prefix ("Summary
     * Report:", "Bài thu hoạch") or a name label ("Event Name:", "Tên sự kiện:"), or holds a quoted name.
     */
    public boolean namesEvent(String heading) {
        if (QUOTED_NAME.matcher(heading).find()) {
            return true;
        }
        String f = Text.fold(heading);
        for (String p : titlePrefixes) {
            if (f.equals(p) || f.startsWith(p + " ")) {
                return true;
            }
        }
        int colon = heading.indexOf(':');
        return colon > 0 && "event-name".equals(field(Text.trimPunctuation(heading.substring(0, colon))));
    }

    /** Folded words that introduce the event's name in a heading, longest first. */
    public List<String> titlePrefixes() {
        return titlePrefixes;
    }

    /** Folded words that introduce the event's name only when a colon follows them, longest first. */
    public List<String> titleLabels() {
        return titleLabels;
    }

    /** Folded words that follow the event's name in a heading, longest first. */
    public List<String> titleSuffixes() {
        return titleSuffixes;
    }
}
