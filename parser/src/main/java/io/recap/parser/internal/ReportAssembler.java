package io.recap.parser.internal;

import io.recap.model.Diagnostic;
import io.recap.model.FrontMatter;
import io.recap.model.LineRange;
import io.recap.model.ListedEvent;
import io.recap.model.Report;
import io.recap.model.SectionKind;
import io.recap.model.Service;
import io.recap.model.ServiceCount;
import io.recap.model.Session;
import io.recap.model.Severity;
import io.recap.model.Source;
import io.recap.model.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the parsing pipeline for one report: decode, front matter, clean, Markdown, outline, extractors,
 * services. Holds only immutable, thread-safe parts, so one assembler serves many threads.
 */
public final class ReportAssembler {

    private final Vocabulary vocabulary;
    private final PersonNames names;
    private final ServiceMatcher matcher;
    private final FrontMatterReader frontMatterReader;
    private final MarkdownReader markdownReader;
    private final Limits limits;
    /** Most events a page that recaps several is split into; the rest stay in the page. */
    private static final int MAX_EVENTS_PER_PAGE = 50;

    /**
     * Limits that keep hostile input linear.
     *
     * @param maxBytes            bytes of a file that are read; the rest is refused with a diagnostic
     * @param maxLineChars        characters of a line that are read; the rest is cut with a diagnostic
     * @param maxNesting          deepest nesting of lists and block quotes parsed as such
     * @param maxFrontMatterChars largest front matter parsed as YAML/TOML/JSON
     * @param maxAnalysedChars    characters of the body read for structure; the rest is kept as text
     */
    public record Limits(int maxBytes, int maxLineChars, int maxNesting, int maxFrontMatterChars,
                         int maxAnalysedChars) {
    }

    /** An assembler with these parts. */
    public ReportAssembler(Vocabulary vocabulary, PersonNames names, ServiceMatcher matcher, Limits limits) {
        this.vocabulary = vocabulary;
        this.names = names;
        this.matcher = matcher;
        this.frontMatterReader = new FrontMatterReader(limits.maxFrontMatterChars());
        this.markdownReader = new MarkdownReader(limits.maxNesting());
        this.limits = limits;
    }

    /** Parses one report. Never throws on content. */
    public Report assemble(String path, byte[] bytes) {
        return assemble(path, bytes, bytes.length);
    }

    /**
     * Parses one report of which {@code bytes} were read out of {@code fileSize} (more than the limit: the
     * rest was not read). Never throws on content.
     */
    public Report assemble(String path, byte[] bytes, long fileSize) {
        Source source = new Source(path, Hashes.sha256(bytes), fileSize);
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            return assemble(path, bytes, fileSize, source, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(Diagnostic.error("parser.internal-error", "recap could not parse this report ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); please report it with the file", 0));
            return Report.builder(source).diagnostics(diagnostics).build();
        }
    }

    private Report assemble(String path, byte[] bytes, long fileSize, Source source, List<Diagnostic> diagnostics) {
        return assemble(path, bytes, fileSize, source, diagnostics, true);
    }

    /** Parses one report; {@code splitEvents} is false for an event cut out of a page, which is never split again. */
    private Report assemble(String path, byte[] bytes, long fileSize, Source source, List<Diagnostic> diagnostics,
                            boolean splitEvents) {
        byte[] content = bytes;
        if (bytes.length > limits.maxBytes()) {
            diagnostics.add(Diagnostic.error("text.too-large", "the file has " + fileSize
                    + " bytes; only the first " + limits.maxBytes() + " were read", 0));
            content = java.util.Arrays.copyOf(bytes, limits.maxBytes());
        }
        DecodedText decoded = TextDecoder.decode(content, diagnostics);
        Report.Builder report = Report.builder(source);
        if (decoded.binary()) {
            return report.diagnostics(diagnostics).build();
        }
        List<String> raw = cutLongLines(decoded.lines(), diagnostics);
        FrontMatterBlock fm = frontMatterReader.read(raw, diagnostics);
        FrontMatter frontMatter = fm.frontMatter();

        List<String> clean = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            clean.add(fm.covers(i) ? "" : LineCleaner.clean(raw.get(i)));
        }
        LineRange chat = null;
        int bodyFirstLine = 1;
        if (fm.first() >= 0) {
            bodyFirstLine = fm.last() + 2;
            int firstText = firstNonBlank(raw);
            if (firstText >= 0 && firstText < fm.first()) {
                chat = new LineRange(firstText + 1, fm.first());
            }
        }
        int analysed = ReportBounds.analysedLines(clean, bodyFirstLine - 1, limits.maxAnalysedChars(), diagnostics);
        List<Block> blocks = markdownReader.read(String.join("\n", clean.subList(0, analysed)), diagnostics);
        Outline outline = Outline.build(blocks, clean, bodyFirstLine, chat, vocabulary);
        ParseContext ctx = new ParseContext(path, clean, blocks, outline, vocabulary, names, matcher, diagnostics);

        String fmTitle = frontMatter == null ? null : frontMatter.title();
        String fmDate = frontMatter == null ? null : frontMatter.date();
        int fmLine = frontMatter == null ? 0 : frontMatter.lines().start();
        Logistics logistics = Logistics.extract(ctx, fmDate, fmLine);
        String title = Titles.extract(ctx, fmTitle);
        List<ListedEvent> listed = IndexPages.listedEvents(ctx, fmTitle);
        boolean indexPage = !listed.isEmpty();
        if (indexPage) {
            title = null; // an index page names no single event, and has no date of its own
        } else if (title == null && fmTitle != null && vocabulary.isPlaceholder(fmTitle)) {
            diagnostics.add(Diagnostic.warning("title.placeholder", "the report does not name its event; the "
                    + "front matter's title \"" + fmTitle + "\" is a placeholder", fmLine));
        } else if (title == null) {
            diagnostics.add(Diagnostic.warning("title.missing", "the report does not name its event", 0));
        }

        List<Mention> mentions = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();
        findMentions(blocks, raw, mentions, positions);

        List<SessionDraft> drafts = indexPage ? List.of() : Sessions.extract(ctx);
        List<Session> sessions = new ArrayList<>();
        List<Speaker> sessionSpeakers = new ArrayList<>();
        for (SessionDraft d : drafts) {
            sessions.add(toSession(sessions.size() + 1, d, mentions, positions, ctx, sessionSpeakers));
        }
        List<Speaker> speakers = new ArrayList<>(Speakers.extract(ctx));
        Set<String> known = new LinkedHashSet<>();
        speakers.forEach(s -> known.add(Speakers.key(s)));
        for (Speaker s : sessionSpeakers) {
            if (known.add(Speakers.key(s))) {
                speakers.add(s);
            }
        }
        speakers = Speakers.peopleFirst(speakers, ctx);
        if (logistics.date == null && !indexPage) {
            diagnostics.add(Diagnostic.warning("date.missing", "the report does not say when the event took place",
                    0));
        }

        return ReportBounds.apply(report
                .indexPage(indexPage)
                .listedEvents(listed)
                .events(indexPage && splitEvents ? fullEvents(path, source, raw, IndexPages.fullEvents(ctx, listed),
                        diagnostics) : List.of())
                .language(Languages.detect(path, frontMatter == null ? null : frontMatter.lang(), blocks))
                .title(title)
                .pageTitle(fmTitle)
                .date(logistics.date)
                .endDate(logistics.endDate)
                .startTime(logistics.startTime)
                .endTime(logistics.endTime)
                .location(logistics.location)
                .audience(logistics.audience)
                .format(logistics.format)
                .organizers(logistics.organizers)
                .objectives(Items.of(ctx, SectionKind.OBJECTIVES))
                .speakers(speakers)
                .sessions(sessions)
                .services(counts(mentions))
                .highlights(Items.of(ctx, SectionKind.HIGHLIGHTS))
                .takeaways(Items.of(ctx, SectionKind.TAKEAWAYS))
                .nextSteps(Items.of(ctx, SectionKind.NEXT_STEPS))
                .sections(outline.toSections())
                .frontMatter(frontMatter)
                .diagnostics(sorted(diagnostics))
                .build());
    }

    /**
     * The reports of the events a page recaps in full: each event's lines parsed as a report of its own, the
     * rest of the page blanked so that line numbers still point into the file; source path {@code path#n}.
     */
    private List<Report> fullEvents(String path, Source page, List<String> lines, List<LineRange> ranges,
                                    List<Diagnostic> pageDiagnostics) {
        if (ranges.size() < 2) {
            return List.of();
        }
        if (ranges.size() > MAX_EVENTS_PER_PAGE) {
            pageDiagnostics.add(Diagnostic.warning("events.too-many", "the page recaps " + ranges.size()
                    + " events; only the first " + MAX_EVENTS_PER_PAGE + " are read as events of their own",
                    ranges.get(MAX_EVENTS_PER_PAGE).start()));
            ranges = ranges.subList(0, MAX_EVENTS_PER_PAGE);
        }
        List<Report> out = new ArrayList<>(ranges.size());
        for (int n = 0; n < ranges.size(); n++) {
            LineRange r = ranges.get(n);
            // the event's lines, after as many empty lines as precede them, so that line numbers still point
            // into the page
            StringBuilder text = new StringBuilder();
            text.append("\n".repeat(r.start() - 1));
            for (int i = r.start() - 1; i < Math.min(r.end(), lines.size()); i++) {
                text.append(lines.get(i)).append('\n');
            }
            byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String id = path + "#" + (n + 1);
            Source source = new Source(id, page.sha256(), page.bytes());
            List<Diagnostic> diagnostics = new ArrayList<>();
            try {
                out.add(assemble(id, bytes, bytes.length, source, diagnostics, false));
            } catch (RuntimeException | StackOverflowError e) {
                diagnostics.add(Diagnostic.error("parser.internal-error", "recap could not parse event " + (n + 1)
                        + " of this page (" + e.getClass().getSimpleName() + "); please report it with the file", 0));
                out.add(Report.builder(source).diagnostics(diagnostics).build());
            }
        }
        return out;
    }

    private Session toSession(int number, SessionDraft d, List<Mention> mentions, List<int[]> positions,
                              ParseContext ctx, List<Speaker> allSessionSpeakers) {
        List<String> points = new ArrayList<>(d.leadPoints);
        List<String> demos = new ArrayList<>();
        Map<String, Speaker> speakers = new LinkedHashMap<>();
        d.speakers.forEach(s -> speakers.putIfAbsent(Speakers.key(s), s));
        Speakers.inTitle(d.title, ctx).forEach(s -> speakers.putIfAbsent(Speakers.key(s), s));
        boolean first = true;
        boolean speakerList = false;
        int listDepth = -1;
        for (Block b : d.blocks) {
            if (b.kind() == Block.Kind.CODE || b.text().isEmpty()) {
                continue;
            }
            String text = b.stripped();
            if (text.isEmpty()) {
                continue;
            }
            if (first && b.kind() != Block.Kind.HEADING) {
                // "**Name**, Solutions Architect, AWS" or "Name (Org) demoed …" opening the session's text
                Speakers.opening(b, ctx).forEach(s -> speakers.putIfAbsent(Speakers.key(s), s));
                first = false;
            }
            if (Speakers.isSpeakerLabelLine(b, ctx)) {
                // a bold "Speakers:" line above a list of names
                speakerList = true;
                listDepth = -1;
            } else if (speakerList && b.kind() == Block.Kind.TEXT && b.itemStart()
                    && (listDepth < 0 || b.depth() == listDepth)) {
                listDepth = b.depth();
                for (Speaker s : Speakers.line(b.text(), b.lead(), ctx)) {
                    if (ctx.isPerson(s.name(), PersonNames.Strength.WEAK)) {
                        speakers.putIfAbsent(Speakers.key(s), s);
                    }
                }
            } else if (!(speakerList && b.kind() == Block.Kind.TEXT && b.depth() > listDepth && listDepth >= 0)) {
                speakerList = false;
            }
            boolean isDemo = false;
            for (Field f : ctx.fieldsOf(b)) {
                if (f.name().equals("demo") && Text.hasLetterOrDigit(f.value())) {
                    demos.add(f.value());
                    isDemo = true;
                } else if (f.name().equals("speaker")) {
                    for (Speaker s : Speakers.fromValue(f.value(), ctx)) {
                        if (ctx.isPerson(s.name(), PersonNames.Strength.WEAK)
                                || Speakers.isGroup(s.name(), ctx)) {
                            speakers.putIfAbsent(Speakers.key(s), s);
                        }
                    }
                }
            }
            Speakers.inProse(b, ctx).forEach(s -> speakers.putIfAbsent(Speakers.key(s), s));
            if (!isDemo && b.lead() != null) {
                String lead = Text.fold(b.lead());
                if (lead.contains("demo") && Text.hasLetterOrDigit(b.afterLead())) {
                    demos.add(Text.trimPunctuation(b.afterLead()));
                }
            }
            points.add(text);
        }
        Map<String, Service> services = new LinkedHashMap<>();
        // mentions are in line order: start at the first one on the session's first line
        int i = firstMentionAtOrAfter(positions, d.firstLine);
        for (; i < mentions.size() && positions.get(i)[0] <= d.lastLine; i++) {
            Service s = mentions.get(i).entry().service();
            services.putIfAbsent(s.id(), s);
        }
        List<Speaker> sessionSpeakers = Speakers.peopleFirst(new ArrayList<>(speakers.values()), ctx);
        allSessionSpeakers.addAll(sessionSpeakers);
        int last = Math.max(d.firstLine, d.lastLine);
        return new Session(number, d.title, d.part, d.start, d.end, sessionSpeakers, points, demos,
                new ArrayList<>(services.values()), new LineRange(d.firstLine, last));
    }

    private static int firstMentionAtOrAfter(List<int[]> positions, int line) {
        int lo = 0;
        int hi = positions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (positions.get(mid)[0] < line) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Finds every mention in the body; {@code positions} receives {line, column} for each. */
    private void findMentions(List<Block> blocks, List<String> raw, List<Mention> mentions, List<int[]> positions) {
        List<Block> searched = new ArrayList<>(blocks.size());
        List<String> texts = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b.kind() != Block.Kind.CODE && b.kind() != Block.Kind.RULE && !b.text().isEmpty()) {
                searched.add(b);
                texts.add(b.text());
            }
        }
        List<List<Mention>> found = matcher.findAll(texts);
        for (int i = 0; i < searched.size(); i++) {
            Block b = searched.get(i);
            String text = texts.get(i);
            String line = b.line() - 1 < raw.size() ? raw.get(b.line() - 1) : "";
            int cursor = 0;
            for (Mention m : found.get(i)) {
                String word = text.substring(m.start(), m.end());
                int at = line.indexOf(word, cursor);
                if (at >= 0) {
                    cursor = at + word.length();
                }
                mentions.add(m);
                positions.add(new int[]{b.line(), at >= 0 ? at + 1 : 0});
            }
        }
    }

    private static List<ServiceCount> counts(List<Mention> mentions) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Service> services = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Service s = m.entry().service();
            services.putIfAbsent(s.id(), s);
            counts.computeIfAbsent(s.id(), k -> new int[1])[0]++;
        }
        List<ServiceCount> out = new ArrayList<>();
        services.forEach((id, s) -> out.add(new ServiceCount(s, counts.get(id)[0])));
        return out;
    }

    private List<String> cutLongLines(List<String> lines, List<Diagnostic> diagnostics) {
        List<String> out = new ArrayList<>(lines.size());
        boolean reported = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.length() > limits.maxLineChars()) {
                if (!reported) {
                    diagnostics.add(new Diagnostic(Severity.WARNING, "text.line-too-long", "line has " + l.length()
                            + " characters; only the first " + limits.maxLineChars() + " were read", i + 1,
                            limits.maxLineChars() + 1));
                    reported = true;
                }
                l = l.substring(0, limits.maxLineChars());
            }
            out.add(l);
        }
        return out;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> out = new ArrayList<>(diagnostics);
        out.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return out;
    }
}
