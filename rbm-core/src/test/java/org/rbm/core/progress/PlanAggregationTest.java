package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rbm.core.progress.Fixtures.PERCENT;
import static org.rbm.core.progress.Fixtures.RELATIVE;
import static org.rbm.core.progress.Fixtures.d;
import static org.rbm.core.progress.Fixtures.date;
import static org.rbm.core.progress.Fixtures.frac;
import static org.rbm.core.progress.Fixtures.n;
import static org.rbm.core.progress.Fixtures.year;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.Measure;

/** How periods add up to the whole plan: sums, the latest value, sums of parts, maintained levels. */
class PlanAggregationTest {
  /** As of mid-2010, 2008 and 2009 are completed and 2010 is running. */
  private static final java.time.LocalDate MID_2010 = date("2010-06-30");

  private static Indicator.Builder tenTwentyThirty(Measure measure) {
    return Fixtures.indicator("IND-1", measure, Direction.INCREASE)
        .addPeriod(year(2008, n("10"), n("8")))
        .addPeriod(year(2009, n("20"), n("25")))
        .addPeriod(year(2010, n("30"), n("12")));
  }

  @Test
  void nonCumulativeCountsSumTargetsAndActualsOfCompletedPeriods() {
    PlanProgress plan =
        ProgressCalculator.of(PERCENT).indicator(tenTwentyThirty(Measure.COUNT).build(), MID_2010)
            .plan();
    assertEquals(Aggregation.SUM, plan.aggregation());
    assertEquals(2, plan.periodsCompleted());
    assertEquals(Optional.of(n("60")), plan.planTarget());
    assertEquals(Optional.of(n("30")), plan.targetToDate());
    // 8 + 25; the running year's 12 does not count yet.
    assertEquals(Optional.of(n("33")), plan.actualToDate());
    assertEquals(Optional.of(d("1.1")), plan.ratio());
    assertEquals(ProgressStatus.ACHIEVED, plan.status());
  }

  @Test
  void relativeMethodCountsAFlowsBaselineOncePerCompletedPeriod() {
    Indicator trained = tenTwentyThirty(Measure.COUNT).baseline(Baseline.of(n("5"))).build();
    PlanProgress plan = ProgressCalculator.of(RELATIVE).indicator(trained, MID_2010).plan();
    // (33 - 2 × 5) / (30 - 2 × 5) = 23/20, exactly the upper edge of the band: achieved.
    assertEquals(Optional.of(d("1.15")), plan.ratio());
    assertEquals(ProgressStatus.ACHIEVED, plan.status());
  }

  @Test
  void cumulativeIndicatorsTakeTheLatestCompletedPeriodNeverASum() {
    PlanProgress plan =
        ProgressCalculator.of(PERCENT)
            .indicator(tenTwentyThirty(Measure.COUNT).cumulative(true).build(), MID_2010)
            .plan();
    assertEquals(Aggregation.LATEST, plan.aggregation());
    assertEquals(Optional.of(n("20")), plan.targetToDate());
    assertEquals(Optional.of(n("25")), plan.actualToDate());
    assertEquals(Optional.of(d("1.25")), plan.ratio());
    assertEquals(ProgressStatus.AHEAD_OF_TARGET, plan.status());
    // The whole plan's target of a cumulative indicator is its last target, not 60.
    assertEquals(Optional.of(n("30")), plan.planTarget());
  }

  /**
   * The documented example of {@link Aggregation}: fractions pool, plain numbers take the latest.
   * Targets of 80 (%) for 2008 and 2009, as of 2010-01-01 (both completed).
   */
  @Test
  void fractionsPoolOverThePeriodsWhilePlainPercentagesTakeTheLatest() {
    java.time.LocalDate asOf = date("2010-01-01");
    Indicator pooled =
        Fixtures.indicator("IND-1", Measure.PERCENTAGE, Direction.INCREASE)
            .addPeriod(year(2008, n("80"), frac(10, 100)))
            .addPeriod(year(2009, n("80"), frac(45, 50)))
            .build();
    PlanProgress parts = ProgressCalculator.of(PERCENT).indicator(pooled, asOf).plan();
    assertEquals(Aggregation.SUM_OF_PARTS, parts.aggregation());
    // (10 + 45) / (100 + 50) = 55/150 = 36.67%, not the mean of 10% and 90% (50%).
    assertEquals(Optional.of(frac(55, 150)), parts.actualToDate());
    // 5500 / 150 = 36.666…, 34 significant digits, half-even.
    assertEquals(
        Optional.of(d("36.66666666666666666666666666666667")),
        Measure.PERCENTAGE.numberIn(parts.actualToDate().get()));
    assertEquals(Optional.of(n("80")), parts.targetToDate());
    // 36.67 / 80 = 11/24 = 0.4583…, below 0.85.
    assertEquals(
        "0.458",
        parts.ratio().orElseThrow().round(new java.math.MathContext(3)).toPlainString());
    assertEquals(ProgressStatus.BEHIND, parts.status());

    Indicator plain =
        Fixtures.indicator("IND-1", Measure.PERCENTAGE, Direction.INCREASE)
            .addPeriod(year(2008, n("80"), n("10")))
            .addPeriod(year(2009, n("80"), n("90")))
            .build();
    PlanProgress latest = ProgressCalculator.of(PERCENT).indicator(plain, asOf).plan();
    assertEquals(Aggregation.LATEST, latest.aggregation());
    assertEquals(Optional.of(n("90")), latest.actualToDate());
    assertEquals(Optional.of(n("80")), latest.targetToDate());
    // 90 / 80 = 1.125, from 1 to 1.15.
    assertEquals(Optional.of(d("1.125")), latest.ratio());
    assertEquals(ProgressStatus.ACHIEVED, latest.status());
  }

  @Test
  void percentagesGivenAsNumbersTakeTheLatestCompletedPeriod() {
    PlanProgress plan =
        ProgressCalculator.of(PERCENT)
            .indicator(tenTwentyThirty(Measure.PERCENTAGE).build(), MID_2010)
            .plan();
    assertEquals(Aggregation.LATEST, plan.aggregation());
    assertEquals(Optional.of(n("25")), plan.actualToDate());
    assertEquals(Optional.of(d("1.25")), plan.ratio());
  }

  @Test
  void percentagesGivenAsFractionsSumNumeratorsAndDenominatorsNeverAveragePercents() {
    Indicator share =
        Fixtures.indicator("IND-2", Measure.PERCENTAGE, Direction.INCREASE)
            .addPeriod(year(2008, n("40"), frac(12, 40)))
            .addPeriod(year(2009, n("50"), frac(30, 60)))
            .build();
    PlanProgress plan = ProgressCalculator.of(PERCENT).indicator(share, date("2010-01-01")).plan();
    assertEquals(Aggregation.SUM_OF_PARTS, plan.aggregation());
    // (12 + 30) / (40 + 60) = 42%, not the mean of 30% and 50% (40%).
    assertEquals(Optional.of(frac(42, 100)), plan.actualToDate());
    // The targets are plain percents: the latest completed one, 50.
    assertEquals(Optional.of(n("50")), plan.targetToDate());
    assertEquals(Optional.of(d("0.84")), plan.ratio());
    assertEquals(ProgressStatus.BEHIND, plan.status());
  }

  @Test
  void fractionTargetsAreSummedByTheirPartsToo() {
    Indicator share =
        Fixtures.indicator("IND-2", Measure.PERCENTAGE, Direction.INCREASE)
            .addPeriod(year(2008, frac(16, 40), frac(12, 40)))
            .addPeriod(year(2009, frac(30, 60), frac(30, 60)))
            .build();
    PlanProgress plan = ProgressCalculator.of(PERCENT).indicator(share, date("2010-01-01")).plan();
    assertEquals(Optional.of(frac(46, 100)), plan.targetToDate());
    assertEquals(Optional.of(frac(46, 100)), plan.planTarget());
    // 42% / 46% = 21/23, 34 significant digits, half-even.
    assertEquals(Optional.of(d("0.9130434782608695652173913043478261")), plan.ratio());
    assertEquals(ProgressStatus.ON_TRACK, plan.status());
  }

  @Test
  void aPeriodsFractionStandsForItsPercent() {
    PeriodProgress p =
        ProgressCalculator.of(PERCENT)
            .indicator(
                Fixtures.indicator("IND-2", Measure.PERCENTAGE, Direction.INCREASE)
                    .addPeriod(year(2008, n("40"), frac(12, 40)))
                    .build(),
                date("2009-01-01"))
            .periods()
            .get(0);
    // 12/40 = 30%, against a target of 40%.
    assertEquals(Optional.of(d("0.75")), p.ratio());
  }

  @Test
  void maintainedIndicatorsAreOnTrackWithinTheToleranceOfTheBaseline() {
    Indicator.Builder b =
        Fixtures.indicator("IND-3", Measure.COUNT, Direction.MAINTAIN)
            .baseline(Baseline.of(n("100")));
    ProgressCalculator calc = ProgressCalculator.of(PERCENT);
    java.time.LocalDate asOf = date("2009-01-01");
    for (String within : new String[] {"100", "115", "85"}) {
      PlanProgress plan =
          calc.indicator(b.periods(java.util.List.of(year(2008, n("100"), n(within)))).build(), asOf)
              .plan();
      assertEquals(ProgressStatus.ACHIEVED, plan.status(), within);
      assertEquals(Aggregation.LATEST, plan.aggregation());
    }
    for (String outside : new String[] {"115.01", "84.99"}) {
      assertEquals(
          ProgressStatus.BEHIND,
          calc.indicator(b.periods(java.util.List.of(year(2008, n("100"), n(outside)))).build(), asOf)
              .status(),
          outside);
    }
    ProgressCalculator strict = ProgressCalculator.of(PERCENT.withMaintainTolerance(d("0.05")));
    assertEquals(
        ProgressStatus.BEHIND,
        strict.indicator(b.periods(java.util.List.of(year(2008, n("100"), n("94")))).build(), asOf)
            .status());
  }

  @Test
  void latestCompletedPeriodWithoutActualGivesNoData() {
    Indicator cumulative =
        Fixtures.indicator("IND-1", Measure.COUNT, Direction.INCREASE)
            .cumulative(true)
            .addPeriod(year(2008, n("10"), n("12")))
            .addPeriod(year(2009, n("20"), null))
            .build();
    PlanProgress plan = ProgressCalculator.of(PERCENT).indicator(cumulative, date("2010-01-01")).plan();
    assertEquals(ProgressStatus.NO_DATA, plan.status());
    assertEquals(Optional.empty(), plan.ratio());
  }

  @Test
  void beforeAnyPeriodIsCompletedThePlanIsNotYetDue() {
    PlanProgress plan =
        ProgressCalculator.of(PERCENT)
            .indicator(tenTwentyThirty(Measure.COUNT).build(), date("2008-12-31"))
            .plan();
    assertEquals(0, plan.periodsCompleted());
    assertEquals(ProgressStatus.NOT_YET_DUE, plan.status());
    assertEquals(Optional.empty(), plan.actualToDate());
    assertEquals(Optional.of(n("60")), plan.planTarget());
  }

  @Test
  void completedPeriodsWithoutAnyActualGiveNoData() {
    Indicator silent =
        Fixtures.indicator("IND-1", Measure.COUNT, Direction.INCREASE)
            .addPeriod(year(2008, n("10"), null))
            .build();
    PlanProgress plan = ProgressCalculator.of(PERCENT).indicator(silent, date("2009-01-01")).plan();
    assertEquals(ProgressStatus.NO_DATA, plan.status());
    assertEquals(Optional.of(n("10")), plan.targetToDate());
  }

  @Test
  void rejectsSumsBeyondTheLimitOfAValue() {
    Indicator huge =
        Fixtures.indicator("IND-1", Measure.CURRENCY, Direction.INCREASE)
            .addPeriod(year(2008, n("6E+29"), n("1")))
            .addPeriod(year(2009, n("6E+29"), n("1")))
            .build();
    org.rbm.core.InvalidValueException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.rbm.core.InvalidValueException.class,
            () -> ProgressCalculator.of(PERCENT).indicator(huge, date("2010-01-01")));
    assertEquals(
        "indicator IND-1.periods[*].targets: got \"a sum of 1200000000000000000000000000000\","
            + " expected values whose sum stays below 10^30",
        e.getMessage());
  }
}
