package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rbm.core.rules.Fixtures.IND_1;
import static org.rbm.core.rules.Fixtures.assertFindings;
import static org.rbm.core.rules.Fixtures.indicator;
import static org.rbm.core.rules.Fixtures.withIndicator;
import static org.rbm.core.rules.Fixtures.yearTarget;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.ResultsFramework;

/**
 * RBM-VAL-002 at its edges: actuals at a place, amounts of money, fractions whose denominators do
 * not fit, fractions beside numbers, and the setting that asks for equality. Every expected sum is
 * added up here by hand.
 */
class BreakdownEdgesTest {
  /** Made in each test, not once for the class: mutation testing sees what a test runs. */
  private final Validator<ResultsFramework> strict = StandardRules.validator(
      StandardRules.ruleSet(RuleSettings.builder().disaggregationMustEqualTotal(true).build()));

  private static DataPoint sex(Value value, String sex) {
    return DataPoint.builder().value(value).disaggregation(Disaggregation.of("sex", sex)).build();
  }

  private static DataPoint at(Value value, String place, String sex) {
    DataPoint.Builder b = DataPoint.builder().value(value).location(place);
    if (!sex.isEmpty()) {
      b.disaggregation(Disaggregation.of("sex", sex));
    }
    return b.build();
  }

  /** IND-1 of the given measure, its 2008 actuals as given (no 2008 target), a 2009 target. */
  private static ResultsFramework actuals2008(Measure measure, List<DataPoint> actuals) {
    IndicatorPeriod p2008 =
        IndicatorPeriod.builder().period(DateRange.ofYear(2008)).addAllActuals(actuals).build();
    return withIndicator(indicator("IND-1")
        .measure(measure)
        .unit(measure == Measure.PERCENTAGE ? Optional.empty() : Optional.of("USD"))
        .addDisaggregationDimension("sex")
        .periods(List.of(p2008, yearTarget(2009, 50)))
        .build());
  }

  private static List<String> messages(ValidationReport report) {
    return report.findings(StandardRules.BREAKDOWN_WITHIN_TOTAL).stream()
        .map(Finding::message)
        .toList();
  }

  @Test
  void theRulesDescriptionFollowsTheSetting() {
    assertEquals("The values of one breakdown add up to exactly the total",
        strict.rules().rule(StandardRules.BREAKDOWN_WITHIN_TOTAL).orElseThrow().info()
            .description());
    assertEquals("The values of one breakdown do not add up to more than the total",
        StandardRules.ruleSet().rule(StandardRules.BREAKDOWN_WITHIN_TOTAL).orElseThrow().info()
            .description());
  }

  /** At Geneva: a total of 10, women 6 and men 5, 11 in all; the place is in the message. */
  @Test
  void actualsAtAPlaceAreComparedWithThatPlacesTotal() {
    ResultsFramework f = actuals2008(Measure.CURRENCY, List.of(
        DataPoint.of(Value.of(38)),
        at(Value.of(10), "Geneva", ""),
        at(Value.of(6), "Geneva", "female"),
        at(Value.of(5), "Geneva", "male")));
    ValidationReport report = StandardRules.validator().validate(f);
    assertFindings(report, "RBM-VAL-002 ERROR " + IND_1 + "/actuals/2008/@Geneva/sex");
    assertEquals(List.of("The actuals for 2008 at Geneva broken down by sex add up to 11, more"
        + " than the total 10."), messages(report));
  }

  /** Targets at a place are named as targets, with the place. */
  @Test
  void targetsAtAPlaceAreNamedAsTargets() {
    IndicatorPeriod p2008 = IndicatorPeriod.builder().period(DateRange.ofYear(2008))
        .addTarget(at(Value.of(10), "Turin", ""))
        .addTarget(at(Value.of(7), "Turin", "female"))
        .addTarget(at(Value.of(4), "Turin", "male"))
        .build();
    ResultsFramework f = withIndicator(indicator("IND-1").addDisaggregationDimension("sex")
        .periods(List.of(p2008, yearTarget(2009, 50))).build());
    assertEquals(List.of("The targets for 2008 at Turin broken down by sex add up to 11, more than"
        + " the total 10."), messages(StandardRules.validator().validate(f)));
  }

  /** Amounts of money add up as counts do: USD 25 and USD 20 are more than USD 40. */
  @Test
  void amountsOfMoneyAddUp() {
    ResultsFramework f = actuals2008(Measure.CURRENCY, List.of(
        DataPoint.of(Value.of(40)), sex(Value.of(25), "female"), sex(Value.of(20), "male")));
    assertEquals(List.of("The actuals for 2008 broken down by sex add up to 45, more than the"
        + " total 40."), messages(StandardRules.validator().validate(f)));
  }

  /**
   * Numerators that fit (6 + 6 = 12 of 12) do not excuse denominators that do not (25 + 20 = 45,
   * more than 40).
   */
  @Test
  void fractionsWhoseDenominatorsAddUpToMoreThanTheTotalsAreFlagged() {
    ResultsFramework f = actuals2008(Measure.PERCENTAGE, List.of(
        DataPoint.of(Value.fraction(12, 40)),
        sex(Value.fraction(6, 25), "female"),
        sex(Value.fraction(6, 20), "male")));
    assertEquals(List.of("The actuals for 2008 broken down by sex add up to 12/45, more than the"
        + " total 12/40."), messages(StandardRules.validator().validate(f)));
  }

  /** With equality asked for: 6/20 and 6/20 are 12/40; 6/20 and 6/18 are 12/38, not 12/40. */
  @Test
  void equalityOfFractionsNeedsBothNumeratorsAndDenominators() {
    ResultsFramework equal = actuals2008(Measure.PERCENTAGE, List.of(
        DataPoint.of(Value.fraction(12, 40)),
        sex(Value.fraction(6, 20), "female"),
        sex(Value.fraction(6, 20), "male")));
    assertEquals(List.of(), messages(strict.validate(equal)));
    ResultsFramework unequal = actuals2008(Measure.PERCENTAGE, List.of(
        DataPoint.of(Value.fraction(12, 40)),
        sex(Value.fraction(6, 20), "female"),
        sex(Value.fraction(6, 18), "male")));
    assertEquals(List.of("The actuals for 2008 broken down by sex add up to 12/38, not equal to"
        + " the total 12/40."), messages(strict.validate(unequal)));
  }

  /**
   * A fraction's breakdown given as a plain percentage cannot be added to it: not compared, even
   * when equality is asked for.
   */
  @Test
  void aBreakdownMixingNumbersAndFractionsIsNotCompared() {
    ResultsFramework f = actuals2008(Measure.PERCENTAGE, List.of(
        DataPoint.of(Value.fraction(12, 40)), sex(Value.of(30), "female")));
    assertEquals(List.of(), messages(strict.validate(f)));
    assertEquals(List.of(), messages(StandardRules.validator().validate(f)));
  }
}
