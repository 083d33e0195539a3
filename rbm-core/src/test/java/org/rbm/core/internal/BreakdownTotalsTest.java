package org.rbm.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;

/**
 * Totals derived from a breakdown, and why none can be (issue 19): the cases the rules and the
 * progress calculator do not reach on their own.
 */
class BreakdownTotalsTest {

  private static Indicator.Builder indicator(Measure measure) {
    Indicator.Builder b = Indicator.builder()
        .id(IndicatorId.of("IND-1"))
        .title("Workers covered")
        .measure(measure)
        .unit("workers")
        .direction(Direction.INCREASE)
        .baseline(Baseline.of(Value.of(30)));
    return b;
  }

  /** Female 40% and male 30% do not make a total of 70%: a percentage does not add up. */
  @Test
  void aCompleteBreakdownOfANonAdditiveMeasureGivesNoTotal() {
    Indicator share = indicator(Measure.PERCENTAGE).dimension("sex", "female", "male").build();
    List<DataPoint> points = List.of(
        DataPoint.of(Value.of(40), "sex", "female"), DataPoint.of(Value.of(30), "sex", "male"));
    assertEquals(Optional.empty(), BreakdownTotals.derive(share, points));
    Indicator count = indicator(Measure.COUNT).dimension("sex", "female", "male").build();
    assertEquals(Optional.of(Value.of(70)), BreakdownTotals.derive(count, points));
  }

  /** A total given is kept: nothing is derived beside it, even from a complete breakdown. */
  @Test
  void aGivenTotalIsNotDerivedAgain() {
    Indicator count = indicator(Measure.COUNT).dimension("sex", "female", "male").build();
    List<DataPoint> points = List.of(DataPoint.of(Value.of(80)),
        DataPoint.of(Value.of(40), "sex", "female"), DataPoint.of(Value.of(30), "sex", "male"));
    assertEquals(Optional.empty(), BreakdownTotals.derive(count, points));
    assertEquals(Optional.empty(), BreakdownTotals.gap(count, points));
  }

  /**
   * Two incomplete breakdowns, by sex and by age: the gap names the first dimension the indicator
   * declares (sex), with its missing category.
   */
  @Test
  void theGapNamesTheFirstDeclaredDimensionGiven() {
    Indicator count = indicator(Measure.COUNT).dimension("sex", "female", "male")
        .dimension("age", "young", "old").build();
    List<DataPoint> points = List.of(
        DataPoint.of(Value.of(40), "age", "young"), DataPoint.of(Value.of(30), "sex", "male"));
    BreakdownTotals.Gap gap = BreakdownTotals.gap(count, points).orElseThrow();
    assertEquals("sex", gap.dimension());
    assertEquals(BreakdownTotals.Reason.INCOMPLETE, gap.reason());
    assertEquals(List.of("female"), gap.missing());
  }
}
