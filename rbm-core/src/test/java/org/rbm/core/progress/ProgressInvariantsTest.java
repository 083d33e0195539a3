package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.progress.Fixtures.d;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Measure;
import org.rbm.core.period.DateRange;

/** The invariants of computed progress, each broken once: the checks must refuse them. */
class ProgressInvariantsTest {
  private static final PlanProgress PLAN =
      ImmutablePlanProgress.builder()
          .aggregation(Aggregation.SUM)
          .periodsCompleted(0)
          .status(ProgressStatus.NOT_ASSESSED)
          .build();

  private static PeriodProgress period(int year) {
    return ImmutablePeriodProgress.builder()
        .period(DateRange.ofYear(year))
        .timing(PeriodTiming.COMPLETED)
        .status(ProgressStatus.NOT_ASSESSED)
        .build();
  }

  private static IndicatorProgress progress(List<PeriodProgress> periods) {
    return ImmutableIndicatorProgress.builder()
        .indicator(Fixtures.indicator("IND-1", Measure.COUNT, Direction.INCREASE).build())
        .asOf(LocalDate.of(2010, 1, 1))
        .method(AchievementMethod.PERCENT_OF_TARGET)
        .periods(periods)
        .plan(PLAN)
        .build();
  }

  @Test
  void periodsInOrderAreAccepted() {
    assertEquals(2, progress(List.of(period(2008), period(2009))).periods().size());
  }

  @Test
  void refusesPeriodsOutOfOrder() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> progress(List.of(period(2009), period(2008))));
    assertEquals(
        "periods[1].period: got 2008-01-01/2008-12-31, expected a period after"
            + " 2009-01-01/2009-12-31",
        e.getMessage());
  }

  @Test
  void refusesARepeatedPeriod() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> progress(List.of(period(2008), period(2008))));
    assertEquals(
        "periods[1].period: got 2008-01-01/2008-12-31, expected a period after"
            + " 2008-01-01/2008-12-31",
        e.getMessage());
  }

  @Test
  void refusesANegativeCountOfCompletedPeriods() {
    ImmutablePlanProgress.Builder plan =
        ImmutablePlanProgress.builder()
            .aggregation(Aggregation.SUM)
            .status(ProgressStatus.NOT_ASSESSED);
    assertEquals(0, plan.periodsCompleted(0).build().periodsCompleted());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> plan.periodsCompleted(-1).build());
    assertEquals("periodsCompleted: got -1, expected a count at least 0", e.getMessage());
  }

  @Test
  void refusesAPlanRatioBeyondTheBoundsOfAFigure() {
    ImmutablePlanProgress.Builder plan =
        ImmutablePlanProgress.builder()
            .aggregation(Aggregation.SUM)
            .periodsCompleted(1)
            .status(ProgressStatus.BEHIND);
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> plan.ratio(d("1E+200")).build());
    assertEquals(
        "ratio: got \"1E+200\", expected a number below 10^200 in magnitude with at most 400"
            + " decimal places",
        e.getMessage());
    // 10^199 has 200 integer digits: the largest figure allowed.
    assertEquals(d("1E+199"), plan.ratio(d("1E+199")).build().ratio().orElseThrow());
  }
}
