package org.rbm.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;

/** What {@link ObservationGen} promises: coherent histories, recorded as time passes. */
class ObservationGenTest {

  @Test
  void periodsAreConsecutiveAndActualsAreRecordedOnlyOnceAPeriodHasStarted() {
    qt().withExamples(500)
        .forAll(RbmGen.observationsOverTime())
        .checkAssert(
            h -> {
              Indicator i = h.indicator();
              List<IndicatorPeriod> periods = i.periods();
              assertTrue(!periods.isEmpty() && periods.size() <= 8, h::toString);
              assertEquals(i.baseline().orElseThrow().date().orElseThrow(), periods.get(0).period().start());
              for (int j = 0; j < periods.size(); j++) {
                IndicatorPeriod p = periods.get(j);
                if (j > 0) {
                  assertEquals(periods.get(j - 1).period().end().plusDays(1), p.period().start());
                }
                assertTrue(p.totalTarget().isPresent());
                if (!p.actuals().isEmpty()) {
                  assertTrue(!p.period().start().isAfter(h.asOf()), h::toString);
                }
              }
            });
  }

  @Test
  void targetsMoveFromTheBaselineInTheIndicatorsDirection() {
    qt().forAll(RbmGen.observationsOverTime().measures(Measure.COUNT, Measure.CURRENCY))
        .checkAssert(
            h -> {
              Indicator i = h.indicator();
              BigDecimal previous = amount(i.baseline().orElseThrow().value().orElseThrow());
              for (IndicatorPeriod p : i.periods()) {
                BigDecimal target = amount(p.totalTarget().orElseThrow().value());
                int cmp = target.compareTo(previous);
                switch (i.direction().orElseThrow()) {
                  case INCREASE -> assertTrue(cmp >= 0, h::toString);
                  case DECREASE -> assertTrue(cmp <= 0, h::toString);
                  default -> assertEquals(0, cmp, h::toString);
                }
                previous = target;
              }
            });
  }

  @Test
  void breakdownsAddUpToTheTotal() {
    qt().forAll(RbmGen.observationsOverTime().measures(Measure.COUNT))
        .checkAssert(
            h -> {
              for (IndicatorPeriod p : h.indicator().periods()) {
                BigDecimal parts = BigDecimal.ZERO;
                for (DataPoint d : p.actuals()) {
                  if (!d.disaggregation().isTotal()) {
                    parts = parts.add(amount(d.value()));
                  }
                }
                if (p.actuals().size() > 1) {
                  assertEquals(0, parts.compareTo(amount(p.totalActual().orElseThrow().value())));
                }
              }
            });
  }

  @Test
  void recordingInAnotherOrderKeepsTheObservations() {
    IndicatorHistory h = RbmGen.observationsOverTime().periods(4, 8).measures(Measure.COUNT).sample(3);
    IndicatorHistory other = h.recordedInAnotherOrder(42);
    assertEquals(h.asOf(), other.asOf());
    assertEquals(Set.copyOf(h.indicator().periods().stream().map(IndicatorPeriod::period).toList()),
        Set.copyOf(other.indicator().periods().stream().map(IndicatorPeriod::period).toList()));
    assertEquals(h.indicator().withPeriods(), other.indicator().withPeriods());
    assertEquals(other, h.recordedInAnotherOrder(42));
  }

  @Test
  void samplesAreStableAndVaried() {
    assertEquals(RbmGen.observationsOverTime().sample(7), RbmGen.observationsOverTime().sample(7));
    Set<IndicatorHistory> distinct = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      distinct.add(RbmGen.observationsOverTime().sample(seed));
    }
    assertTrue(distinct.size() > 15, distinct::toString);
    assertEquals(
        Measure.RATIO,
        RbmGen.observationsOverTime().measures(Measure.RATIO).sample(1).indicator().measure());
  }

  @Test
  void settingsRejectWhatCannotBeObservedOnAScale() {
    InvalidValueException m =
        assertThrows(
            InvalidValueException.class,
            () -> RbmGen.observationsOverTime().measures(Measure.QUALITATIVE));
    assertEquals(
        "measures: got QUALITATIVE, expected COUNT, PERCENTAGE, RATIO or CURRENCY (measures with a"
            + " scale)",
        m.getMessage());
    assertThrows(
        InvalidValueException.class,
        () -> RbmGen.observationsOverTime().directions(Direction.NOT_APPLICABLE));
    assertThrows(InvalidValueException.class, () -> RbmGen.observationsOverTime().periods(0, 3));
    assertThrows(InvalidValueException.class, () -> RbmGen.observationsOverTime().measures());
    new NullPointerTester().testAllPublicInstanceMethods(RbmGen.observationsOverTime());
    new NullPointerTester()
        .setDefault(Indicator.class, RbmGen.observationsOverTime().sample(1).indicator())
        .testAllPublicStaticMethods(IndicatorHistory.class);
  }

  private static BigDecimal amount(org.rbm.core.indicators.Value v) {
    return ((NumericValue) v).amount();
  }
}
