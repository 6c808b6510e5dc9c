package io.recap.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One {@code pom.xml} of the build, read as the file Maven publishes (the build has no flattening: the POM
 * installed and deployed is the module's {@code pom.xml}, byte for byte), and the few rules of Maven's
 * inheritance that the metadata Central asks for follows: {@code url}, {@code licenses}, {@code developers} and
 * the elements of {@code scm} are inherited from the parent when absent, and an inherited {@code url} or
 * {@code scm} URL gets the module's artifactId appended unless the parent says
 * {@code child.…inherit.append.path="false"}. {@code name} is not inherited.
 */
record Pom(Path file, Element project, Optional<Pom> parent) {

    /** Reads {@code file} and, through {@code <parent><relativePath>} (default {@code ../pom.xml}), its parents. */
    static Pom read(Path file) {
        Element project = parse(file);
        Optional<Pom> parent = child(project, "parent").map(p -> {
            String relative = child(p, "relativePath").map(Pom::text).orElse("../pom.xml");
            Path parentFile = file.getParent().resolve(relative);
            if (Files.isDirectory(parentFile)) {
                parentFile = parentFile.resolve("pom.xml");
            }
            return read(parentFile.normalize());
        });
        return new Pom(file, project, parent);
    }

    /** {@code <artifactId>}. */
    String artifactId() {
        return own("artifactId").orElseThrow();
    }

    /** The text of a direct child element of {@code <project>}, from this file only. */
    Optional<String> own(String element) {
        return child(project, element).map(Pom::text);
    }

    /** {@code <url>} as Maven computes it for this module. */
    Optional<String> url() {
        Optional<String> own = own("url");
        if (own.isPresent() || parent.isEmpty()) {
            return own;
        }
        Pom p = parent.get();
        boolean append = !"false".equals(p.project.getAttribute("child.project.url.inherit.append.path"));
        return p.url().map(u -> append ? u + "/" + artifactId() : u);
    }

    /** An element of {@code <scm>} ({@code url}, {@code connection}, {@code developerConnection}) as Maven computes it. */
    Optional<String> scm(String element) {
        Optional<Element> scm = child(project, "scm");
        Optional<String> own = scm.flatMap(s -> child(s, element)).map(Pom::text);
        if (own.isPresent() || parent.isEmpty()) {
            return own;
        }
        Pom p = parent.get();
        boolean append = !"false".equals(child(p.project, "scm")
                .map(s -> s.getAttribute("child.scm." + element + ".inherit.append.path")).orElse(""));
        return p.scm(element).map(u -> append ? u + "/" + artifactId() : u);
    }

    /** The entries of a list element such as {@code licenses/license}, from this POM or the nearest parent that has it. */
    List<Element> inheritedList(String list, String entry) {
        Optional<Element> own = child(project, list);
        if (own.isEmpty()) {
            return parent.map(p -> p.inheritedList(list, entry)).orElse(List.of());
        }
        return children(own.get(), entry);
    }

    /** The text of a child element of {@code e}, or empty. */
    static Optional<String> text(Element e, String child) {
        return child(e, child).map(Pom::text).filter(t -> !t.isEmpty());
    }

    /** The direct child elements of {@code e} named {@code name}, in document order. */
    static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first direct child element of {@code e} named {@code name}. */
    static Optional<Element> child(Element e, String name) {
        List<Element> all = children(e, name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static String text(Element e) {
        return e.getTextContent().strip();
    }

    private static Element parse(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
