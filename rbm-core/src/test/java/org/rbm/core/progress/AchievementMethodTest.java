package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rbm.core.progress.AchievementMethod.PERCENT_OF_TARGET;
import static org.rbm.core.progress.AchievementMethod.RELATIVE_TO_BASELINE;
import static org.rbm.core.progress.Fixtures.d;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The peers' formulas of DOMAIN.md Part 2, value for value; expected values worked out by hand. */
class AchievementMethodTest {

  @Test
  void okrProgressIsTheDistanceTravelledFromTheStart() {
    // (41 - 30) / (45 - 30) = 11/15 = 0.7333…, 34 significant digits, half-even.
    assertEquals(
        Optional.of(d("0.7333333333333333333333333333333333")),
        RELATIVE_TO_BASELINE.ratio(d("30"), d("45"), d("41")));
    assertEquals(Optional.of(d("1")), RELATIVE_TO_BASELINE.ratio(d("30"), d("45"), d("45")));
    // Past the target: 20/15.
    assertEquals(
        Optional.of(d("1.333333333333333333333333333333333")),
        RELATIVE_TO_BASELINE.ratio(d("30"), d("45"), d("50")));
    // Below the start: -3/15.
    assertEquals(Optional.of(d("-0.2")), RELATIVE_TO_BASELINE.ratio(d("30"), d("45"), d("27")));
  }

  @Test
  void okrProgressWithTheTargetBelowTheStart() {
    // (start - current) / (start - target) = (100 - 70) / (100 - 60) = 30/40.
    assertEquals(Optional.of(d("0.75")), RELATIVE_TO_BASELINE.ratio(d("100"), d("60"), d("70")));
    assertEquals(Optional.of(d("1.25")), RELATIVE_TO_BASELINE.ratio(d("100"), d("60"), d("50")));
  }

  @Test
  void okrZeroDenominatorGivesZero() {
    assertEquals(Optional.of(BigDecimal.ZERO), RELATIVE_TO_BASELINE.ratio(d("50"), d("50"), d("80")));
    assertEquals(Optional.of(BigDecimal.ZERO), RELATIVE_TO_BASELINE.ratio(d("50"), d("50"), d("50")));
  }

  @Test
  void okrMissingCurrentCountsAsStart() {
    assertEquals(Optional.of(BigDecimal.ZERO), RELATIVE_TO_BASELINE.ratio(d("30"), d("45"), null));
    assertEquals(Optional.of(BigDecimal.ZERO), RELATIVE_TO_BASELINE.ratio(d("100"), d("60"), null));
  }

  @Test
  void relativeMethodNeedsABaselineAndATarget() {
    assertEquals(Optional.empty(), RELATIVE_TO_BASELINE.ratio(null, d("45"), d("41")));
    assertEquals(Optional.empty(), RELATIVE_TO_BASELINE.ratio(d("30"), null, d("41")));
  }

  @Test
  void decreasingIndicatorOverAProgrammeIsBaselineMinusActualOverBaselineMinusTarget() {
    // (40 - 25) / (40 - 20) = 15/20.
    assertEquals(Optional.of(d("0.75")), RELATIVE_TO_BASELINE.ratio(d("40"), d("20"), d("25")));
    // Worse than the baseline: (40 - 44) / 20.
    assertEquals(Optional.of(d("-0.2")), RELATIVE_TO_BASELINE.ratio(d("40"), d("20"), d("44")));
  }

  @Test
  void tolaDataPercentMetIsActualOverTarget() {
    // 41/45 = 0.9111…
    assertEquals(
        Optional.of(d("0.9111111111111111111111111111111111")),
        PERCENT_OF_TARGET.ratio(d("30"), d("45"), d("41")));
    assertEquals(Optional.of(d("1.2")), PERCENT_OF_TARGET.ratio(null, d("20"), d("24")));
    // Decreasing indicators keep the same "% met"; the band is inverted instead.
    assertEquals(Optional.of(d("1.25")), PERCENT_OF_TARGET.ratio(d("40"), d("20"), d("25")));
  }

  @Test
  void tolaDataPercentMetIsNullIfEitherIsNullOrTheTargetIsZero() {
    assertEquals(Optional.empty(), PERCENT_OF_TARGET.ratio(null, d("45"), null));
    assertEquals(Optional.empty(), PERCENT_OF_TARGET.ratio(null, null, d("41")));
    assertEquals(Optional.empty(), PERCENT_OF_TARGET.ratio(null, d("0"), d("41")));
    assertEquals(Optional.empty(), PERCENT_OF_TARGET.ratio(null, d("0.00"), d("0")));
  }

  @Test
  void ratiosAreCanonicalSoEqualRatiosAreEqual() {
    assertEquals(
        PERCENT_OF_TARGET.ratio(null, d("2"), d("1")),
        PERCENT_OF_TARGET.ratio(null, d("2000"), d("1000.0")));
    assertEquals(Optional.of(d("1")), PERCENT_OF_TARGET.ratio(null, d("2.50"), d("2.5")));
  }
}
