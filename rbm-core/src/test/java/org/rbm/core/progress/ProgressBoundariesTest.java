package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.progress.Fixtures.PERCENT;
import static org.rbm.core.progress.Fixtures.d;
import static org.rbm.core.progress.Fixtures.date;
import static org.rbm.core.progress.Fixtures.n;
import static org.rbm.core.progress.Fixtures.onePeriod;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Measure;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.ResultId;

/**
 * The invariants of computed progress that no other test breaks, and the boundaries of the
 * judgements around them (issue 19): each test breaks one check, or sits exactly at one limit.
 */
class ProgressBoundariesTest {
  private static final String FIGURE =
      ", expected a number below 10^200 in magnitude with at most 400 decimal places";

  private static String refusal(Supplier<?> attempt) {
    return assertThrows(InvalidValueException.class, attempt::get).getMessage();
  }

  private static ImmutablePeriodProgress.Builder period2008() {
    return ImmutablePeriodProgress.builder()
        .period(DateRange.ofYear(2008))
        .timing(PeriodTiming.COMPLETED)
        .status(ProgressStatus.ACHIEVED);
  }

  @Test
  void aDerivedTargetOrActualNeedsTheValueItWasDerivedAs() {
    assertEquals("targetDerived: got true, expected false for a period without target",
        refusal(() -> period2008().targetDerived(true).build()));
    assertEquals("actualDerived: got true, expected false for a period without actual",
        refusal(() -> period2008().actualDerived(true).build()));
    PeriodProgress derived = period2008().target(n("105")).targetDerived(true)
        .actual(n("100")).actualDerived(true).build();
    assertEquals(Optional.of(n("105")), derived.target());
    assertEquals(Optional.of(n("100")), derived.actual());
  }

  @Test
  void aPeriodsScoreStaysWithinTheFiguresLimits() {
    assertEquals("score: got \"1E+200\"" + FIGURE,
        refusal(() -> period2008().score(d("1E+200")).build()));
    // Zero is within the limits whatever its scale: 0E-999 is not a figure of 999 places.
    assertEquals(0, period2008().score(d("0E-999")).build().score().orElseThrow().signum());
  }

  private static ImmutableResultRollUp.Builder rollUp(int indicators, StatusCounts counts) {
    return ImmutableResultRollUp.builder()
        .result(ResultId.of("OC1"))
        .indicatorCount(indicators)
        .counts(counts)
        .status(ProgressStatus.BEHIND);
  }

  @Test
  void aRollUpCountsEachOfItsIndicatorsOnce() {
    StatusCounts two = StatusCounts.of(Map.of(ProgressStatus.BEHIND, 1, ProgressStatus.ACHIEVED, 1));
    assertEquals(2, rollUp(2, two).build().indicatorCount());
    assertEquals("indicatorCount: got 3, expected the total of the counts, 2",
        refusal(() -> rollUp(3, two).build()));
    assertEquals("shareOnTrack: got \"1E+200\"" + FIGURE,
        refusal(() -> rollUp(2, two).shareOnTrack(d("1E+200")).build()));
  }

  @Test
  void countsAddUpToAtMostTheLargestInt() {
    int max = Integer.MAX_VALUE;
    assertEquals(max, StatusCounts.of(
        Map.of(ProgressStatus.BEHIND, max - 1, ProgressStatus.ACHIEVED, 1)).total());
    assertEquals("counts: got 2147483648, expected a total of at most 2147483647",
        refusal(() -> StatusCounts.of(
            Map.of(ProgressStatus.BEHIND, max, ProgressStatus.ACHIEVED, 1))));
  }

  @Test
  void aPolicyHasAThresholdExactlyWhenItCountsTheShareOnTrackAndWeightsOnlyWhenWeighted() {
    assertEquals("policy.threshold: got nothing, expected a threshold for the share-on-track"
            + " policy",
        refusal(() -> RollUpPolicy.builder().kind(RollUpPolicy.Kind.SHARE_ON_TRACK).build()));
    IndicatorWeights weights = IndicatorWeights.of(Map.of(IndicatorId.of("IND-1"), d("2")));
    assertEquals("policy.weights: got IND-1=2, expected no weights for the WORST_STATUS policy",
        refusal(() -> RollUpPolicy.builder().kind(RollUpPolicy.Kind.WORST_STATUS)
            .weights(weights).build()));
    assertEquals(d("2"), RollUpPolicy.builder().kind(RollUpPolicy.Kind.WEIGHTED_MEAN)
        .weights(weights).build().weight(IndicatorId.of("IND-1")));
  }

  @Test
  void equalWeightsAndTheMostCommonFrequencyAreNamedInText() {
    assertEquals("equal", IndicatorWeights.EQUAL.toString());
    assertEquals("PerformanceTableOptions{frequency=most common, calendar=fiscal years starting"
            + " in JANUARY, window=none, planTotalsOnly=false}",
        PerformanceTableOptions.defaults().toString());
  }

  @Test
  void aRowRollsUpOnlyPeriodsItShows() {
    ImmutablePerformanceRow.Builder row = ImmutablePerformanceRow.builder()
        .indicator(IndicatorId.of("IND-1"))
        .title("Indicator IND-1")
        .measure(Measure.COUNT)
        .plan(ImmutablePlanProgress.builder()
            .aggregation(Aggregation.SUM)
            .periodsCompleted(1)
            .status(ProgressStatus.ACHIEVED)
            .build())
        .putPeriod(DateRange.ofYear(2008), period2008().build());
    assertEquals(List.of(DateRange.ofYear(2008)),
        row.addRolledUp(DateRange.ofYear(2008)).build().rolledUp().asList());
    assertEquals("rolledUp: got 2009-01-01/2009-12-31, expected a period of the row's periods (1 given)",
        refusal(() -> row.addRolledUp(DateRange.ofYear(2009)).build()));
  }

  /**
   * To maintain 50 (the baseline) with a target of 60: an actual of 50 is the level kept
   * (within 15% of 50), though 10 below the target, beyond 15% of 60 (9).
   */
  @Test
  void anIndicatorToMaintainIsJudgedAgainstItsBaselineBeforeItsTarget() {
    assertEquals(ProgressStatus.ACHIEVED,
        onePeriod(PERCENT, Direction.MAINTAIN, "50", "60", "50").status());
    assertEquals(ProgressStatus.BEHIND,
        onePeriod(PERCENT, Direction.MAINTAIN, null, "60", "50").status());
  }

  /** Without an actual, a completed period to maintain has no data; a running one is not due. */
  @Test
  void anIndicatorToMaintainWithoutActualHasNoDataOnceThePeriodIsOver() {
    assertEquals(ProgressStatus.NO_DATA,
        onePeriod(PERCENT, Direction.MAINTAIN, "50", "50", null).status());
    PeriodProgress running = ProgressCalculator.of(PERCENT)
        .indicator(Fixtures.count(Direction.MAINTAIN, "50", Fixtures.year(2008, n("50"), null)),
            date("2008-07-01"))
        .periods().get(0);
    assertEquals(ProgressStatus.NOT_YET_DUE, running.status());
  }

  /** A zero at any scale is a figure: a quantity of 0E-999 is zero, not 999 places. */
  @Test
  void zeroIsAFigureAtAnyScale() {
    BigDecimal zero = d("0E-999");
    assertEquals(0, ImmutablePlanProgress.builder()
        .aggregation(Aggregation.SUM)
        .periodsCompleted(1)
        .status(ProgressStatus.ACHIEVED)
        .ratio(zero)
        .build().ratio().orElseThrow().signum());
  }
}
