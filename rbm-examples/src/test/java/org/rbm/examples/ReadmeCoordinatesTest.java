package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The README's "Use it in your project" section against the real build: every coordinate, scope and
 * version in its snippets and table, and every module name its {@code requires} snippet names, is
 * that of a published module's POM, of the BOM, or of its {@code module-info.java}. A module
 * renamed, a version bumped or a module added without its README line fails here.
 */
class ReadmeCoordinatesTest {
  private static final String GROUP = "org.rbm";
  private static final String SECTION = "## Use it in your project";

  private static final Path ROOT =
      Path.of(System.getProperty("rbm.projectRoot", "..")).toAbsolutePath().normalize();

  /** A dependency as a snippet or a POM names it; absent elements are empty strings. */
  private record Dep(String groupId, String artifactId, String version, String type, String scope) {
    String key() {
      return groupId + ":" + artifactId;
    }
  }

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }

  private static String section() throws IOException {
    String readme = readme();
    int start = readme.indexOf("\n" + SECTION + "\n");
    assertTrue(start >= 0, "README.md has a section '" + SECTION + "'");
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static List<String> blocks(String text, String language) {
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(text);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static Document xml(String text) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setNamespaceAware(false);
      // A snippet may be a fragment with several elements at the top: give it one root.
      String wrapped = text.startsWith("<?xml") ? text : "<snippet>" + text + "</snippet>";
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(wrapped)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + text, e);
    }
  }

  private static Document pom(String module) throws IOException {
    Path path = module.isEmpty() ? ROOT.resolve("pom.xml") : ROOT.resolve(module).resolve("pom.xml");
    return xml(Files.readString(path, StandardCharsets.UTF_8));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? "" : found.get(0).getTextContent().trim();
  }

  private static Dep dep(Element e) {
    return new Dep(
        text(e, "groupId"), text(e, "artifactId"), text(e, "version"), text(e, "type"),
        text(e, "scope"));
  }

  private static List<Dep> dependencies(Document d) {
    NodeList list = d.getElementsByTagName("dependency");
    List<Dep> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add(dep((Element) list.item(i)));
    }
    return out;
  }

  /** The project's own version, from the parent POM. */
  private static String projectVersion() throws IOException {
    return text(pom("").getDocumentElement(), "version");
  }

  /**
   * Published modules by artifact id (every module of the parent but those that set {@code
   * rbm.skipPublishedJarsCheck}: the examples and the benchmarks), with packaging.
   */
  private static Map<String, String> publishedModules() throws IOException {
    Element parent = pom("").getDocumentElement();
    String version = projectVersion();
    Map<String, String> out = new LinkedHashMap<>();
    for (Element m : children(children(parent, "modules").get(0), "module")) {
      String dir = m.getTextContent().trim();
      Element p = pom(dir).getDocumentElement();
      String artifactId = text(p, "artifactId");
      assertEquals(dir, artifactId, "module directory and artifact id");
      List<Element> parentRef = children(p, "parent");
      String group = parentRef.isEmpty() ? text(p, "groupId") : text(parentRef.get(0), "groupId");
      String own = text(p, "version");
      String moduleVersion =
          own.isEmpty() ? text(parentRef.get(0), "version") : own;
      assertEquals(GROUP, group, artifactId + " groupId");
      assertEquals(version, moduleVersion, artifactId + " version");
      // Modules that are not published (the examples, the benchmarks) say so with this property.
      boolean unpublished = children(p, "properties").stream()
          .anyMatch(props -> text(props, "rbm.skipPublishedJarsCheck").equals("true"));
      if (!unpublished) {
        String packaging = text(p, "packaging");
        out.put(artifactId, packaging.isEmpty() ? "jar" : packaging);
      }
    }
    return out;
  }

  /** What the BOM manages: its own entries, keyed by groupId:artifactId. */
  private static Map<String, Dep> bomEntries() throws IOException {
    Map<String, Dep> out = new LinkedHashMap<>();
    for (Dep d : dependencies(pom("rbm-bom"))) {
      out.put(d.key(), d);
    }
    return out;
  }

  /** The Java module name each published jar module declares in its module-info.java. */
  private static Map<String, String> javaModules() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    Pattern declaration = Pattern.compile("(?m)^module\\s+([\\w.]+)\\s*\\{");
    for (String artifactId : publishedModules().keySet()) {
      Path info = ROOT.resolve(artifactId).resolve("src/main/java/module-info.java");
      if (Files.exists(info)) {
        Matcher m = declaration.matcher(Files.readString(info, StandardCharsets.UTF_8));
        assertTrue(m.find(), info + " declares a module");
        out.put(artifactId, m.group(1));
      }
    }
    return out;
  }

  private static Dep managed(Map<String, Dep> bom, String key) {
    Dep entry = bom.get(key);
    if (entry == null) {
      throw new AssertionError("rbm-bom manages " + key + ", among " + bom.keySet());
    }
    return entry;
  }

  private static Optional<String> parentProperty(String name) throws IOException {
    List<Element> props = children(pom("").getDocumentElement(), "properties");
    String value = props.isEmpty() ? "" : text(props.get(0), name);
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  @Test
  void bomManagesEveryPublishedModuleAtTheProjectVersionAndTheTestLibrariesOfTheBuild()
      throws IOException {
    Map<String, Dep> bom = bomEntries();
    String version = projectVersion();
    for (Map.Entry<String, String> m : publishedModules().entrySet()) {
      if (m.getValue().equals("jar")) {
        Dep entry = managed(bom, GROUP + ":" + m.getKey());
        assertEquals(version, entry.version(), "rbm-bom's version of " + m.getKey());
      }
    }
    assertEquals(
        parentProperty("quicktheories.version").orElseThrow(),
        managed(bom, "org.quicktheories:quicktheories").version(),
        "rbm-bom's QuickTheories is the one the testkit is built with");
    Dep junit = managed(bom, "org.junit:junit-bom");
    assertEquals(
        parentProperty("junit.version").orElseThrow(), junit.version(),
        "rbm-bom's JUnit is the one the SDK is tested with");
    assertEquals("import", junit.scope());
    assertEquals("pom", junit.type());
    Element bomProject = pom("rbm-bom").getDocumentElement();
    assertEquals("pom", text(bomProject, "packaging"));
    assertEquals(
        List.of(), children(bomProject, "dependencies"),
        "rbm-bom holds dependencyManagement only, no dependencies of its own");
  }

  @Test
  void everyXmlSnippetOfTheReadmeNamesRealCoordinates() throws IOException {
    Map<String, String> modules = publishedModules();
    Map<String, Dep> bom = bomEntries();
    String version = projectVersion();
    List<String> snippets = blocks(readme(), "xml");
    assertFalse(snippets.isEmpty(), "README.md has XML snippets");
    for (String snippet : snippets) {
      for (Dep d : dependencies(xml(snippet))) {
        String where = d.key() + " in\n" + snippet;
        if (d.groupId().equals(GROUP)) {
          assertTrue(modules.containsKey(d.artifactId()), "a published module: " + where);
          if (!d.version().isEmpty()) {
            assertEquals(version, d.version(), "the project's version: " + where);
          }
          String packaging = modules.getOrDefault(d.artifactId(), "");
          if (packaging.equals("pom")) {
            assertEquals("pom", d.type(), "the BOM is imported as a pom: " + where);
            assertEquals("import", d.scope(), "the BOM is imported: " + where);
          } else {
            assertEquals("", d.type(), "a jar: " + where);
          }
        } else {
          boolean managed =
              bom.containsKey(d.key())
                  || (d.groupId().startsWith("org.junit.") && bom.containsKey("org.junit:junit-bom"));
          assertTrue(managed, "managed by rbm-bom: " + where);
          assertEquals("", d.version(), "its version comes from rbm-bom: " + where);
        }
        assertTrue(
            Set.of("", "compile", "test", "import", "runtime").contains(d.scope()),
            "a scope Maven knows: " + where);
      }
    }
  }

  @Test
  void theSectionImportsTheBomThenNamesEveryJarModuleWithoutVersions() throws IOException {
    List<String> snippets = blocks(section(), "xml");
    assertEquals(2, snippets.size(), "the BOM import, then the dependencies");

    Element management = xml(snippets.get(0)).getDocumentElement();
    assertEquals(1, management.getElementsByTagName("dependencyManagement").getLength());
    List<Dep> imported = dependencies(xml(snippets.get(0)));
    assertEquals(
        List.of(new Dep(GROUP, "rbm-bom", projectVersion(), "pom", "import")), imported);

    Map<String, String> scopes = new LinkedHashMap<>();
    for (Dep d : dependencies(xml(snippets.get(1)))) {
      assertEquals("", d.version(), d.key() + " takes its version from the BOM");
      scopes.put(d.key(), d.scope());
    }
    Map<String, String> expected = new LinkedHashMap<>();
    for (Map.Entry<String, String> m : publishedModules().entrySet()) {
      if (m.getValue().equals("jar")) {
        expected.put(GROUP + ":" + m.getKey(), m.getKey().equals("rbm-testkit") ? "test" : "");
      }
    }
    expected.put("org.junit.jupiter:junit-jupiter", "test");
    assertEquals(
        expected, scopes,
        "every published jar module once, the testkit and JUnit as test dependencies");
  }

  @Test
  void theSectionsTableGivesEachModulesCoordinatesAndJavaModule() throws IOException {
    String section = section();
    String version = projectVersion();
    Map<String, String> javaModules = javaModules();
    Pattern row =
        Pattern.compile("(?m)^\\|[^|]*\\| `" + Pattern.quote(GROUP) + ":([\\w-]+):([^`]+)`[^|]*\\| ([^|]*)\\|");
    Matcher m = row.matcher(section);
    Map<String, String> table = new LinkedHashMap<>();
    while (m.find()) {
      assertEquals(version, m.group(2), m.group(1) + "'s version in the table");
      table.put(m.group(1), m.group(3).trim().replace("`", ""));
    }
    Map<String, String> expected = new LinkedHashMap<>();
    for (String artifactId : publishedModules().keySet()) {
      expected.put(artifactId, javaModules.getOrDefault(artifactId, "–"));
    }
    assertEquals(expected, table);
  }

  @Test
  void theSectionsRequiresNameTheModulesOfThePublishedJars() throws IOException {
    Set<String> names = new LinkedHashSet<>(javaModules().values());
    List<String> java =
        blocks(section(), "java").stream().filter(b -> b.contains("requires")).toList();
    assertEquals(1, java.size(), "one module-info snippet");
    Matcher m = Pattern.compile("requires\\s+([\\w.]+)\\s*;").matcher(java.get(0));
    Set<String> required = new LinkedHashSet<>();
    while (m.find()) {
      required.add(m.group(1));
    }
    assertEquals(Set.of("org.rbm.core", "org.rbm.json", "org.rbm.text"), required);
    assertTrue(names.containsAll(required), required + " are among " + names);
  }

  @Test
  void theSectionSaysHowToInstallAndWhichTestLibraryVersionsTheBomManages() throws IOException {
    String section = section();
    assertTrue(section.contains("mvn -B -ntp install -DskipTests"), "the install command");
    Map<String, Dep> bom = bomEntries();
    assertTrue(section.contains("JUnit in the version the BOM manages ("
        + managed(bom, "org.junit:junit-bom").version() + ")"), "JUnit's version");
    assertTrue(section.contains("QuickTheories ("
        + managed(bom, "org.quicktheories:quicktheories").version() + ", also managed by the BOM)"),
        "QuickTheories' version");
  }
}
