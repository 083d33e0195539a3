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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.ResultsFramework;

class ValueRulesTest {

  @Test
  void warnsWhenQuantitativeBaselineIsNotAvailable() {
    Indicator none = indicator("IND-1").baseline(Baseline.notAvailable("No survey before 2009"))
        .build();
    ValidationReport report = validate(withIndicator(none));
    assertFindings(report, "RBM-VAL-001 WARNING " + IND_1 + "/baseline");
    assertEquals("The baseline of indicator IND-1 has no value (No survey before 2009); IATI"
        + " expects one for a count indicator.", report.findings().get(0).message());
    assertTrue(!report.hasErrors());
  }

  private static DataPoint point(long value, String sex) {
    return DataPoint.builder().value(Value.of(value))
        .disaggregation(Disaggregation.of("sex", sex)).build();
  }

  private static DataPoint at(DataPoint point, String place) {
    return DataPoint.builder().from(point).location(place).build();
  }

  /** IND-1 with its 2008 targets: a total of 40, and the given breakdown. */
  private static ResultsFramework targets2008(List<DataPoint> breakdown, Measure measure) {
    IndicatorPeriod p2008 = IndicatorPeriod.builder()
        .period(DateRange.ofYear(2008))
        .addTarget(DataPoint.of(Value.of(40)))
        .addAllTargets(breakdown)
        .addActual(DataPoint.of(Value.of(38)))
        .build();
    return withIndicator(indicator("IND-1")
        .measure(measure)
        .addDisaggregationDimension("sex")
        .periods(List.of(p2008, yearTarget(2009, 50)))
        .build());
  }

  @Test
  void flagsBreakdownAddingUpToMoreThanTheTotal() {
    ValidationReport report =
        validate(targets2008(List.of(point(25, "female"), point(20, "male")), Measure.COUNT));
    assertFindings(report, "RBM-VAL-002 ERROR " + IND_1 + "/targets/2008/sex");
    assertEquals("The targets for 2008 broken down by sex add up to 45, more"
        + " than the total 40.", report.findings().get(0).message());
  }

  @Test
  void acceptsPartialOrExactBreakdownByDefault() {
    assertTrue(validate(targets2008(List.of(point(25, "female")), Measure.COUNT)).isClean());
    assertTrue(validate(targets2008(List.of(point(22, "female"), point(18, "male")), Measure.COUNT))
        .isClean());
  }

  @Test
  void mustEqualSettingFlagsPartialBreakdown() {
    Validator<ResultsFramework> strict = StandardRules.validator(StandardRules.ruleSet(
        RuleSettings.builder().disaggregationMustEqualTotal(true).build()));
    ValidationReport report =
        strict.validate(targets2008(List.of(point(25, "female")), Measure.COUNT));
    assertFindings(report, "RBM-VAL-002 ERROR " + IND_1 + "/targets/2008/sex");
    assertEquals("The targets for 2008 broken down by sex add up to 25, less"
        + " than the total 40.", report.findings().get(0).message());
    assertTrue(strict.validate(
        targets2008(List.of(point(22, "female"), point(18, "male")), Measure.COUNT)).isClean());
  }

  @Test
  void comparesBreakdownsWithTheTotalOfTheSameLocation() {
    // At Geneva: a total of 10, women 6 and men 5. The global total 40 is not their total.
    ValidationReport report = validate(targets2008(List.of(
            at(DataPoint.of(Value.of(10)), "Geneva"),
            at(point(6, "female"), "Geneva"),
            at(point(5, "male"), "Geneva")),
        Measure.COUNT));
    assertFindings(report, "RBM-VAL-002 ERROR " + IND_1 + "/targets/2008/@Geneva/sex");
  }

  @Test
  void doesNotAddUpPercentagesGivenAsNumbers() {
    ResultsFramework f = targets2008(List.of(point(30, "female"), point(35, "male")),
        Measure.PERCENTAGE);
    assertTrue(validate(f.withResults(f.results().get(0), f.results().get(1),
        f.results().get(2).withIndicators(Indicator.builder()
            .from(f.results().get(2).indicators().get(0)).unit(Optional.empty()).build())))
        .isClean());
  }

  @Test
  void addsUpFractionsByNumeratorsAndDenominators() {
    DataPoint total = DataPoint.of(Value.fraction(BigDecimal.valueOf(12), BigDecimal.valueOf(40)));
    DataPoint women = DataPoint.builder()
        .value(Value.fraction(BigDecimal.valueOf(8), BigDecimal.valueOf(20)))
        .disaggregation(Disaggregation.of("sex", "female")).build();
    DataPoint men = DataPoint.builder()
        .value(Value.fraction(BigDecimal.valueOf(6), BigDecimal.valueOf(20)))
        .disaggregation(Disaggregation.of("sex", "male")).build();
    Indicator share = Indicator.builder()
        .from(indicator("IND-1").build())
        .measure(Measure.PERCENTAGE)
        .unit(Optional.empty())
        .addDisaggregationDimension("sex")
        .periods(List.of(
            IndicatorPeriod.builder().period(DateRange.ofYear(2008))
                .addActual(total).addActual(women).addActual(men).build(),
            yearTarget(2009, 50)))
        .build();
    ValidationReport report = validate(withIndicator(share));
    assertFindings(report, "RBM-VAL-002 ERROR " + IND_1 + "/actuals/2008/sex");
    assertEquals("The actuals for 2008 broken down by sex add up to 14/40, more"
        + " than the total 12/40.", report.findings().get(0).message());
  }

  @Test
  void flagsActualMoreThanTwentyPercentAboveItsTarget() {
    ValidationReport report =
        validate(withIndicator(indicator("IND-1").build().withPeriods(year(2008, 40, 49),
            yearTarget(2009, 50))));
    assertFindings(report, "RBM-VAL-003 WARNING " + IND_1 + "/actuals/2008");
    assertEquals("The actual 49 of indicator IND-1 for 2008 is 22.5% above its"
        + " target 40 (more than 20%): check the figure and the target.",
        report.findings().get(0).message());
  }

  @Test
  void flagsAPercentageFarAboveItsTarget() {
    // A share of 50% against a target of 40%: 50 / 40 = 1.25, 25% above, beyond the 20% allowed.
    // A share of 48% is 20% above: allowed.
    Indicator share = Indicator.builder()
        .from(indicator("IND-1").build())
        .measure(Measure.PERCENTAGE)
        .unit(Optional.empty())
        .periods(List.of(year(2008, 40, 50), yearTarget(2009, 50)))
        .build();
    ValidationReport report = validate(withIndicator(share));
    assertFindings(report, "RBM-VAL-003 WARNING " + IND_1 + "/actuals/2008");
    assertEquals("The actual 50 of indicator IND-1 for 2008 is 25% above its"
        + " target 40 (more than 20%): check the figure and the target.",
        report.findings().get(0).message());
    assertTrue(validate(withIndicator(share.withPeriods(year(2008, 40, 48), yearTarget(2009, 50))))
        .isClean());
  }

  @Test
  void acceptsActualExactlyTwentyPercentAboveAndZeroTargets() {
    assertTrue(validate(withIndicator(indicator("IND-1").build()
        .withPeriods(year(2008, 40, 48), yearTarget(2009, 50)))).isClean());
    Indicator fromZero = indicator("IND-1")
        .baseline(Baseline.of(Value.of(0), Fixtures.BASELINE_DATE))
        .periods(List.of(year(2008, 0, 3), yearTarget(2009, 5)))
        .build();
    assertTrue(validate(withIndicator(fromZero)).isClean());
  }

  @Test
  void toleranceIsASettingAndBreakdownsAreComparedOneByOne() {
    IndicatorPeriod p2008 = IndicatorPeriod.builder()
        .period(DateRange.ofYear(2008))
        .addTargets(DataPoint.of(Value.of(40)), point(20, "female"))
        .addActuals(DataPoint.of(Value.of(38)), point(30, "female"))
        .build();
    Indicator women = indicator("IND-1").addDisaggregationDimension("sex")
        .periods(List.of(p2008, yearTarget(2009, 50))).build();
    assertFindings(validate(withIndicator(women)),
        "RBM-VAL-003 WARNING " + IND_1 + "/actuals/2008/sex=female");
    Validator<ResultsFramework> lenient = StandardRules.validator(StandardRules.ruleSet(
        RuleSettings.builder().overTargetTolerancePercent(new BigDecimal("50")).build()));
    assertTrue(lenient.validate(withIndicator(women)).isClean());
  }

  @Test
  void forADecreasingIndicatorFlagsAnActualFarBelowItsTarget() {
    // Decreasing from 30: target 20 for 2008. An actual of 15 is 25% below it; 25 is above it,
    // which is under-performance, not a figure to check.
    Indicator falling = indicator("IND-1").direction(Direction.DECREASE).build()
        .withPeriods(year(2008, 20, 15), yearTarget(2009, 10));
    ValidationReport report = validate(withIndicator(falling));
    assertFindings(report, "RBM-VAL-003 WARNING " + IND_1 + "/actuals/2008");
    assertEquals("The actual 15 of indicator IND-1 for 2008 is 25% below its target 20 (more than"
        + " 20%): check the figure and the target.", report.findings().get(0).message());
    assertTrue(validate(withIndicator(falling.withPeriods(year(2008, 20, 25), yearTarget(2009, 10))))
        .isClean());
    assertTrue(validate(withIndicator(falling.withPeriods(year(2008, 20, 16), yearTarget(2009, 10))))
        .isClean());
  }

  @Test
  void doesNotCompareOrdinalLevels() {
    Indicator levels = indicator("IND-1").measure(Measure.ORDINAL)
        .baseline(Baseline.of(Value.of(1), Fixtures.BASELINE_DATE))
        .periods(List.of(year(2008, 2, 4), yearTarget(2009, 3)))
        .build();
    assertTrue(validate(withIndicator(levels)).isClean());
  }
}
