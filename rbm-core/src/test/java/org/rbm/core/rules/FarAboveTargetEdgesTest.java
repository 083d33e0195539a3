package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rbm.core.rules.Fixtures.indicator;
import static org.rbm.core.rules.Fixtures.validate;
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
 * RBM-VAL-003 (20% by default) for fractions, and for a period of more targets than a scan
 * handles (more than eight), where each actual is matched to its target by breakdown.
 */
class FarAboveTargetEdgesTest {

  private static List<String> warnings(ResultsFramework f) {
    return validate(f).findings(StandardRules.ACTUAL_NOT_FAR_ABOVE_TARGET).stream()
        .map(Finding::message)
        .toList();
  }

  private static ResultsFramework share2008(Value target, Value actual) {
    IndicatorPeriod p2008 = IndicatorPeriod.builder().period(DateRange.ofYear(2008))
        .addTarget(DataPoint.of(target)).addActual(DataPoint.of(actual)).build();
    return withIndicator(indicator("IND-1").measure(Measure.PERCENTAGE).unit(Optional.empty())
        .periods(List.of(p2008, yearTarget(2009, 50))).build());
  }

  /** 3/5 is 60%, 1.2 times a target of 1/2: at the tolerance. 7/10 is 1.4 times: 40% above. */
  @Test
  void fractionsAreComparedByTheirPercent() {
    assertEquals(List.of(), warnings(share2008(Value.fraction(1, 2), Value.fraction(3, 5))));
    assertEquals(List.of("The actual 7/10 of indicator IND-1 for 2008 is 40% above its target"
            + " 1/2 (more than 20%): check the figure and the target."),
        warnings(share2008(Value.fraction(1, 2), Value.fraction(7, 10))));
  }

  private static DataPoint age(long value, String group) {
    return DataPoint.builder().value(Value.of(value))
        .disaggregation(Disaggregation.of("age", group)).build();
  }

  /**
   * Nine age groups: targets of 10 for a1 to a8 and 20 for a9. An actual of 13 for a1 is 30% above
   * its own target of 10 (not 35% below a9's 20).
   */
  @Test
  void withManyTargetsEachActualMeetsItsOwnBreakdownsTarget() {
    IndicatorPeriod.Builder p = IndicatorPeriod.builder().period(DateRange.ofYear(2008));
    p.addTarget(DataPoint.of(Value.of(100)));
    for (int g = 1; g <= 8; g++) {
      p.addTarget(age(10, "a" + g));
    }
    p.addTarget(age(20, "a9"));
    p.addActual(age(13, "a1"));
    ResultsFramework f = withIndicator(indicator("IND-1").addDisaggregationDimension("age")
        .periods(List.of(p.build(), yearTarget(2009, 50))).build());
    assertEquals(List.of("The actual 13 of indicator IND-1 for 2008 is 30% above its target 10"
        + " (more than 20%): check the figure and the target."), warnings(f));
  }
}
