package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table "Measures and IATI" names each measure once, with its IATI code. */
class MeasuresTableTest {
  private static final Pattern ROW = Pattern.compile("^\\| (.+?) \\| (\\d) \\(", Pattern.MULTILINE);
  private static final Pattern CONSTANT = Pattern.compile("`([A-Z_]+)`");

  @Test
  void theReadmeTableGivesEachMeasureItsIatiCode() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("### Measures and IATI");
    String table = readme.substring(start, readme.indexOf("\n\n", readme.indexOf("| `", start)));
    Map<Measure, Integer> documented = new EnumMap<>(Measure.class);
    Matcher row = ROW.matcher(table);
    while (row.find()) {
      Matcher constant = CONSTANT.matcher(row.group(1));
      while (constant.find()) {
        Integer before =
            documented.put(Measure.valueOf(constant.group(1)), Integer.parseInt(row.group(2)));
        assertEquals(null, before, constant.group(1) + " twice in the table");
      }
    }
    Map<Measure, Integer> actual = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      actual.put(m, m.iatiCode());
    }
    assertEquals(actual, documented);
  }
}
