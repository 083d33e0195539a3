package org.rbm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.progress.PerformanceTable;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressSettings;

/** The performance table with a row per category of a dimension (issue 10, point 2). */
class PerformanceTableBreakdownTest {
  /** See {@link TrainedBySex#framework} with targets by sex. */
  private static PerformanceTable table() {
    return ProgressCalculator.of(ProgressSettings.defaults())
        .report(TrainedBySex.framework(true), LocalDate.of(2026, 1, 15))
        .table();
  }

  @Test
  void markdownHasARowPerSexUnderTheIndicator() {
    List<String> lines =
        PerformanceTables.render(table(), "sex", TableFormat.MARKDOWN).lines().toList();
    assertEquals(
        "| Indicator | sex | Title | Baseline | 2025 target | 2025 actual | 2025 % met | 2025 status"
            + " | Plan target | Target to date | Actual to date | Whole plan % met"
            + " | Whole plan status |",
        lines.get(2));
    assertEquals("| **R1** |  | **result: The only result** |" + "  |".repeat(10), lines.get(4));
    // The indicator's own row says Total; female: 60 of her own target of 50 is 120.0%; male: 45
    // of 50 is 90.0%; a category has no baseline, status or whole-plan figures.
    assertStartsWith("| IND-1 | Total | People trained | - | 100 | 105 |", lines.get(5));
    assertEquals(
        "| IND-1 | female |  | - | 50 | 60 | 120.0% | - | - | - | - | - | - |", lines.get(6));
    assertEquals(
        "| IND-1 | male |  | - | 50 | 45 | 90.0% | - | - | - | - | - | - |", lines.get(7));
    // IND-2 has no breakdown by sex: its own row only, and the table ends there.
    assertStartsWith("| IND-2 | Total | Manuals printed | - | 10 | 9 | 90.0% |", lines.get(8));
    assertEquals(9, lines.size());
  }

  @Test
  void csvRepeatsTheTitleOnEachCategoryRow() {
    List<String> lines =
        PerformanceTables.render(table(), "sex", TableFormat.CSV).lines().toList();
    assertEquals(
        "Result,Level,Result title,Indicator,sex,Title,Unit,Baseline,2025 target,2025 actual,"
            + "2025 % met,2025 status,Plan target,Target to date,Actual to date,Whole plan % met,"
            + "Whole plan status",
        lines.get(0));
    // Status and the five whole-plan cells empty: six commas after the % met.
    assertEquals(
        "R1,result,The only result,IND-1,female,People trained,,,50,60,120.0%,,,,,,", lines.get(2));
    assertEquals(
        "R1,result,The only result,IND-1,male,People trained,,,50,45,90.0%,,,,,,", lines.get(3));
    assertEquals(5, lines.size());
  }

  @Test
  void plainTextKeepsItsColumnGroupsAfterTheCategoryColumn() {
    List<String> lines =
        PerformanceTables.render(table(), "sex", TableFormat.PLAIN_TEXT).lines().toList();
    // Heading, blank, two header lines, the result, three rows for IND-1, one for IND-2.
    assertEquals(9, lines.size(), String.join("\n", lines));
    String female = lines.get(6);
    // "Indicator" is wider than "  IND-1", and "female" is the widest in the sex column.
    assertStartsWith("  IND-1    female  ", female);
    // Four fixed columns, then the 2025 group: its first bar follows the baseline's "-".
    assertEquals(2, female.chars().filter(c -> c == '|').count(), female);
    assertEquals(true, female.contains("| 50      60      120.0%"), female);
  }

  @Test
  void aDimensionNoIndicatorUsesGivesOnlyTotals() {
    List<String> lines =
        PerformanceTables.render(table(), "age", TableFormat.CSV).lines().toList();
    assertEquals(3, lines.size());
    assertStartsWith("R1,result,The only result,IND-1,Total,People trained,", lines.get(1));
  }

  private static void assertStartsWith(String expected, String actual) {
    assertEquals(expected, actual.substring(0, Math.min(expected.length(), actual.length())));
  }

  @Test
  void aBlankDimensionIsRefused() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> PerformanceTables.render(table(), " ", TableFormat.CSV));
    assertEquals("dimension: got \" \", expected a dimension's name, not blank", e.getMessage());
  }
}
