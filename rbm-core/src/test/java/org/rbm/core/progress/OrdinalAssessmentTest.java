package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rbm.core.progress.Fixtures.PERCENT;
import static org.rbm.core.progress.Fixtures.date;
import static org.rbm.core.progress.Fixtures.n;
import static org.rbm.core.progress.Fixtures.year;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;

/** Ordinal indicators (levels on a scale), by direction; the period 2008 is completed in 2009. */
class OrdinalAssessmentTest {

  private static ProgressStatus status(
      Direction direction, @Nullable String baseline, @Nullable Value target, @Nullable Value level) {
    Indicator.Builder b =
        Fixtures.indicator("IND-O", Measure.ORDINAL, direction).addPeriod(year(2008, target, level));
    if (baseline != null) {
      b.baseline(Baseline.of(n(baseline)));
    }
    return ProgressCalculator.of(PERCENT)
        .indicator(b.build(), date("2009-01-01"))
        .periods()
        .get(0)
        .status();
  }

  @Test
  void aLevelWithNoDirectionIsNotAssessed() {
    assertEquals(
        ProgressStatus.NOT_ASSESSED, status(Direction.NOT_APPLICABLE, null, n("3"), n("2")));
  }

  @Test
  void aMaintainedLevelIsAchievedOnlyWhenItStaysAtTheBaseline() {
    assertEquals(ProgressStatus.ACHIEVED, status(Direction.MAINTAIN, "3", n("5"), n("3")));
    assertEquals(ProgressStatus.BEHIND, status(Direction.MAINTAIN, "3", n("5"), n("2")));
    // Above the level to keep is a change as well: not what was planned.
    assertEquals(ProgressStatus.BEHIND, status(Direction.MAINTAIN, "3", n("5"), n("4")));
  }

  @Test
  void aMaintainedLevelWithoutABaselineIsComparedWithTheTarget() {
    assertEquals(ProgressStatus.ACHIEVED, status(Direction.MAINTAIN, null, n("3"), n("3")));
    assertEquals(ProgressStatus.BEHIND, status(Direction.MAINTAIN, null, n("3"), n("2")));
    assertEquals(ProgressStatus.NOT_ASSESSED, status(Direction.MAINTAIN, null, null, n("3")));
  }

  @Test
  void aLevelWithoutATargetIsNotAssessed() {
    assertEquals(ProgressStatus.NOT_ASSESSED, status(Direction.INCREASE, null, null, n("2")));
    assertEquals(ProgressStatus.NOT_ASSESSED, status(Direction.DECREASE, null, null, n("2")));
  }

  @Test
  void aDecreasingLevelIsAheadBelowItsTarget() {
    assertEquals(ProgressStatus.AHEAD_OF_TARGET, status(Direction.DECREASE, null, n("2"), n("1")));
    assertEquals(ProgressStatus.ACHIEVED, status(Direction.DECREASE, null, n("2"), n("2")));
    assertEquals(ProgressStatus.BEHIND, status(Direction.DECREASE, null, n("2"), n("3")));
  }

  @Test
  void noLevelInACompletedPeriodIsNoData() {
    assertEquals(ProgressStatus.NO_DATA, status(Direction.INCREASE, null, n("2"), null));
  }
}
