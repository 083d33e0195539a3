package org.rbm.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's checkout, for tests that read the other modules' sources and the API listing. */
final class Repository {
  /** The published modules, by artifact id, in the order of the build. */
  static final String[] PUBLISHED_MODULES = {
      "rbm-core", "rbm-text", "rbm-json", "rbm-testkit", "rbm-store", "rbm-jackson",
      "rbm-iati"};

  private Repository() {}

  /**
   * Returns the repository's root: the nearest directory, from the working directory up, that holds
   * {@code rbm-core/pom.xml}.
   */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("rbm-core").resolve("pom.xml"))) {
        return d;
      }
    }
    throw new IllegalStateException("no rbm-core/pom.xml above " + dir);
  }
}
