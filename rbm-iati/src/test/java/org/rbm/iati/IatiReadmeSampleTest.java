package org.rbm.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.rules.ValidationReport;

/** The sample of README.md's "IATI (rbm-iati)", kept compiling, true and in the README. */
class IatiReadmeSampleTest {
  @TempDir Path dir;

  @Test
  void theSampleDoesWhatTheReadmeSays() throws IOException {
    Path file = dir.resolve("activities.xml");
    Files.write(file, Examples.bytes(Examples.ANNOTATED));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // README sample starts
    for (IatiImport imported : IatiReader.lenient().readAll(file)) {  // or .read(file, consumer)
      ResultsFramework framework = imported.framework();     // id: the iati-identifier
      List<ImportFinding> guesses = imported.findings();     // line, column, path, found, assumed
      ValidationReport iati = IatiRules.validator().validate(imported.activity()); // 8.6.1 ... 8.11.1
      WriteReport report = IatiWriter.write(imported,       // unchanged results as they were read
          IatiHeader.of(framework, "AA-AAA-123456789", "40"), out);
    // README sample ends
      assertEquals("AA-AAA-123456789-ABC123", framework.id().code());
      assertTrue(guesses.stream().anyMatch(g -> g.code().equals("IATI-IMPORT-LOCATION")));
      assertEquals(1, iati.findings().size()); // 8.11.1: references on result and indicator
      assertTrue(report.isComplete());
    }
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String sample = Files.readString(
        Path.of("src/test/java/org/rbm/iati/IatiReadmeSampleTest.java"), StandardCharsets.UTF_8);
    String code = sample.substring(
        sample.indexOf("\n", sample.indexOf("// README sample starts")) + 1,
        sample.indexOf("    // README sample ends"));
    StringBuilder dedented = new StringBuilder();
    for (String line : code.split("\n", -1)) {
      dedented.append(line.length() >= 4 ? line.substring(4) : line).append('\n');
    }
    String expected = dedented.toString().stripTrailing() + "\n}\n";
    assertTrue(readme.contains(expected), "README.md holds the sample:\n" + expected);
  }
}
