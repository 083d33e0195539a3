package org.rbm.core.indicators;

import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.rbm.testkit.RbmGen;

/** {@code parse(toString(x))} gives {@code x} back for generated breakdowns. */
class DisaggregationRoundTripTest {

  @Test
  void generatedBreakdownsRoundTrip() {
    qt().forAll(RbmGen.disaggregations())
        .check(d -> Disaggregation.parse(d.toString()).equals(d));
  }

  @Test
  void breakdownsOfGeneratedIndicatorsRoundTrip() {
    qt().withExamples(300)
        .forAll(RbmGen.indicators().measures(Measure.COUNT))
        .check(
            i ->
                i.periods().stream()
                    .flatMap(p -> p.targets().stream())
                    .map(DataPoint::disaggregation)
                    .allMatch(d -> Disaggregation.parse(d.toString()).equals(d)));
  }
}
