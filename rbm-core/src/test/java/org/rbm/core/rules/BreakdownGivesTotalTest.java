package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.rules.Fixtures.IND_1;
import static org.rbm.core.rules.Fixtures.assertFindings;
import static org.rbm.core.rules.Fixtures.indicator;
import static org.rbm.core.rules.Fixtures.validate;
import static org.rbm.core.rules.Fixtures.withIndicator;
import static org.rbm.core.rules.Fixtures.year;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;

/** RBM-VAL-004: a period given only by breakdown can have its total derived (issue 10). */
class BreakdownGivesTotalTest {
  /** IND-1 (a count, sex declared female and male) whose 2009 actuals are the given points. */
  private static Indicator.Builder actuals2009(Indicator.Builder b, DataPoint... actuals) {
    return b.periods(
        List.of(
            year(2008, 40, 38),
            IndicatorPeriod.builder()
                .period(DateRange.ofYear(2009))
                .addTarget(DataPoint.of(Value.of(50)))
                .addActuals(actuals)
                .build()));
  }

  @Test
  void aCompleteBreakdownOfACountIsClean() {
    Indicator i =
        actuals2009(
                indicator("IND-1").dimension("sex", "female", "male"),
                DataPoint.of(Value.of(20), "sex", "female"),
                DataPoint.of(Value.of(25), "sex", "male"))
            .build();
    assertTrue(validate(withIndicator(i)).isClean());
  }

  @Test
  void reportsTheMissingCategoryOfAnIncompleteBreakdown() {
    Indicator i =
        actuals2009(
                indicator("IND-1").dimension("sex", "female", "male"),
                DataPoint.of(Value.of(20), "sex", "female"))
            .build();
    ValidationReport report = validate(withIndicator(i));
    assertFindings(report, "RBM-VAL-004 WARNING " + IND_1 + "/actuals/2009/sex");
    assertEquals(
        "The actuals of indicator IND-1 for 2009 are given only broken down by sex, without male:"
            + " give the total actual or the missing categories.",
        report.findings().get(0).message());
    assertEquals(
        "Les valeurs réelles de l'indicateur IND-1 pour 2009 ne sont données que ventilées par"
            + " sex, sans male : donnez la valeur réelle totale ou les catégories manquantes.",
        report.findings().get(0).message(Locale.FRENCH));
  }

  @Test
  void reportsABreakdownOfAPercentageWithoutTotal() {
    Indicator i =
        actuals2009(
                indicator("IND-1").measure(Measure.PERCENTAGE).unit("%")
                    .dimension("sex", "female", "male"),
                DataPoint.of(Value.of(40), "sex", "female"),
                DataPoint.of(Value.of(30), "sex", "male"))
            .build();
    ValidationReport report = validate(withIndicator(i));
    assertFindings(report, "RBM-VAL-004 WARNING " + IND_1 + "/actuals/2009/sex");
    assertEquals(
        "The actuals of indicator IND-1 for 2009 are given only broken down by sex, and the values"
            + " of a percentage indicator do not add up: give the total actual.",
        report.findings().get(0).message());
  }

  @Test
  void reportsABreakdownByADimensionWithoutDeclaredCategories() {
    Indicator i =
        actuals2009(
                indicator("IND-1").addDisaggregationDimension("region"),
                DataPoint.of(Value.of(20), "region", "north"))
            .build();
    ValidationReport report = validate(withIndicator(i));
    assertFindings(report, "RBM-VAL-004 WARNING " + IND_1 + "/actuals/2009/region");
    assertEquals(
        "The actuals of indicator IND-1 for 2009 are given only broken down by region, whose"
            + " categories the indicator does not declare: give the total actual, or declare the"
            + " categories.",
        report.findings().get(0).message());
  }
}
