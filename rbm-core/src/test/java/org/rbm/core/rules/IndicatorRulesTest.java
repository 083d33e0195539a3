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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;

class IndicatorRulesTest {

  @Test
  void flagsCountWithoutUnit() {
    Indicator noUnit = indicator("IND-1").build().withUnit("  ");
    ValidationReport report = validate(withIndicator(Indicator.builder().from(noUnit).build()));
    assertFindings(report, "RBM-IND-001 ERROR " + IND_1);
    assertEquals("Indicator IND-1 has no unit: name what is counted, such as countries.",
        report.findings().get(0).message());
    Indicator currency = Indicator.builder().from(indicator("IND-1").build())
        .measure(Measure.CURRENCY).unit(Optional.empty()).build();
    assertEquals("Indicator IND-1 has no unit: name the currency, such as USD.",
        validate(withIndicator(currency)).findings().get(0).message());
  }

  /** A percentage indicator, 45% at baseline, 60% and 70% targets, 58% in 2008. */
  private static Indicator.Builder percentage() {
    return Indicator.builder()
        .from(indicator("IND-1").build())
        .measure(Measure.PERCENTAGE)
        .unit(Optional.empty())
        .baseline(Baseline.of(Value.of(45), Fixtures.BASELINE_DATE))
        .periods(List.of(year(2008, 60, 58), yearTarget(2009, 70)));
  }

  @Test
  void percentageNeedsNoUnit() {
    assertTrue(validate(withIndicator(percentage().build())).isClean());
  }

  @Test
  void flagsMissingBaseline() {
    Indicator none = Indicator.builder().from(indicator("IND-1").build())
        .baseline(Optional.empty()).build();
    assertFindings(validate(withIndicator(none)), "RBM-IND-002 ERROR " + IND_1);
  }

  @Test
  void acceptsBaselineStatedAsNotAvailableForQualitativeIndicator() {
    Indicator qualitative = Indicator.builder()
        .from(indicator("IND-1").build())
        .measure(Measure.QUALITATIVE)
        .unit(Optional.empty())
        .direction(Optional.empty())
        .baseline(Baseline.notAvailable("No assessment before 2008"))
        .periods(List.of(IndicatorPeriod.builder()
            .period(DateRange.ofYear(2009))
            .addTarget(DataPoint.of(Value.text("National action plan adopted")))
            .build()))
        .build();
    assertTrue(validate(withIndicator(qualitative)).isClean());
  }

  @Test
  void flagsIndicatorWithoutTarget() {
    Indicator actualsOnly = Indicator.builder().from(indicator("IND-1").build())
        .periods(List.of(IndicatorPeriod.builder()
            .period(DateRange.ofYear(2008))
            .addActual(DataPoint.of(Value.of(38)))
            .build()))
        .build();
    assertFindings(validate(withIndicator(actualsOnly)), "RBM-IND-003 ERROR " + IND_1);
  }

  @Test
  void flagsTargetsOutsideThePlanningPeriod() {
    Indicator late = indicator("IND-1").addPeriod(yearTarget(2010, 55)).build();
    ValidationReport report = validate(withIndicator(late));
    assertFindings(report, "RBM-IND-004 ERROR " + IND_1 + "/targets/2010");
    assertEquals("The targets of indicator IND-1 for 2010 lie outside the"
        + " planning period 2008-09.", report.findings().get(0).message());
    Indicator midYear = late.withPeriods(
        year(2008, 40, 38),
        IndicatorPeriod.builder()
            .period(DateRange.of(LocalDate.of(2009, 7, 1), LocalDate.of(2010, 6, 30)))
            .addTarget(DataPoint.of(Value.of(52)))
            .build());
    assertFindings(validate(withIndicator(midYear)),
        "RBM-IND-004 ERROR " + IND_1 + "/targets/2009-07-01--2010-06-30");
  }

  @Test
  void acceptsActualsOutsideThePlanningPeriod() {
    Indicator earlier = indicator("IND-1")
        .addPeriod(IndicatorPeriod.builder()
            .period(DateRange.of(LocalDate.of(2006, 1, 1), LocalDate.of(2007, 6, 30)))
            .addActual(DataPoint.of(Value.of(28)))
            .build())
        .baseline(Baseline.of(Value.of(30), LocalDate.of(2007, 11, 1)))
        .build();
    assertTrue(validate(withIndicator(earlier)).isClean());
  }

  @Test
  void flagsQuantitativeIndicatorWithoutDirectionExceptNominal() {
    Indicator count = indicator("IND-1").build().withDirection(Optional.empty());
    assertFindings(validate(withIndicator(count)), "RBM-IND-005 ERROR " + IND_1);
    Indicator nominal = Indicator.builder().from(count).measure(Measure.NOMINAL).build();
    assertTrue(validate(withIndicator(nominal)).isClean());
  }

  @Test
  void flagsIncreasingIndicatorWhoseFinalTargetIsBelowItsBaseline() {
    // Periods given out of order: the final target is that of 2009, the latest period.
    Indicator falling = indicator("IND-1").build()
        .withPeriods(yearTarget(2009, 25), year(2008, 40, 38));
    ValidationReport report = validate(withIndicator(falling));
    assertFindings(report, "RBM-IND-006 WARNING " + IND_1 + "/targets/2009");
    assertEquals("Indicator IND-1 should increase, but its final target 25"
            + " (2009) is below its baseline 30.",
        report.findings().get(0).message());
  }

  @Test
  void flagsDecreasingIndicatorWhoseFinalTargetIsAboveItsBaseline() {
    Indicator rising = indicator("IND-1").direction(Direction.DECREASE).build()
        .withPeriods(year(2008, 28, 29), yearTarget(2009, 31));
    assertFindings(validate(withIndicator(rising)), "RBM-IND-006 WARNING " + IND_1 + "/targets/2009");
  }

  @Test
  void acceptsFinalTargetEqualToBaselineAndMaintainedIndicators() {
    Indicator flat = indicator("IND-1").build().withPeriods(year(2008, 30, 30), yearTarget(2009, 30));
    assertTrue(validate(withIndicator(flat)).isClean());
    Indicator kept = flat.withDirection(Direction.MAINTAIN).withPeriods(yearTarget(2009, 20));
    assertTrue(validate(withIndicator(kept)).isClean());
  }

  @Test
  void acceptsADecreasingIndicatorWhoseFinalTargetEqualsItsBaseline() {
    // Baseline 30, decreasing; the final target (2009) is 30 as well: no planned rise.
    Indicator flat = indicator("IND-1").direction(Direction.DECREASE).build()
        .withPeriods(year(2008, 30, 30), yearTarget(2009, 30));
    assertTrue(validate(withIndicator(flat)).isClean());
  }

  @Test
  void flagsPercentagesOutsideZeroToHundred() {
    Indicator bad = percentage()
        .baseline(Baseline.of(Value.of(-5), Fixtures.BASELINE_DATE))
        .periods(List.of(
            IndicatorPeriod.builder()
                .period(DateRange.ofYear(2008))
                .addTarget(DataPoint.of(Value.of(100)))
                .addActual(DataPoint.of(Value.fraction(BigDecimal.valueOf(12), BigDecimal.TEN)))
                .build(),
            yearTarget(2009, 101)))
        .build();
    ValidationReport report = validate(withIndicator(bad));
    assertFindings(report,
        "RBM-IND-007 ERROR " + IND_1 + "/actuals/2008",
        "RBM-IND-007 ERROR " + IND_1 + "/baseline",
        "RBM-IND-007 ERROR " + IND_1 + "/targets/2009");
    assertEquals("The actual for 2008 is 120%, outside 0 to 100%.",
        report.findings().get(0).message());
  }

  @Test
  void acceptsPercentagesOnTheBounds() {
    Indicator bounds = percentage()
        .baseline(Baseline.of(Value.of(0), Fixtures.BASELINE_DATE))
        .periods(List.of(IndicatorPeriod.builder()
            .period(DateRange.ofYear(2008))
            .addTarget(DataPoint.of(Value.of(100)))
            .addActual(DataPoint.of(Value.fraction(BigDecimal.valueOf(40), BigDecimal.valueOf(40))))
            .build()))
        .build();
    assertTrue(validate(withIndicator(bounds)).isClean());
  }

  @Test
  void flagsBaselineDatedAfterTheStartOfTheFirstTargetPeriod() {
    Indicator late = indicator("IND-1")
        .baseline(Baseline.of(Value.of(30), LocalDate.of(2008, 1, 2)))
        .build();
    ValidationReport report = validate(withIndicator(late));
    assertFindings(report, "RBM-IND-008 WARNING " + IND_1 + "/baseline");
    assertEquals("The baseline of indicator IND-1 is dated 2008-01-02, after the start of its first"
        + " target period 2008.", report.findings().get(0).message());
    Indicator firstDay = late.withBaseline(Baseline.of(Value.of(30), LocalDate.of(2008, 1, 1)));
    assertTrue(validate(withIndicator(firstDay)).isClean());
  }
}
