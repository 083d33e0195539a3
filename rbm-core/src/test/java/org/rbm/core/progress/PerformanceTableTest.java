package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.progress.Fixtures.PERCENT;
import static org.rbm.core.progress.Fixtures.date;
import static org.rbm.core.progress.Fixtures.n;
import static org.rbm.core.progress.Fixtures.year;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Measure;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

class PerformanceTableTest {
  /**
   * O1 (outcome, no indicator) → P1 (output) with IND-1, people trained: baseline 10; 2008 target
   * 40, actual 38; 2009 target 60, no actual yet.
   */
  private static ResultsFramework framework() {
    return ResultsFramework.builder()
        .id(FrameworkId.of("TT"))
        .title("Test table")
        .owner("Tests")
        .planningPeriod(PlanningPeriod.of(2008, 2009))
        .levelScheme(LevelScheme.of("two", "outcome", "output"))
        .addResult(Result.builder().id(ResultId.of("O1")).level("outcome").title("Reach people").build())
        .addResult(
            Result.builder()
                .id(ResultId.of("P1"))
                .level("output")
                .title("Train people, in pairs")
                .parent(ResultId.of("O1"))
                .addIndicator(
                    Fixtures.indicator("IND-1", Measure.COUNT, Direction.INCREASE)
                        .title("People trained")
                        .unit("people")
                        .baseline(Baseline.of(n("10")))
                        .addPeriod(year(2008, n("40"), n("38")))
                        .addPeriod(year(2009, n("60"), null))
                        .build())
                .build())
        .build();
  }

  private static PerformanceTable table() {
    ResultsFramework f = framework();
    return PerformanceTable.of(f, ProgressCalculator.of(PERCENT).framework(f, date("2009-06-30")));
  }

  @Test
  void hasOneGroupPerResultInTreeOrderAndOneRowPerIndicator() {
    PerformanceTable t = table();
    assertEquals(List.of(DateRange.ofYear(2008), DateRange.ofYear(2009)), t.columns());
    assertEquals(2, t.groups().size());
    PerformanceGroup o1 = t.groups().get(0);
    assertEquals(ResultId.of("O1"), o1.result());
    assertEquals(0, o1.depth());
    assertTrue(o1.rows().isEmpty());
    PerformanceGroup p1 = t.groups().get(1);
    assertEquals(1, p1.depth());
    PerformanceRow row = p1.rows().get(0);
    assertEquals("People trained", row.title());
    assertEquals(ProgressStatus.ON_TRACK, java.util.Objects.requireNonNull(row.periods().get(DateRange.ofYear(2008))).status());
    assertEquals(ProgressStatus.NOT_YET_DUE, java.util.Objects.requireNonNull(row.periods().get(DateRange.ofYear(2009))).status());
    assertEquals(Aggregation.SUM, row.plan().aggregation());
  }

  @Test
  void rendersCsvWithOneRowPerIndicator() {
    // 38/40 = 95.0%; the plan sums the completed 2008 only, and its target is 40 + 60 = 100.
    assertEquals(
        "Result,Level,Result title,Indicator,Title,Unit,Baseline,"
            + "2008 target,2008 actual,2008 % met,2008 status,"
            + "2009 target,2009 actual,2009 % met,2009 status,"
            + "Plan target,Target to date,Actual to date,Whole plan % met,Whole plan status\r\n"
            + "P1,output,\"Train people, in pairs\",IND-1,People trained,people,10,"
            + "40,38,95.0%,on track,60,,,not yet due,100,40,38,95.0%,on track\r\n",
        table().toCsv());
  }

  @Test
  void rendersMarkdownWithABoldRowPerResult() {
    String md = table().toMarkdown();
    List<String> lines = md.lines().toList();
    assertEquals(
        "**Performance of Test table (TT) as of 2009-06-30; % met = actual / target**", lines.get(0));
    assertEquals("", lines.get(1));
    assertEquals(
        "| Indicator | Title | Baseline | 2008 target | 2008 actual | 2008 % met | 2008 status"
            + " | 2009 target | 2009 actual | 2009 % met | 2009 status | Plan target | Target to date"
            + " | Actual to date | Whole plan % met | Whole plan status |",
        lines.get(2));
    assertEquals("|" + " --- |".repeat(16), lines.get(3));
    assertEquals("| **O1** | **outcome: Reach people** |" + "  |".repeat(14), lines.get(4));
    assertEquals(
        "| IND-1 | People trained | 10 | 40 | 38 | 95.0% | on track | 60 | - | - | not yet due"
            + " | 100 | 40 | 38 | 95.0% | on track |",
        lines.get(6));
  }

  @Test
  void rendersAlignedPlainText() {
    List<String> lines = table().toPlainText().lines().toList();
    assertEquals(
        "Performance of Test table (TT) as of 2009-06-30; % met = actual / target", lines.get(0));
    assertEquals("O1 [outcome] Reach people", lines.get(4));
    assertEquals("  P1 [output] Train people, in pairs", lines.get(5));
    String row = lines.get(6);
    assertTrue(row.startsWith("    IND-1  People trained  10 "), row);
    List<String> groups = new ArrayList<>();
    for (String g : com.google.common.base.Splitter.on(" | ").split(row)) {
      groups.add(g.strip().replaceAll(" {2,}", "/"));
    }
    assertEquals(
        List.of(
            "IND-1/People trained/10",
            "40/38/95.0%/on track",
            "60/-/-/not yet due",
            "100/40/38/95.0%/on track"),
        groups);
    // The two header lines and the row put their column-group separators at the same places.
    assertEquals(bars(lines.get(2)), bars(row));
    assertEquals(bars(lines.get(3)), bars(row));
    assertTrue(lines.get(2).contains("| 2008 "), lines.get(2));
    assertTrue(lines.get(2).contains("| Whole plan"), lines.get(2));
  }

  private static List<Integer> bars(String line) {
    List<Integer> at = new ArrayList<>();
    for (int i = line.indexOf(" | "); i >= 0; i = line.indexOf(" | ", i + 1)) {
      at.add(i);
    }
    return at;
  }

  @Test
  void longPeriodLabelsWidenTheirColumnInPlainText() {
    ResultsFramework f =
        Fixtures.framework(
            Fixtures.indicator("IND-1", Measure.COUNT, Direction.INCREASE)
                .addPeriod(
                    Fixtures.period(
                        DateRange.of(date("2008-01-15"), date("2008-02-14")), n("4"), n("4")))
                .build());
    String text =
        PerformanceTable.of(f, ProgressCalculator.of(PERCENT).framework(f, date("2009-01-01")))
            .toPlainText();
    List<String> lines = text.lines().toList();
    assertEquals(bars(lines.get(2)), bars(lines.get(5)));
    assertTrue(lines.get(2).contains("| 2008-01-15/2008-02-14 "), text);
  }

  @Test
  void rejectsProgressOfAnotherFramework() {
    FrameworkProgress other =
        ProgressCalculator.of(PERCENT).framework(Fixtures.framework(), date("2009-01-01"));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> PerformanceTable.of(framework(), other));
    assertEquals("progress.framework: got FW, expected the progress of framework TT", e.getMessage());
  }
}
