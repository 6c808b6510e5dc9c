package io.recap.bench.gen;

import io.recap.parser.ServiceCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Generates an archive of event reports laid out like many Hugo sites
 * ({@code site-00001-…/content/4-EventParticipated/4.N-EventN/_index(.vi).md}). Deterministic: the same seed,
 * number of reports and catalog give the same paths and bytes, whatever the number of threads. Each file depends
 * only on (seed, site, event, language), so files can be produced in any order. Immutable and thread-safe.
 *
 * <pre>{@code
 * ArchiveGenerator g = new ArchiveGenerator(42);
 * g.write(1_000, Path.of("/tmp/archive"), 2);
 * }</pre>
 */
public final class ArchiveGenerator {

    private final long seed;
    private final EventPlanner planner;
    private final ReportRenderer renderer;

    /** A generator drawing services from the built-in catalog. */
    public ArchiveGenerator(long seed) {
        this(seed, ServiceCatalog.builtIn());
    }

    /** A generator drawing services from {@code catalog}. */
    public ArchiveGenerator(long seed, ServiceCatalog catalog) {
        this.seed = seed;
        Phrasebook book = Phrasebook.builtIn();
        ServicePicker picker = new ServicePicker(catalog);
        this.planner = new EventPlanner(book, picker);
        this.renderer = new ReportRenderer(book, picker);
    }

    /** The first {@code reports} files of the archive, in a stable order (site by site). */
    public List<ReportFile> layout(int reports) {
        List<ReportFile> out = new ArrayList<>(reports);
        for (int site = 1; out.size() < reports; site++) {
            for (ReportFile f : shape(site).files()) {
                if (out.size() == reports) {
                    break;
                }
                out.add(f);
            }
        }
        return out;
    }

    private SiteShape shape(int site) {
        return SiteShape.draw(site, Dice.of(seed, site));
    }

    /** The plan of event {@code event} of site {@code site}. */
    public EventPlan plan(int site, int event) {
        return planner.plan(event, Dice.of(seed, site, event));
    }

    /** The bytes of one file. */
    public byte[] content(ReportFile file) {
        SiteShape shape = shape(file.site());
        Dice dice = Dice.of(seed, file.site(), file.event(), 1 + file.language().ordinal());
        String text;
        if (file.event() == 0) {
            List<EventPlan> events = new ArrayList<>();
            for (int k = 1; k <= shape.eventDirs().size(); k++) {
                events.add(plan(file.site(), k));
            }
            text = renderer.renderSectionIndex(events, file.language(), dice);
        } else {
            text = renderer.render(plan(file.site(), file.event()), file.language(), dice);
        }
        if (shape.crlf()) {
            text = text.replace("\n", "\r\n");
        }
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!shape.bom()) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    /**
     * Writes the first {@code reports} files under {@code dir} (created when missing) with {@code threads}
     * threads.
     *
     * @return the number of bytes written
     */
    public long write(int reports, Path dir, int threads) throws IOException {
        List<ReportFile> files = layout(reports);
        Files.createDirectories(dir);
        AtomicLong bytes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> done = new ArrayList<>();
            int chunk = 64;
            for (int from = 0; from < files.size(); from += chunk) {
                List<ReportFile> part = files.subList(from, Math.min(files.size(), from + chunk));
                done.add(pool.submit(() -> {
                    for (ReportFile f : part) {
                        byte[] b = content(f);
                        Path p = dir.resolve(f.path());
                        try {
                            Files.createDirectories(p.getParent());
                            Files.write(p, b);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        bytes.addAndGet(b.length);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return bytes.get();
    }
}
