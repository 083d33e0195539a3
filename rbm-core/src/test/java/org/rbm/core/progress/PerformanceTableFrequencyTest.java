package org.rbm.core.progress;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.progress.Fixtures.PERCENT;
import static org.rbm.core.progress.Fixtures.date;
import static org.rbm.core.progress.Fixtures.frac;
import static org.rbm.core.progress.Fixtures.n;
import static org.rbm.core.progress.Fixtures.period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.ReportingFrequency;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PeriodUnit;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.period.ReportingCalendar;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.LevelScheme;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/** Tables in a chosen frequency: quarters rolled up into years by the plan's rules. */
class PerformanceTableFrequencyTest {
  private static final DateRange Y2024 = DateRange.ofYear(2024);
  private static final DateRange Y2025 = DateRange.ofYear(2025);

  private static IndicatorPeriod quarter(int q, Value target, Value actual) {
    return period(DateRange.ofQuarter(2024, q), target, actual);
  }

  /** People trained each quarter: targets 20, 20, 30, 30 (100), actuals 10, 20, 30, 40 (100). */
  private static Indicator quarterlySum() {
    return Fixtures.indicator("Q", Measure.COUNT, Direction.INCREASE)
        .reportingFrequency(ReportingFrequency.QUARTERLY)
        .addPeriods(
            quarter(1, n("20"), n("10")),
            quarter(2, n("20"), n("20")),
            quarter(3, n("30"), n("30")),
            quarter(4, n("30"), n("40")))
        .build();
  }

  /** Villages reached so far (cumulative): targets 10, 20, 30, 40, actuals 5, 15, 25, 35. */
  private static Indicator quarterlyCumulative() {
    return Fixtures.indicator("C", Measure.COUNT, Direction.INCREASE)
        .reportingFrequency(ReportingFrequency.QUARTERLY)
        .cumulative(true)
        .addPeriods(
            quarter(1, n("10"), n("5")),
            quarter(2, n("20"), n("15")),
            quarter(3, n("30"), n("25")),
            quarter(4, n("40"), n("35")))
        .build();
  }

  /** Share of girls enrolled: target 50 (%) each quarter, actuals 10/100, 20/100, 30/50, 40/50. */
  private static Indicator quarterlyPercentage() {
    return Fixtures.indicator("P", Measure.PERCENTAGE, Direction.INCREASE)
        .reportingFrequency(ReportingFrequency.QUARTERLY)
        .addPeriods(
            quarter(1, n("50"), frac(10, 100)),
            quarter(2, n("50"), frac(20, 100)),
            quarter(3, n("50"), frac(30, 50)),
            quarter(4, n("50"), frac(40, 50)))
        .build();
  }

  /** Schools built: 2024 target 50, actual 45; 2025 target 60, no actual yet. */
  private static Indicator yearly() {
    return Fixtures.indicator("Y", Measure.COUNT, Direction.INCREASE)
        .reportingFrequency(ReportingFrequency.ANNUAL)
        .addPeriods(
            period(Y2024, n("50"), n("45")), period(Y2025, n("60"), null))
        .build();
  }

  private static ResultsFramework framework(Indicator... indicators) {
    return ResultsFramework.builder()
        .id(FrameworkId.of("NGO"))
        .title("NGO logframe")
        .owner("Tests")
        .planningPeriod(PlanningPeriod.of(2024, 2025))
        .levelScheme(LevelScheme.of("one level", "output"))
        .addResult(
            Result.builder()
                .id(ResultId.of("O1"))
                .level("output")
                .title("Outputs")
                .addIndicators(indicators)
                .build())
        .build();
  }

  private static PerformanceTable table(
      ResultsFramework framework, LocalDate asOf, PerformanceTableOptions options) {
    return ProgressCalculator.of(PERCENT).report(framework, asOf).table(options);
  }

  private static PerformanceRow row(PerformanceTable table, String indicator) {
    return table.groups().get(0).rows().stream()
        .filter(r -> r.indicator().toString().equals(indicator))
        .findFirst()
        .orElseThrow();
  }

  private static PeriodProgress cell(PerformanceTable table, String indicator, DateRange period) {
    return requireNonNull(row(table, indicator).periods().get(period), indicator + " " + period);
  }

  private static final PerformanceTableOptions YEARLY =
      PerformanceTableOptions.defaults().withFrequency(PeriodUnit.YEAR);

  @Test
  void sumsTheQuartersOfACountIntoItsYearNextToAYearlyIndicator() {
    PerformanceTable t = table(framework(quarterlySum(), yearly()), date("2025-01-01"), YEARLY);
    assertEquals(List.of(Y2024, Y2025), t.columns());
    PeriodProgress q = cell(t, "Q", Y2024);
    assertEquals(Optional.of(n("100")), q.target()); // 20 + 20 + 30 + 30
    assertEquals(Optional.of(n("100")), q.actual()); // 10 + 20 + 30 + 40
    assertEquals(0, BigDecimal.ONE.compareTo(q.ratio().orElseThrow()));
    assertEquals(ProgressStatus.ACHIEVED, q.status());
    assertEquals(PeriodTiming.COMPLETED, q.timing());
    assertEquals(Set.of(Y2024), row(t, "Q").rolledUp());
    assertEquals(Set.of(Y2024), row(t, "Q").periods().keySet());
    PeriodProgress y = cell(t, "Y", Y2024);
    assertEquals(Optional.of(n("45")), y.actual());
    assertTrue(row(t, "Y").rolledUp().isEmpty());
  }

  @Test
  void takesTheLatestQuarterOfACumulativeIndicator() {
    PerformanceTable t = table(framework(quarterlyCumulative()), date("2025-01-01"), YEARLY);
    PeriodProgress c = cell(t, "C", Y2024);
    assertEquals(Optional.of(n("40")), c.target());
    assertEquals(Optional.of(n("35")), c.actual());
    // 35 / 40 = 0.875: short of the target, within the band of 15% (0.85 <= 0.875 < 1).
    assertEquals(0, new BigDecimal("0.875").compareTo(c.ratio().orElseThrow()));
    assertEquals(ProgressStatus.ON_TRACK, c.status());
  }

  @Test
  void poolsTheNumeratorsAndDenominatorsOfAPercentage() {
    PerformanceTable t = table(framework(quarterlyPercentage()), date("2025-01-01"), YEARLY);
    PeriodProgress p = cell(t, "P", Y2024);
    // (10 + 20 + 30 + 40) / (100 + 100 + 50 + 50) = 100/300, not the mean of 10%, 20%, 60%, 80%.
    assertEquals(Optional.of(frac(100, 300)), p.actual());
    assertEquals(Optional.of(n("50")), p.target());
    // 33.33…% against 50%: a ratio of 0.666…, behind.
    assertEquals(
        new BigDecimal("0.6667"),
        p.ratio().orElseThrow().setScale(4, java.math.RoundingMode.HALF_EVEN));
    assertEquals(ProgressStatus.BEHIND, p.status());
  }

  @Test
  void aRunningYearShowsItsWholeTargetAndTheActualToDate() {
    PerformanceTable t = table(framework(quarterlySum()), date("2024-08-15"), YEARLY);
    PeriodProgress q = cell(t, "Q", Y2024);
    assertEquals(PeriodTiming.RUNNING, q.timing());
    assertEquals(Optional.of(n("100")), q.target());
    assertEquals(Optional.of(n("30")), q.actual()); // Q1 and Q2 are completed: 10 + 20
    // Against the target to date, 20 + 20 = 40: 30 / 40 = 0.75, behind.
    assertEquals(0, new BigDecimal("0.75").compareTo(q.ratio().orElseThrow()));
    assertEquals(ProgressStatus.BEHIND, q.status());
  }

  @Test
  void aWindowDropsTheColumnsOutsideIt() {
    PerformanceTable t =
        table(
            framework(quarterlySum(), yearly()),
            date("2025-01-01"),
            YEARLY.withWindow(DateRange.ofYear(2025)));
    assertEquals(List.of(Y2025), t.columns());
    assertTrue(row(t, "Q").periods().isEmpty());
    assertEquals(Set.of(Y2025), row(t, "Y").periods().keySet());
    // The plan's columns stay the whole plan's: 45 + 100 would be wrong; Y's plan target is 110.
    assertEquals(Optional.of(n("110")), row(t, "Y").plan().planTarget());
  }

  @Test
  void aQuarterlyWindowKeepsTheQuartersItTouches() {
    PerformanceTable t =
        table(
            framework(quarterlySum()),
            date("2025-01-01"),
            PerformanceTableOptions.defaults()
                .withWindow(DateRange.of(date("2024-05-01"), date("2024-07-31"))));
    assertEquals(List.of(DateRange.ofQuarter(2024, 2), DateRange.ofQuarter(2024, 3)), t.columns());
  }

  @Test
  void planTotalsOnlyLeavesThePeriodColumnsOut() {
    ProgressReport report =
        ProgressCalculator.of(PERCENT).report(framework(quarterlySum(), yearly()), date("2025-01-01"));
    PerformanceTable t = report.table(PerformanceTableOptions.defaults().withPlanTotalsOnly(true));
    assertTrue(t.columns().isEmpty());
    assertTrue(row(t, "Q").periods().isEmpty());
    assertEquals(report.indicators().get(0).plan(), row(t, "Q").plan());
    assertEquals(Optional.of(n("100")), row(t, "Q").plan().actualToDate());
  }

  @Test
  void byDefaultATieBetweenQuartersAndYearsGoesToYears() {
    PerformanceTable t =
        ProgressCalculator.of(PERCENT)
            .report(framework(quarterlySum(), yearly()), date("2025-01-01"))
            .table();
    assertEquals(List.of(Y2024, Y2025), t.columns());
  }

  @Test
  void byDefaultTheMostCommonFrequencyWinsAndALongerPeriodKeepsItsOwnColumn() {
    PerformanceTable t =
        ProgressCalculator.of(PERCENT)
            .report(framework(quarterlySum(), quarterlyCumulative(), yearly()), date("2025-01-01"))
            .table();
    assertEquals(
        List.of(
            DateRange.ofQuarter(2024, 1),
            Y2024,
            DateRange.ofQuarter(2024, 2),
            DateRange.ofQuarter(2024, 3),
            DateRange.ofQuarter(2024, 4),
            Y2025),
        t.columns());
    assertTrue(row(t, "Q").rolledUp().isEmpty());
  }

  @Test
  void anIndicatorWithoutAStatedFrequencyCountsByItsPeriods() {
    Indicator unstated =
        Fixtures.indicator("U", Measure.COUNT, Direction.INCREASE)
            .addPeriods(quarter(1, n("1"), n("1")), quarter(2, n("1"), n("1")))
            .build();
    Indicator unstated2 =
        Fixtures.indicator("V", Measure.COUNT, Direction.INCREASE)
            .addPeriods(quarter(1, n("1"), n("1")))
            .build();
    PerformanceTable t =
        ProgressCalculator.of(PERCENT)
            .report(framework(unstated, unstated2, yearly()), date("2025-01-01"))
            .table();
    assertEquals(DateRange.ofQuarter(2024, 1), t.columns().get(0));
  }

  @Test
  void fiscalYearsRollUpTheQuartersTheyHold() {
    PerformanceTable t =
        table(
            framework(quarterlySum()),
            date("2025-01-01"),
            YEARLY.withCalendar(ReportingCalendar.startingIn(Month.JULY)));
    DateRange fy2023 = ReportingCalendar.startingIn(Month.JULY).fiscalYear(2023);
    DateRange fy2024 = ReportingCalendar.startingIn(Month.JULY).fiscalYear(2024);
    assertEquals(List.of(fy2023, fy2024), t.columns());
    assertEquals(Optional.of(n("30")), cell(t, "Q", fy2023).actual()); // 10 + 20
    assertEquals(Optional.of(n("70")), cell(t, "Q", fy2024).actual()); // 30 + 40
  }

  @Test
  void aPeriodGivenForTheColumnItselfIsShownAsGiven() {
    Indicator both =
        Fixtures.indicator("B", Measure.COUNT, Direction.INCREASE)
            .addPeriods(period(Y2024, n("100"), n("90")), quarter(1, n("25"), n("20")))
            .build();
    PerformanceTable t = table(framework(both), date("2025-01-01"), YEARLY);
    assertEquals(Optional.of(n("90")), cell(t, "B", Y2024).actual());
    assertTrue(row(t, "B").rolledUp().isEmpty());
  }
}
