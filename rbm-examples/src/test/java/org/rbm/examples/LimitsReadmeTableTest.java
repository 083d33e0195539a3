package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.results.ResultId;
import org.rbm.json.JsonLimits;

/** The README's "Limits" table states the limits the code enforces by default. */
class LimitsReadmeTableTest {
  private static final String HEADER = "| What | Limit | Configurable by | Enforced by |";

  /** The table's rows: the "What" cell to the "Limit" cell. */
  private static Map<String, String> rows() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
    int at = lines.indexOf(HEADER);
    assertTrue(at >= 0, "the README has the table " + HEADER);
    Map<String, String> rows = new LinkedHashMap<>();
    for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String[] cells = lines.get(i).split("\\|");
      rows.put(cells[1].trim(), cells[2].trim());
    }
    return rows;
  }

  /** The first number of a cell, with its thousands separators: "±1,000, as written" is 1000. */
  private static long firstNumber(String cell) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d[\\d,]*").matcher(cell);
    assertTrue(m.find(), cell);
    return Long.parseLong(m.group().replace(",", ""));
  }

  @Test
  void theJsonLimitsAreTheDefaults() throws IOException {
    Map<String, String> rows = rows();
    JsonLimits d = JsonLimits.defaults();
    assertEquals(d.maxDocumentLength(), firstNumber(rows.get("JSON document length")));
    assertEquals(d.maxNesting(), firstNumber(rows.get("JSON nesting")));
    assertEquals(d.maxStringLength(), firstNumber(rows.get("JSON string or property name")));
    assertEquals(d.maxNumberLength(), firstNumber(rows.get("JSON number length")));
    assertEquals(d.maxExponent(), firstNumber(rows.get("JSON number exponent")));
  }

  @Test
  void theModelsLimitsAreEnforcedAsStated() throws IOException {
    Map<String, String> rows = rows();
    assertEquals(Disaggregation.MAX_LENGTH, firstNumber(rows.get("Disaggregation text")));
    int identifier = (int) firstNumber(rows.get("Identifier"));
    assertEquals("a".repeat(identifier), ResultId.of("a".repeat(identifier)).code());
    assertThrows(InvalidValueException.class, () -> ResultId.of("a".repeat(identifier + 1)));
    assertFalse(rows.isEmpty());
  }
}
