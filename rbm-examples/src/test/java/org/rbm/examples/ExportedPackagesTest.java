package org.rbm.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every package a published module exports (to everyone or to named modules) carries
 * {@code @NullMarked} and {@code @CheckReturnValue} in its {@code package-info.java}, so that a
 * caller who drops a result ({@code roadmap.add(m);}) gets a compile error from Error Prone. The
 * annotations have class retention, so the sources are read: each module's {@code
 * module-info.java} for its {@code exports}, then each exported package's {@code package-info.java}.
 */
class ExportedPackagesTest {
  private static final Pattern EXPORTS =
      Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*(?:to\\s[^;]*)?;", Pattern.MULTILINE);

  static List<String> exportedPackages(String moduleInfo) {
    String code = moduleInfo.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    List<String> packages = new ArrayList<>();
    Matcher m = EXPORTS.matcher(code);
    while (m.find()) {
      packages.add(m.group(1));
    }
    return packages;
  }

  /** Whether the package declaration carries the annotation, by simple name (imported) or in full. */
  static boolean annotates(String packageInfo, String annotation) {
    String code = packageInfo.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    int declaration = code.indexOf("package ");
    if (declaration < 0) {
      return false;
    }
    String annotations = code.substring(0, declaration);
    String simple = annotation.substring(annotation.lastIndexOf('.') + 1);
    boolean imported = code.contains("import " + annotation + ";");
    return Pattern.compile("@" + Pattern.quote(annotation) + "\\b").matcher(annotations).find()
        || (imported && Pattern.compile("@" + simple + "\\b").matcher(annotations).find());
  }

  @Test
  void readsExportsToEveryoneAndToNamedModules() {
    String moduleInfo =
        """
        /** exports org.example.inComment; */
        module a.b {
          requires transitive c.d;
          exports a.b;
          // exports a.b.commentedOut;
          exports a.b.internal to e.f, g.h;
        }
        """;
    assertEquals(List.of("a.b", "a.b.internal"), exportedPackages(moduleInfo));
  }

  @Test
  void findsAnAnnotationOnlyOnThePackageDeclaration() {
    String annotated =
        """
        /** Docs. */
        @NullMarked
        @CheckReturnValue
        package a.b;

        import com.google.errorprone.annotations.CheckReturnValue;
        import org.jspecify.annotations.NullMarked;
        """;
    String qualified = "@com.google.errorprone.annotations.CheckReturnValue\npackage a.b;\n";
    String missing =
        """
        /** Put @CheckReturnValue here. */
        @NullMarked
        package a.b;

        import com.google.errorprone.annotations.CheckReturnValue;
        """;
    String notImported = "@CheckReturnValue\npackage a.b;\n";
    String crv = "com.google.errorprone.annotations.CheckReturnValue";
    assertTrue(annotates(annotated, crv));
    assertTrue(annotates(qualified, crv));
    assertFalse(annotates(missing, crv));
    assertFalse(annotates(notImported, crv));
  }

  @Test
  void everyExportedPackageChecksReturnValuesAndIsNullMarked() throws IOException {
    List<String> missing = new ArrayList<>();
    int packages = 0;
    for (String module : Repository.PUBLISHED_MODULES) {
      Path sources = Repository.root().resolve(module).resolve("src/main/java");
      String moduleInfo = Files.readString(sources.resolve("module-info.java"), UTF_8);
      for (String pkg : exportedPackages(moduleInfo)) {
        packages++;
        Path info = sources.resolve(pkg.replace('.', '/')).resolve("package-info.java");
        if (!Files.isRegularFile(info)) {
          missing.add(module + ": " + pkg + " has no package-info.java");
          continue;
        }
        String text = Files.readString(info, UTF_8);
        for (String annotation :
            List.of(
                "com.google.errorprone.annotations.CheckReturnValue",
                "org.jspecify.annotations.NullMarked")) {
          if (!annotates(text, annotation)) {
            missing.add(module + ": " + pkg + " lacks @" + annotation);
          }
        }
      }
    }
    assertTrue(packages >= 11, "found only " + packages + " exported packages");
    assertEquals(List.of(), missing);
  }
}
