package io.recap.bench.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The index baseline (issue 7, item 2): what someone would write with plain Lucene instead of recap — every
 * {@code *.md} file as one document, its raw text in one {@link TextField} analysed by {@link StandardAnalyzer}
 * and its path as a stored keyword; {@code threads} threads read and add files to one shared writer; one commit.
 */
public final class PlainLuceneIndexer {

    /** The text field. */
    public static final String TEXT = "text";
    /** The stored path field. */
    public static final String PATH = "path";

    private PlainLuceneIndexer() {
    }

    /**
     * Indexes the archive under {@code archive} into a new index at {@code index} (which must not hold one).
     *
     * @return the number of documents indexed
     */
    public static int index(Path archive, Path index, int threads) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(archive)) {
            files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (FSDirectory dir = FSDirectory.open(index); IndexWriter writer = new IndexWriter(dir, config)) {
            AtomicInteger next = new AtomicInteger();
            List<Thread> workers = new ArrayList<>();
            List<IOException> failures = new ArrayList<>();
            for (int t = 0; t < Math.max(1, threads); t++) {
                Thread w = new Thread(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                            Path f = files.get(i);
                            Document d = new Document();
                            d.add(new StringField(PATH, f.toString(), Field.Store.YES));
                            d.add(new TextField(TEXT, new String(Files.readAllBytes(f), StandardCharsets.UTF_8),
                                    Field.Store.NO));
                            writer.addDocument(d);
                        }
                    } catch (IOException e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                }, "plain-lucene-" + t);
                workers.add(w);
                w.start();
            }
            for (Thread w : workers) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            writer.commit();
        }
        return files.size();
    }
}
