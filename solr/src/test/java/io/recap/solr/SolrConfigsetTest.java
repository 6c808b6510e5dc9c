package io.recap.solr;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.index.internal.Documents;
import io.recap.index.internal.QueryTermsFilterFactory;
import io.recap.index.internal.Schema;
import io.recap.index.internal.TextAnalyzer;
import io.recap.model.Report;
import io.recap.parser.ReportParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The configset holds the local index's schema: its name carries the schema version, it declares every field
 * recap's documents have with the same properties, and its index-time analysis gives the same terms at the same
 * positions as the local index's analysis ({@link TextAnalyzer}), on the whole real corpus, the example archive
 * and words chosen to split. So a change to the local schema that the configset does not follow fails here.
 */
class SolrConfigsetTest {

    /** Words that exercise the splitting and folding: case changes, inner delimiters, digits, diacritics. */
    private static final String TRICKY = "CodeDeploy node.js dev_ops U.S.A. EC2 S3-bucket AWS's ElastiCache "
            + "iPhone X-Ray Tư Duy đám mây Điện toán ĐÁM MÂY naïve café SageMaker's v1.2.3 "
            + "DevOps/SecOps 2025-11-17 e-mail a.b.c";

    private static final Map<String, Element> FIELDS = new LinkedHashMap<>();
    private static final Map<String, Element> TYPES = new LinkedHashMap<>();
    private static String schemaName;
    private static List<Report> reports;

    @BeforeAll
    static void readTheSchemaAndTheReports() throws Exception {
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(SolrConfigset.read("schema.xml")));
        schemaName = xml.getDocumentElement().getAttribute("name");
        NodeList types = xml.getElementsByTagName("fieldType");
        for (int i = 0; i < types.getLength(); i++) {
            Element t = (Element) types.item(i);
            TYPES.put(t.getAttribute("name"), t);
        }
        NodeList fields = xml.getElementsByTagName("field");
        for (int i = 0; i < fields.getLength(); i++) {
            Element f = (Element) fields.item(i);
            FIELDS.put(f.getAttribute("name"), f);
        }
        ReportParser parser = ReportParser.builder().build();
        List<Path> roots = new ArrayList<>(List.of(TestCluster.examples()));
        roots.add(TestCluster.corpus());
        reports = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    reports.add(parser.parse(f));
                }
            }
        }
    }

    @Test
    void theSchemaIsNamedAfterTheLocalSchemaVersion() {
        assertThat(schemaName).isEqualTo("recap-" + Schema.VERSION).isEqualTo(SolrConfigset.NAME);
    }

    @Test
    void everyFieldOfRecapsDocumentsIsDeclaredWithTheSameProperties() {
        Map<String, FieldUse> uses = new HashMap<>();
        for (Report r : reports) {
            for (Document d : Documents.of(r, "parser")) {
                Map<String, Integer> values = new HashMap<>();
                for (IndexableField f : d) {
                    uses.computeIfAbsent(f.name(), n -> new FieldUse()).add(f);
                    if (f.fieldType().docValuesType() == DocValuesType.NONE || !isDocValuesOnly(f)) {
                        values.merge(f.name(), 1, Integer::sum);
                    }
                }
                values.forEach((name, n) -> uses.get(name).multi |= n > 1);
            }
        }
        assertThat(uses).hasSizeGreaterThan(30);
        List<String> wrong = new ArrayList<>();
        uses.forEach((name, use) -> {
            if (name.equals(Schema.JSON)) {
                use.stored = true; // Solr's binary fields have no doc values: the JSON is stored instead
                use.docValues = false;
            }
            Element f = FIELDS.get(name);
            if (f == null) {
                wrong.add(name + ": not declared");
                return;
            }
            Element type = TYPES.get(f.getAttribute("type"));
            boolean text = "solr.TextField".equals(type.getAttribute("class"));
            check(wrong, name, "indexed", use.indexed, bool(f, "indexed"));
            check(wrong, name, "stored", use.stored, bool(f, "stored"));
            check(wrong, name, "docValues", use.docValues || name.equals(Schema.ID), bool(f, "docValues"));
            check(wrong, name, "text", use.tokenized, text);
            check(wrong, name, "multiValued", use.multi && !text || use.multi && bool(f, "multiValued"),
                    bool(f, "multiValued"));
            check(wrong, name, "offsets", use.offsets, bool(f, "storeOffsetsWithPositions"));
            if (text) {
                check(wrong, name, "English", Schema.isEnglish(name), f.getAttribute("type").endsWith("_en"));
            }
        });
        assertThat(wrong).isEmpty();
        Set<String> extra = new TreeSet<>(FIELDS.keySet());
        extra.removeAll(uses.keySet());
        assertThat(extra).as("fields of Solr's alone").containsExactlyInAnyOrder("_version_", "route", "committed");
    }

    private static boolean isDocValuesOnly(IndexableField f) {
        return f.fieldType().indexOptions() == IndexOptions.NONE && !f.fieldType().stored()
                && f.fieldType().pointDimensionCount() == 0;
    }

    private static void check(List<String> wrong, String field, String property, boolean local, boolean solr) {
        if (local != solr) {
            wrong.add(field + ": " + property + " is " + solr + " in schema.xml, " + local + " in the local index");
        }
    }

    private static boolean bool(Element e, String attribute) {
        return "true".equals(e.getAttribute(attribute));
    }

    /** How the local index uses a field name. */
    private static final class FieldUse {
        boolean indexed;
        boolean stored;
        boolean docValues;
        boolean tokenized;
        boolean offsets;
        boolean multi;

        void add(IndexableField f) {
            var t = f.fieldType();
            indexed |= t.indexOptions() != IndexOptions.NONE || t.pointDimensionCount() > 0;
            stored |= t.stored();
            docValues |= t.docValuesType() != DocValuesType.NONE;
            tokenized |= t.tokenized() && t.indexOptions() != IndexOptions.NONE;
            offsets |= t.indexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
        }
    }

    @Test
    void theIndexAnalysisGivesTheLocalTermsAtTheLocalPositions() throws IOException {
        Analyzer folded = indexAnalyzer("text_recap");
        Analyzer english = indexAnalyzer("text_recap_en");
        Analyzer localAnalyzer = TextAnalyzer.forIndexing();
        List<String[]> values = new ArrayList<>();
        for (Report r : reports) {
            for (Document d : Documents.of(r, "parser")) {
                for (IndexableField f : d) {
                    if (f.fieldType().tokenized() && f.stringValue() != null) {
                        values.add(new String[]{f.name(), f.stringValue()});
                    }
                }
            }
        }
        for (String field : List.of(Schema.SESSION_TEXT, Schema.SESSION_TEXT + Schema.ENGLISH)) {
            values.add(new String[]{field, TRICKY});
        }
        assertThat(values).hasSizeGreaterThan(40_000);
        List<String> differ = new ArrayList<>();
        for (String[] v : values) {
            Analyzer solr = Schema.isEnglish(v[0]) ? english : folded;
            List<String> expected = terms(localAnalyzer, v[0], v[1]);
            List<String> actual = terms(solr, v[0], v[1]);
            if (!expected.equals(actual)) {
                differ.add(v[0] + " '" + v[1] + "': local " + expected + ", Solr " + actual);
            }
        }
        assertThat(differ).isEmpty();
        assertThat(terms(folded, Schema.SESSION_TEXT, "CodeDeploy node.js Tư"))
                .contains("0:codedeploy", "0:code", "1:deploy", "2:node.js", "2:node", "3:js", "2:nodejs",
                        "4:tu\uE000", "4:tư");
    }

    @Test
    void theAnalysisIsRecapsOwnSoWordsWithADelimiterAtOneEndAndPunctuationGapsAreAsLocal() throws IOException {
        // Solr's WordDelimiterGraphFilter would also index "_lead" as "lead", and no stock filter leaves a position
        // free at punctuation or marks folded forms: the configset names recap's own factories instead
        Analyzer solr = indexAnalyzer("text_recap");
        for (String text : List.of("_lead trail_", "code, deploy; CI/CD", "Tư Duy, đám mây")) {
            assertThat(terms(solr, Schema.SESSION_TEXT, text)).as(text)
                    .isEqualTo(terms(TextAnalyzer.forIndexing(), Schema.SESSION_TEXT, text));
        }
        assertThat(terms(solr, Schema.SESSION_TEXT, "code, deploy")).containsExactly("0:code", "2:deploy");
        assertThat(analyzerClasses()).as("text_recap: 3 at index time, 1 at query time; text_recap_en: 2 and 1")
                .hasSize(7).allSatisfy(c -> assertThat(c).startsWith("io.recap.index.internal."));
    }

    @Test
    void theQueryAnalysisLeavesTheTermsRecapSendsAsTheyAre() throws IOException {
        Analyzer query = analyzer(TYPES.get("text_recap"), "query");
        Analyzer englishQuery = analyzer(TYPES.get("text_recap_en"), "query");
        for (String[] sent : new String[][]{{"codedeploy"}, {"tư"}, {"node.js"}, {"đám"}, {"deploy"}, {"o'reilly"},
            {"dev_op"}}) {
            assertThat(terms(query, "f", sent[0])).containsExactly("0:" + sent[0]);
            assertThat(terms(englishQuery, "f", sent[0])).containsExactly("0:" + sent[0]);
        }
        String both = "dam" + QueryTermsFilterFactory.ALTERNATIVE + "đám";
        assertThat(terms(query, "f", both + " may")).as("terms at one position")
                .containsExactly("0:dam", "0:đám", "1:may");
        assertThat(terms(query, "f", "code " + QueryTermsFilterFactory.GAP + " deploy")).as("a position left free")
                .containsExactly("0:code", "2:deploy");
    }

    /** The classes schema.xml names for analysis (besides Solr's own factories, named by their SPI names). */
    private static List<String> analyzerClasses() {
        List<String> out = new ArrayList<>();
        for (Element type : TYPES.values()) {
            for (String tag : List.of("tokenizer", "filter")) {
                NodeList l = type.getElementsByTagName(tag);
                for (int i = 0; i < l.getLength(); i++) {
                    String c = ((Element) l.item(i)).getAttribute("class");
                    if (!c.isEmpty()) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theConfigsetIsWrittenToAFolderAndZipped(@TempDir Path dir) throws IOException {
        List<Path> written = SolrConfigset.write(dir.resolve("recap"));
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("schema.xml", "solrconfig.xml");
        for (Path p : written) {
            assertThat(Files.readAllBytes(p)).isEqualTo(SolrConfigset.read(p.getFileName().toString()));
        }
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(SolrConfigset.zip()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
                assertThat(zip.readAllBytes()).isEqualTo(SolrConfigset.read(e.getName()));
            }
        }
        assertThat(entries).containsExactly("schema.xml", "solrconfig.xml");
    }

    /** The index-time analyzer a field type of schema.xml declares, built from the same factories. */
    private static Analyzer indexAnalyzer(String type) throws IOException {
        return analyzer(TYPES.get(type), "index");
    }

    private static Analyzer analyzer(Element type, String kind) throws IOException {
        NodeList analyzers = type.getElementsByTagName("analyzer");
        for (int i = 0; i < analyzers.getLength(); i++) {
            Element a = (Element) analyzers.item(i);
            if (!a.getAttribute("type").equals(kind)) {
                continue;
            }
            Element tokenizer = (Element) a.getElementsByTagName("tokenizer").item(0);
            CustomAnalyzer.Builder b = CustomAnalyzer.builder();
            if (tokenizer.hasAttribute("class")) {
                b.withTokenizer(factory(tokenizer, TokenizerFactory.class), params(tokenizer));
            } else {
                b.withTokenizer(tokenizer.getAttribute("name"), params(tokenizer));
            }
            b.withPositionIncrementGap(Integer.parseInt(type.getAttribute("positionIncrementGap")));
            NodeList filters = a.getElementsByTagName("filter");
            for (int j = 0; j < filters.getLength(); j++) {
                Element f = (Element) filters.item(j);
                if (f.hasAttribute("class")) {
                    b.addTokenFilter(factory(f, TokenFilterFactory.class), params(f));
                } else {
                    b.addTokenFilter(f.getAttribute("name"), params(f));
                }
            }
            return b.build();
        }
        throw new AssertionError("no " + kind + " analyzer in " + type.getAttribute("name"));
    }

    /** The factory class an element names with {@code class}, as a Solr node loads it from its class path. */
    private static <T> Class<? extends T> factory(Element e, Class<T> kind) {
        try {
            return Class.forName(e.getAttribute("class")).asSubclass(kind);
        } catch (ClassNotFoundException ex) {
            throw new AssertionError("schema.xml names a class recap-index does not have", ex);
        }
    }

    private static Map<String, String> params(Element e) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            String name = e.getAttributes().item(i).getNodeName();
            if (!name.equals("name") && !name.equals("class")) {
                out.put(name, e.getAttributes().item(i).getNodeValue());
            }
        }
        return out;
    }

    /** {@code position:term} of each token, sorted (the order of tokens at one position does not matter). */
    private static List<String> terms(Analyzer a, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(position + ":" + term);
            }
            ts.end();
        }
        Collections.sort(out);
        return out;
    }
}
