package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.results.Result;

/**
 * What an IDE and the Javadoc show of rbm-core's builders and {@code with*} copies, most of which
 * Immutables generates: parameter names instead of {@code arg0} (the code is compiled with {@code
 * -parameters}), and builders whose methods Javadoc documents as the public builder's own (the
 * generated builder they extend is package-private, so Javadoc copies its members and their
 * comments into the public class instead of listing bare names inherited from a hidden class).
 */
class BuildersAndCopiesDocumentationTest {

  /** Every public class of rbm-core's exported packages (everything but {@code internal}). */
  private static List<Class<?>> publicCoreClasses() throws IOException, URISyntaxException {
    Path location =
        Path.of(Result.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files
            .map(p -> location.relativize(p).toString().replace('\\', '/'))
            .forEach(names::add);
      }
    } else {
      try (ZipFile jar = new ZipFile(location.toFile())) {
        Collections.list(jar.entries()).forEach(e -> names.add(e.getName()));
      }
    }
    List<Class<?>> out = new ArrayList<>();
    for (String name : names) {
      if (name.startsWith("org/rbm/core/")
          && name.endsWith(".class")
          && !name.startsWith("org/rbm/core/internal/")
          && !name.endsWith("module-info.class")
          && !name.endsWith("package-info.class")) {
        String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        try {
          Class<?> c = Class.forName(className, false, Result.class.getClassLoader());
          if (Modifier.isPublic(c.getModifiers())) {
            out.add(c);
          }
        } catch (ClassNotFoundException e) {
          throw new AssertionError(className, e);
        }
      }
    }
    return out;
  }

  @Test
  void copiesNameTheirParameters() throws NoSuchMethodException {
    Method withTitle = Result.class.getMethod("withTitle", String.class);
    assertEquals("value", withTitle.getParameters()[0].getName());
    Method withUnit = Indicator.class.getMethod("withUnit", String.class);
    assertEquals("value", withUnit.getParameters()[0].getName());
  }

  @Test
  void builderMethodsNameTheirParameters() throws NoSuchMethodException {
    Method title = Result.Builder.class.getMethod("title", String.class);
    assertEquals("title", title.getParameters()[0].getName());
    Method addIndicator = Result.Builder.class.getMethod("addIndicator", Indicator.class);
    assertEquals("element", addIndicator.getParameters()[0].getName());
  }

  @Test
  void everyPublicMethodOfTheModelNamesItsParameters() throws Exception {
    List<String> unnamed = new ArrayList<>();
    int checked = 0;
    for (Class<?> c : publicCoreClasses()) {
      for (Method m : c.getMethods()) {
        if (m.getDeclaringClass().getName().startsWith("org.rbm.core.") && !m.isSynthetic()) {
          for (Parameter p : m.getParameters()) {
            checked++;
            if (!p.isNamePresent()) {
              unnamed.add(c.getSimpleName() + "." + m.getName() + ": " + p.getName());
            }
          }
        }
      }
    }
    assertTrue(checked > 100, "the model's public methods were found: " + checked);
    assertEquals(List.of(), unnamed);
  }

  @Test
  void publicBuildersExtendAPackagePrivateGeneratedBuilder() throws Exception {
    List<String> builders = new ArrayList<>();
    for (Class<?> c : publicCoreClasses()) {
      Class<?> generated = c.getSuperclass();
      if (generated != null
          && generated.getEnclosingClass() != null
          && generated.getEnclosingClass().getSimpleName().startsWith("Immutable")) {
        builders.add(c.getName());
        assertFalse(
            Modifier.isPublic(generated.getModifiers()),
            c.getName() + " extends " + generated.getName() + ", which must not be public");
        assertEquals(
            c, c.getMethod("build").getDeclaringClass(),
            c.getName() + " declares build() itself, as Javadoc shows it");
      }
    }
    assertTrue(builders.contains(Result.Builder.class.getName()), builders.toString());
    assertTrue(builders.contains(Indicator.Builder.class.getName()), builders.toString());
  }
}
