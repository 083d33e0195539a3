package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rbm.core.progress.Fixtures.PERCENT;
import static org.rbm.core.progress.Fixtures.RELATIVE;
import static org.rbm.core.progress.Fixtures.d;
import static org.rbm.core.progress.Fixtures.onePeriod;
import static org.rbm.core.progress.ProgressStatus.ACHIEVED;
import static org.rbm.core.progress.ProgressStatus.AHEAD_OF_TARGET;
import static org.rbm.core.progress.ProgressStatus.BEHIND;
import static org.rbm.core.progress.ProgressStatus.ON_TRACK;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Direction;

/** TolaData's over/under band: ±15% around the target, inclusive, inverted for decreasing. */
class StatusBandTest {

  private static ProgressStatus percent(Direction direction, String target, String actual) {
    return onePeriod(PERCENT, direction, null, target, actual).status();
  }

  @Test
  void increasingIndicatorIsOnTrackAtExactly85PercentAndBehindJustBelow() {
    assertEquals(ON_TRACK, percent(Direction.INCREASE, "100", "85"));
    assertEquals(BEHIND, percent(Direction.INCREASE, "100", "84.99"));
    assertEquals(ON_TRACK, percent(Direction.INCREASE, "100", "99.99"));
  }

  @Test
  void increasingIndicatorIsAchievedUpToExactly115PercentAndAheadJustAbove() {
    assertEquals(ACHIEVED, percent(Direction.INCREASE, "100", "100"));
    assertEquals(ACHIEVED, percent(Direction.INCREASE, "100", "115"));
    assertEquals(AHEAD_OF_TARGET, percent(Direction.INCREASE, "100", "115.01"));
  }

  @Test
  void decreasingIndicatorInvertsTheBand() {
    // actual/target = 1.15 is the lower edge for a decreasing indicator: still on track.
    assertEquals(ON_TRACK, percent(Direction.DECREASE, "100", "115"));
    assertEquals(BEHIND, percent(Direction.DECREASE, "100", "115.01"));
    // actual/target = 0.85: the target is beaten by exactly the band, still achieved.
    assertEquals(ACHIEVED, percent(Direction.DECREASE, "100", "85"));
    assertEquals(ACHIEVED, percent(Direction.DECREASE, "100", "100"));
    assertEquals(AHEAD_OF_TARGET, percent(Direction.DECREASE, "100", "84.99"));
  }

  @Test
  void decreasingIndicatorScoreIsTwoMinusPercentMet() {
    PeriodProgress p = onePeriod(PERCENT, Direction.DECREASE, null, "100", "85");
    assertEquals(Optional.of(d("0.85")), p.ratio());
    assertEquals(Optional.of(d("1.15")), p.score());
  }

  @Test
  void relativeMethodAppliesTheBandToTheShareOfThePlannedChange() {
    // (135 - 50) / (150 - 50) = 0.85.
    assertEquals(ON_TRACK, onePeriod(RELATIVE, Direction.INCREASE, "50", "150", "135").status());
    assertEquals(BEHIND, onePeriod(RELATIVE, Direction.INCREASE, "50", "150", "134.99").status());
    // (150 - 65) / (150 - 50) = 0.85 for a decreasing indicator: same formula, same band.
    PeriodProgress down = onePeriod(RELATIVE, Direction.DECREASE, "150", "50", "65");
    assertEquals(Optional.of(d("0.85")), down.ratio());
    assertEquals(Optional.of(d("0.85")), down.score());
    assertEquals(ON_TRACK, down.status());
    assertEquals(BEHIND, onePeriod(RELATIVE, Direction.DECREASE, "150", "50", "65.01").status());
    // (150 - 35) / 100 = 1.15 and (150 - 34.99) / 100 = 1.1501.
    assertEquals(ACHIEVED, onePeriod(RELATIVE, Direction.DECREASE, "150", "50", "35").status());
    assertEquals(
        AHEAD_OF_TARGET, onePeriod(RELATIVE, Direction.DECREASE, "150", "50", "34.99").status());
  }

  @Test
  void theBandIsASetting() {
    ProgressSettings tenPercent = PERCENT.withBand(d("0.10"));
    assertEquals(ON_TRACK, onePeriod(tenPercent, Direction.INCREASE, null, "100", "90").status());
    assertEquals(BEHIND, onePeriod(tenPercent, Direction.INCREASE, null, "100", "89.99").status());
    assertEquals(ACHIEVED, onePeriod(tenPercent, Direction.INCREASE, null, "100", "110").status());
    assertEquals(
        AHEAD_OF_TARGET, onePeriod(tenPercent, Direction.INCREASE, null, "100", "110.01").status());
    ProgressSettings none = PERCENT.withBand(d("0"));
    assertEquals(ACHIEVED, onePeriod(none, Direction.INCREASE, null, "100", "100").status());
    assertEquals(BEHIND, onePeriod(none, Direction.INCREASE, null, "100", "99.99").status());
    assertEquals(
        AHEAD_OF_TARGET, onePeriod(none, Direction.INCREASE, null, "100", "100.01").status());
  }

  @Test
  void anIndicatorWithoutDirectionIsTakenAsIncreasing() {
    PeriodProgress p =
        ProgressCalculator.of(PERCENT)
            .indicator(
                Fixtures.indicator("IND-9", org.rbm.core.indicators.Measure.COUNT, Direction.INCREASE)
                    .direction(Optional.empty())
                    .addPeriod(Fixtures.year(2008, Fixtures.n("100"), Fixtures.n("84")))
                    .build(),
                Fixtures.date("2009-01-01"))
            .periods()
            .get(0);
    assertEquals(BEHIND, p.status());
  }
}
