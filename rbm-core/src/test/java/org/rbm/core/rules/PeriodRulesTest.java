package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.rules.Fixtures.IND_1;
import static org.rbm.core.rules.Fixtures.assertFindings;
import static org.rbm.core.rules.Fixtures.indicator;
import static org.rbm.core.rules.Fixtures.validate;
import static org.rbm.core.rules.Fixtures.withIndicator;
import static org.rbm.core.rules.Fixtures.year;
import static org.rbm.core.rules.Fixtures.yearTarget;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;

class PeriodRulesTest {

  private static IndicatorPeriod target(LocalDate start, LocalDate end, long target) {
    return IndicatorPeriod.builder()
        .period(DateRange.of(start, end))
        .addTarget(DataPoint.of(Value.of(target)))
        .build();
  }

  @Test
  void flagsEachPeriodThatOverlapsAnEarlierOne() {
    // Given out of order; sorted: 2008, 2008-07/2009-06, 2009. The second overlaps the first,
    // the third overlaps the second.
    Indicator overlapping = indicator("IND-1").build().withPeriods(
        yearTarget(2009, 50),
        year(2008, 40, 38),
        target(LocalDate.of(2008, 7, 1), LocalDate.of(2009, 6, 30), 45));
    ValidationReport report = validate(withIndicator(overlapping));
    assertFindings(report,
        "RBM-PER-001 ERROR " + IND_1 + "/periods/2008-07-01--2009-06-30",
        "RBM-PER-001 ERROR " + IND_1 + "/periods/2009");
    assertEquals("The period 2009 of indicator IND-1 overlaps its period"
        + " 2008-07-01 to 2009-06-30.", report.findings().get(1).message());
  }

  @Test
  void flagsTheSecondOfExactlyTwoOverlappingPeriods() {
    // Two periods in order: 2008, then 2008-07/2009-06, which starts before 2008 ends.
    Indicator two = indicator("IND-1").build().withPeriods(
        year(2008, 40, 38),
        target(LocalDate.of(2008, 7, 1), LocalDate.of(2009, 6, 30), 45));
    ValidationReport report = validate(withIndicator(two));
    assertFindings(report, "RBM-PER-001 ERROR " + IND_1 + "/periods/2008-07-01--2009-06-30");
    assertEquals("The period 2008-07-01 to 2009-06-30 of indicator IND-1 overlaps its period"
        + " 2008.", report.findings().get(0).message());
  }

  @Test
  void flagsAPeriodInsideALongerOne() {
    // Sorted: 2008, then the biennium (same start, later end), then 2009. The biennium overlaps
    // 2008; it reaches furthest, so 2009 overlaps it, although 2008 ends before 2009 starts.
    Indicator nested = indicator("IND-1").build().withPeriods(
        target(LocalDate.of(2008, 1, 1), LocalDate.of(2009, 12, 31), 50),
        year(2008, 40, 38),
        yearTarget(2009, 50));
    assertFindings(validate(withIndicator(nested)),
        "RBM-PER-001 ERROR " + IND_1 + "/periods/2008-09",
        "RBM-PER-001 ERROR " + IND_1 + "/periods/2009");
  }

  @Test
  void acceptsPeriodsThatOnlyTouch() {
    Indicator halves = indicator("IND-1").build().withPeriods(
        target(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 6, 30), 35),
        target(LocalDate.of(2008, 7, 1), LocalDate.of(2008, 12, 31), 40),
        yearTarget(2009, 50));
    assertTrue(validate(withIndicator(halves)).isClean());
  }

  @Test
  void flagsPeriodWithNeitherTargetNorActual() {
    Indicator empty = indicator("IND-1").build().withPeriods(
        year(2008, 40, 38), IndicatorPeriod.builder().period(DateRange.ofYear(2009)).build());
    ValidationReport report = validate(withIndicator(empty));
    assertFindings(report, "RBM-PER-002 WARNING " + IND_1 + "/periods/2009");
    assertEquals("The period 2009 of indicator IND-1 has neither a target nor an"
        + " actual.", report.findings().get(0).message());
  }

  @Test
  void acceptsPeriodWithAnActualOnly() {
    Indicator pastOnly = indicator("IND-1").build().withPeriods(
        IndicatorPeriod.builder().period(DateRange.ofYear(2008))
            .addActual(DataPoint.of(Value.of(38))).build(),
        yearTarget(2009, 50));
    assertTrue(validate(withIndicator(pastOnly)).isClean());
  }
}
