package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rbm.core.results.ResultsFramework;

/**
 * Whatever is done to a valid document, reading it gives a valid framework or an {@link
 * RbmJsonException} with a location inside the input: never another exception, never a hang.
 */
class CorruptedDocumentsTest {
  private static final RbmJson JSON = RbmJson.strict();
  private static final String DOCUMENT =
      JSON.prettyPrinting().write(SchemaConformanceTest.richFramework());
  /** Characters that change the structure or the meaning of a JSON text. */
  private static final String SIGNIFICANT = "{}[]:,\"\\ 0123456789.eE+-tfnulx\n";

  @Test
  void everyTruncationIsRejectedWithALocationInTheInput() {
    long lines = DOCUMENT.lines().count();
    for (int end = 0; end < DOCUMENT.length(); end++) {
      String prefix = DOCUMENT.substring(0, end);
      RbmJsonException e =
          assertThrows(RbmJsonException.class, () -> JSON.readFramework(prefix), prefix);
      assertTrue(e.line() >= 1 && e.line() <= Math.max(lines, 1), e::getMessage);
      assertTrue(e.column() >= 1, e::getMessage);
    }
  }

  @Test
  void anEditGivesAFrameworkOrAnRbmJsonException() {
    Gen<List<Integer>> edits = lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(1, 6);
    qt().withExamples(2000)
        .forAll(edits)
        .checkAssert(
            positions -> {
              StringBuilder edited = new StringBuilder(DOCUMENT);
              for (int p : positions) {
                int at = p % edited.length();
                char c = SIGNIFICANT.charAt((p / 7) % SIGNIFICANT.length());
                switch (p % 3) {
                  case 0 -> edited.setCharAt(at, c);
                  case 1 -> edited.insert(at, c);
                  default -> edited.deleteCharAt(at);
                }
              }
              readOrReject(edited.toString());
            });
  }

  private static void readOrReject(String input) {
    try {
      ResultsFramework f = JSON.readFramework(input);
      assertEquals(f, JSON.readFramework(JSON.write(f)));
    } catch (RbmJsonException e) {
      assertTrue(e.line() >= 1 && e.column() >= 1, e::getMessage);
    }
  }
}
