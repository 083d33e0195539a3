package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Splitter;
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
      List<String> cells = Splitter.on('|').trimResults().splitToList(lines.get(i));
      rows.put(cells.get(1), cells.get(2));
    }
    return rows;
  }

  /** The first number of a row's "Limit" cell: "±1,000, as written after e" is 1000. */
  private static long firstNumber(Map<String, String> rows, String what) {
    String cell = rows.get(what);
    if (cell == null) {
      throw new AssertionError("the table has no row " + what);
    }
    return firstNumber(cell);
  }

  /** The first number of a cell, with its thousands separators. */
  private static long firstNumber(String cell) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d[\\d,]*").matcher(cell);
    assertTrue(m.find(), cell);
    return Long.parseLong(m.group().replace(",", ""));
  }

  @Test
  void theJsonLimitsAreTheDefaults() throws IOException {
    Map<String, String> rows = rows();
    JsonLimits d = JsonLimits.defaults();
    assertEquals(d.maxDocumentLength(), firstNumber(rows, "JSON document length"));
    assertEquals(d.maxNesting(), firstNumber(rows, "JSON nesting"));
    assertEquals(d.maxStringLength(), firstNumber(rows, "JSON string or property name"));
    assertEquals(d.maxNumberLength(), firstNumber(rows, "JSON number length"));
    assertEquals(d.maxExponent(), firstNumber(rows, "JSON number exponent"));
  }

  @Test
  void theModelsLimitsAreEnforcedAsStated() throws IOException {
    Map<String, String> rows = rows();
    assertEquals(Disaggregation.MAX_LENGTH, firstNumber(rows, "Disaggregation text"));
    int identifier = (int) firstNumber(rows, "Identifier");
    assertEquals("a".repeat(identifier), ResultId.of("a".repeat(identifier)).code());
    assertThrows(InvalidValueException.class, () -> ResultId.of("a".repeat(identifier + 1)));
    assertFalse(rows.isEmpty());
  }
}
