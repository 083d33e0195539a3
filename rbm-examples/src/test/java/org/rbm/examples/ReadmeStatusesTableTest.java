package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.text.PerformanceTables;

/** The README's table of statuses agrees with ProgressStatus and the labels tables print. */
class ReadmeStatusesTableTest {

  /** The rows of the README table whose header starts with "| Status |". */
  private static List<List<String>> rows() throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    int at = lines.indexOf("| Status | Meaning | In a table (EN / FR / ES) |");
    for (int i = at + 2; at >= 0 && i < lines.size() && lines.get(i).startsWith("|"); i++) {
      List<String> cells = new ArrayList<>();
      for (String cell : Splitter.on('|').split(lines.get(i).substring(1))) {
        cells.add(cell.strip());
      }
      rows.add(cells);
    }
    return rows;
  }

  @Test
  void listsEveryStatusInOrderWithTheLabelsOfEachLanguage() throws IOException {
    List<String> expected = new ArrayList<>();
    for (ProgressStatus s : ProgressStatus.values()) {
      expected.add(
          "`" + s.name() + "` "
              + PerformanceTables.label(s, Locale.ENGLISH) + " / "
              + PerformanceTables.label(s, Locale.FRENCH) + " / "
              + PerformanceTables.label(s, Locale.forLanguageTag("es")));
    }
    List<String> actual = new ArrayList<>();
    for (List<String> row : rows()) {
      actual.add(row.get(0) + " " + row.get(2));
    }
    assertEquals(expected, actual);
  }
}
