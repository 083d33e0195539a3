package org.rbm.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.rbm.core.results.ResultsFramework;
import org.rbm.json.RbmJson;

/** Writes the framework as a JSON document, reads it back and says whether the two are equal. */
final class JsonSection {
  private JsonSection() {}

  static boolean print(PrintStream out, ResultsFramework framework, Path targetDir)
      throws IOException {
    Path file = targetDir.resolve(framework.id() + ".json");
    RbmJson json = RbmJson.strict().prettyPrinting();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      json.write(framework, w);
    }
    ResultsFramework back;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      back = json.readFramework(r);
    }
    boolean equal = back.equals(framework);
    out.printf(
        Locale.ROOT, "Wrote %s (%,d bytes, format %s).%n", file, Files.size(file), RbmJson.FORMAT);
    out.println(
        equal
            ? "Read it back: the round trip gave an equal framework."
            : "Read it back: the round trip gave a DIFFERENT framework.");
    return equal;
  }
}
