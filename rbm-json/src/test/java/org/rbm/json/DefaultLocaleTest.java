package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rbm.core.milestones.Roadmap;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/**
 * JSON and every {@code parse}/{@code toString} pair of the model give the same text, with ASCII
 * digits, whatever the JVM's default locale: with ar-SA or fa-IR as the default, {@code
 * String.format("%d", 2008)} prints native digits ({@code ٢٠٠٨}) that no parser of the SDK reads.
 */
class DefaultLocaleTest {
  /** Locales whose default number format uses digits other than 0-9 (or did in some JDK). */
  private static final List<Locale> NATIVE_DIGIT_LOCALES =
      Stream.of("ar-SA", "fa-IR", "hi-IN", "th-TH")
          .map(Locale::forLanguageTag)
          .collect(Collectors.toList());

  private interface Check {
    void run() throws Exception;
  }

  /** Runs the check with each locale as the default for every category, then restores it. */
  private static void underEachLocale(Check check) throws Exception {
    Locale saved = Locale.getDefault();
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    try {
      for (Locale locale : NATIVE_DIGIT_LOCALES) {
        Locale.setDefault(locale); // sets the DISPLAY and FORMAT categories too
        check.run();
      }
    } finally {
      Locale.setDefault(saved);
      Locale.setDefault(Locale.Category.DISPLAY, display);
      Locale.setDefault(Locale.Category.FORMAT, format);
    }
  }

  static String nonAsciiDigits(String text) {
    StringBuilder found = new StringBuilder();
    text.codePoints()
        .filter(c -> Character.isDigit(c) && (c < '0' || c > '9'))
        .forEach(found::appendCodePoint);
    return found.toString();
  }

  @Test
  void findsNativeDigits() {
    // Arabic-Indic two, extended Arabic-Indic zero, Devanagari two, Thai eight.
    assertEquals(
        "\u0662\u06F0\u0968\u0E58", nonAsciiDigits("2008-09 \u0662 \u06F0 \u0968 x\u0E58"));
    assertEquals("", nonAsciiDigits("2008-09 ½ ²"));
  }

  @Test
  void everySupportedTypeAndDocumentRoundTripsWithAsciiDigits() throws Exception {
    underEachLocale(() -> {
      String tag = Locale.getDefault().toLanguageTag();
      for (RbmJson json : new RbmJson[] {RbmJson.strict(), RbmJson.strict().prettyPrinting()}) {
        RoundTripTest.EXAMPLES.forEach((type, value) -> {
          String text = json.write(value);
          assertEquals("", nonAsciiDigits(text), () -> tag + ": " + text);
          assertEquals(value, json.read(text, type), () -> tag + ": " + text);
        });
        // The two document types, read through their own entry points too.
        for (ResultsFramework framework :
            List.of(Examples.framework(), ProgressExamples.framework())) {
          String text = json.write(framework);
          assertTrue(text.contains("\"" + RbmJson.FORMAT + "\""), text);
          assertEquals("", nonAsciiDigits(text), tag);
          assertEquals(framework, json.readFramework(text), tag);
        }
      }
    });
    assertTrue(RoundTripTest.EXAMPLES.containsKey(Roadmap.class));
  }

  @Test
  void everyParseAndToStringPairRoundTripsWithAsciiDigits() throws Exception {
    Map<Class<?>, Method> parsers = parsers();
    // The discovery finds the pairs it should (checked by hand in the sources).
    assertTrue(
        parsers.keySet().containsAll(Set.of(PlanningPeriod.class, DateRange.class, ResultId.class)),
        parsers::toString);
    Set<String> withoutExamples = parsers.keySet().stream()
        .filter(type -> !RoundTripTest.EXAMPLES.containsKey(type))
        .map(Class::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), withoutExamples, "add examples to RoundTripTest.EXAMPLES");
    underEachLocale(() -> {
      String tag = Locale.getDefault().toLanguageTag();
      for (Map.Entry<Class<?>, Method> parser : parsers.entrySet()) {
        for (Object value : RoundTripTest.EXAMPLES.get(parser.getKey())) {
          String text = value.toString();
          assertEquals("", nonAsciiDigits(text), () -> tag + ": " + text);
          Object back;
          try {
            back = parser.getValue().invoke(null, text);
          } catch (InvocationTargetException e) {
            throw new AssertionError(tag + ": " + parser.getValue() + " refused " + text, e);
          }
          assertEquals(value, back, () -> tag + ": " + text);
        }
      }
    });
  }

  /**
   * Finds every public type of the SDK's exported packages with a public static {@code
   * parse(CharSequence)} or {@code parse(String)} that returns the type, by reading the modules'
   * descriptors and class files on the class path.
   */
  private static Map<Class<?>, Method> parsers() throws IOException {
    Map<Class<?>, Method> parsers = new TreeMap<>(Comparator.comparing(Class::getName));
    ClassLoader loader = DefaultLocaleTest.class.getClassLoader();
    for (URL url : Collections.list(loader.getResources("module-info.class"))) {
      ModuleDescriptor descriptor;
      try (InputStream in = url.openStream()) {
        descriptor = ModuleDescriptor.read(in);
      }
      if (!descriptor.name().startsWith("org.rbm.")) {
        continue;
      }
      String location = url.toString();
      if (location.startsWith("jar:")) {
        URI jar = URI.create(location.substring(0, location.indexOf("!/")));
        try (FileSystem fs = FileSystems.newFileSystem(jar, Map.of())) {
          addParsers(descriptor, fs.getPath("/"), loader, parsers);
        }
      } else {
        try {
          addParsers(descriptor, Path.of(url.toURI().resolve(".")), loader, parsers);
        } catch (URISyntaxException e) {
          throw new IllegalStateException(location, e);
        }
      }
    }
    return parsers;
  }

  private static void addParsers(
      ModuleDescriptor descriptor, Path root, ClassLoader loader, Map<Class<?>, Method> parsers)
      throws IOException {
    for (ModuleDescriptor.Exports export : descriptor.exports()) {
      Path dir = root.resolve(export.source().replace('.', '/'));
      List<String> names;
      try (Stream<Path> files = Files.list(dir)) {
        names = files.map(f -> f.getFileName().toString())
            .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
            .map(n -> export.source() + "." + n.substring(0, n.length() - ".class".length()))
            .collect(Collectors.toList());
      }
      for (String name : names) {
        Class<?> type;
        try {
          type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(name, e);
        }
        for (Method m : type.getDeclaredMethods()) {
          if (m.getName().equals("parse")
              && Modifier.isPublic(type.getModifiers())
              && Modifier.isPublic(m.getModifiers())
              && Modifier.isStatic(m.getModifiers())
              && m.getReturnType() == type
              && m.getParameterCount() == 1
              && m.getParameterTypes()[0].isAssignableFrom(String.class)) {
            parsers.put(type, m);
          }
        }
      }
    }
  }
}
