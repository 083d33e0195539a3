package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.progress.Fixtures.PERCENT;
import static org.rbm.core.progress.Fixtures.date;
import static org.rbm.core.progress.Fixtures.n;
import static org.rbm.core.progress.Fixtures.year;

import java.util.List;
import org.junit.jupiter.api.Test;
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
    return ProgressCalculator.of(PERCENT).report(f, date("2009-06-30")).table();
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
  void takesTitlesFromTheReportsOwnFramework() {
    ProgressReport report = ProgressCalculator.of(PERCENT).report(framework(), date("2009-06-30"));
    PerformanceTable t = report.table();
    assertEquals(FrameworkId.of("TT"), t.framework());
    assertEquals("Test table", t.title());
    assertEquals(date("2009-06-30"), t.asOf());
    assertEquals("Train people, in pairs", t.groups().get(1).title());
    assertEquals("people", t.groups().get(1).rows().get(0).unit().orElseThrow());
  }
}
