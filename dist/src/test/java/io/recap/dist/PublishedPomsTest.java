package io.recap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Maven Central refuses a POM without a name, a description, a project URL, a licence, a developer and an SCM
 * location. Every POM the {@code release} profile publishes — the modules of the build, less the artifacts its
 * central-publishing-maven-plugin leaves out of the bundle, and the parent POM they point to — must carry them,
 * itself or through its parent.
 */
class PublishedPomsTest {

    static final Path ROOT = Path.of(System.getProperty("recap.root", "..")).toAbsolutePath().normalize();

    @Test
    void theReleasePublishesTheLibrariesTheWebPageTheCliTheBomAndTheirParent() {
        assertThat(published().stream().map(Pom::artifactId))
                .containsExactlyInAnyOrder("recap-parent", "recap-bom", "recap-model", "recap-parser", "recap-index",
                        "recap-solr", "recap-web", "recap-cli");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedPoms")
    void carriesTheMetadataCentralRequires(String artifactId, Pom pom) {
        assertThat(pom.own("name")).as("%s: <name> (not inherited)", artifactId).isPresent().get()
                .asString().isNotBlank();
        assertThat(pom.own("description")).as("%s: its own <description>", artifactId).isPresent().get()
                .asString().isNotBlank();
        assertThat(pom.url()).as("%s: <url>", artifactId).get().asString().startsWith("https://");

        List<Element> licenses = pom.inheritedList("licenses", "license");
        assertThat(licenses).as("%s: <licenses>", artifactId).isNotEmpty();
        for (Element license : licenses) {
            assertThat(Pom.text(license, "name")).as("%s: licence name", artifactId).contains("Apache-2.0");
            assertThat(Pom.text(license, "url")).as("%s: licence url", artifactId)
                    .contains("https://www.apache.org/licenses/LICENSE-2.0.txt");
        }

        List<Element> developers = pom.inheritedList("developers", "developer");
        assertThat(developers).as("%s: <developers>", artifactId).isNotEmpty();
        for (Element developer : developers) {
            assertThat(Pom.text(developer, "name")).as("%s: developer name", artifactId).isPresent();
        }

        for (String element : List.of("url", "connection", "developerConnection")) {
            assertThat(pom.scm(element)).as("%s: <scm><%s>", artifactId, element).isPresent();
        }
        assertThat(pom.scm("connection").orElseThrow()).startsWith("scm:git:");
        assertThat(pom.scm("developerConnection").orElseThrow()).startsWith("scm:git:");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedPoms")
    void pointsAtTheProjectsOneHomeNotAtAModulePath(String artifactId, Pom pom) {
        // Maven appends the module's artifactId to inherited URLs unless the parent says not to: a link to
        // https://github.com/…/recap/recap-parser would lead nowhere.
        Pom root = Pom.read(ROOT.resolve("pom.xml"));
        assertThat(pom.url()).as("%s: <url>", artifactId).isEqualTo(root.url());
        for (String element : List.of("url", "connection", "developerConnection")) {
            assertThat(pom.scm(element)).as("%s: <scm><%s>", artifactId, element).isEqualTo(root.scm(element));
        }
    }

    @Test
    void theBomWhichHasNoParentSaysWhatTheParentSays() {
        Pom root = Pom.read(ROOT.resolve("pom.xml"));
        Pom bom = Pom.read(ROOT.resolve("bom/pom.xml"));
        assertThat(bom.parent()).isEmpty();
        for (String list : List.of("licenses", "developers")) {
            assertThat(xml(Pom.child(bom.project(), list).orElseThrow()))
                    .as("bom <%s>", list).isEqualTo(xml(Pom.child(root.project(), list).orElseThrow()));
        }
        assertThat(bom.own("inceptionYear")).isEqualTo(root.own("inceptionYear"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedPoms")
    void isSignedAndBundledByTheReleaseProfile(String artifactId, Pom pom) {
        // The BOM has no parent, so it repeats the profiles; a POM without them would be missing from the bundle.
        Pom withProfiles = pom.own("profiles").isPresent() ? pom : pom.parent().orElseThrow();
        Element release = profile(withProfiles, "release");
        assertThat(executions(release, "maven-gpg-plugin")).as("%s: signed on verify", artifactId)
                .containsExactly("verify:sign");
        assertThat(executions(release, "central-publishing-maven-plugin")).as("%s: bundled on verify", artifactId)
                .containsExactly("verify:publish");
        Pom root = Pom.read(ROOT.resolve("pom.xml"));
        for (String id : List.of("release-key-from-environment", "release-key-from-keyring")) {
            assertThat(xml(profile(withProfiles, id))).as("%s: profile %s", artifactId, id)
                    .isEqualTo(xml(profile(root, id)));
        }
    }

    static Stream<Object[]> publishedPoms() {
        return published().stream().map(p -> new Object[]{p.artifactId(), p});
    }

    /** The root POM and the modules it lists, less those the release profile keeps out of Central's bundle. */
    static List<Pom> published() {
        Pom root = Pom.read(ROOT.resolve("pom.xml"));
        List<Pom> all = new ArrayList<>();
        all.add(root);
        Element modules = Pom.child(root.project(), "modules").orElseThrow();
        for (Element module : Pom.children(modules, "module")) {
            all.add(Pom.read(ROOT.resolve(module.getTextContent().strip()).resolve("pom.xml")));
        }
        Set<String> excluded = excludedFromTheBundle(root);
        assertThat(excluded).as("artifacts left out of the bundle").contains("recap-bench", "recap-dist");
        return all.stream().filter(p -> !excluded.contains(p.artifactId())).toList();
    }

    /** {@code <excludeArtifacts>} of central-publishing-maven-plugin in the root POM's {@code release} profile. */
    static Set<String> excludedFromTheBundle(Pom root) {
        Set<String> excluded = new TreeSet<>();
        Element profiles = Pom.child(root.project(), "profiles").orElseThrow();
        for (Element profile : Pom.children(profiles, "profile")) {
            if (!Pom.text(profile, "id").orElse("").equals("release")) {
                continue;
            }
            Element plugins = Pom.child(Pom.child(profile, "build").orElseThrow(), "plugins").orElseThrow();
            for (Element plugin : Pom.children(plugins, "plugin")) {
                if (!Pom.text(plugin, "artifactId").orElse("").equals("central-publishing-maven-plugin")) {
                    continue;
                }
                for (Element execution : Pom.children(Pom.child(plugin, "executions").orElseThrow(), "execution")) {
                    Pom.child(execution, "configuration").flatMap(c -> Pom.child(c, "excludeArtifacts"))
                            .ifPresent(list -> Pom.children(list, "artifact")
                                    .forEach(a -> excluded.add(a.getTextContent().strip())));
                }
            }
        }
        return excluded;
    }

    private static Element profile(Pom pom, String id) {
        Element profiles = Pom.child(pom.project(), "profiles").orElseThrow();
        return Pom.children(profiles, "profile").stream()
                .filter(p -> Pom.text(p, "id").orElse("").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(pom.file() + ": no profile " + id));
    }

    /** "phase:goal" of each execution of a plugin in a profile's build. */
    private static List<String> executions(Element profile, String plugin) {
        List<String> out = new ArrayList<>();
        Element plugins = Pom.child(Pom.child(profile, "build").orElseThrow(), "plugins").orElseThrow();
        for (Element p : Pom.children(plugins, "plugin")) {
            if (Pom.text(p, "artifactId").orElse("").equals(plugin)) {
                for (Element execution : Pom.children(Pom.child(p, "executions").orElseThrow(), "execution")) {
                    for (Element goal : Pom.children(Pom.child(execution, "goals").orElseThrow(), "goal")) {
                        out.add(Pom.text(execution, "phase").orElse("?") + ":" + goal.getTextContent().strip());
                    }
                }
            }
        }
        return out;
    }

    private static String xml(Element e) {
        return e.getTextContent().replaceAll("\\s+", " ").strip();
    }
}
