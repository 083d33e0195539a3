package org.rbm.core.period;

import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rbm.testkit.RbmGen;

/** {@code parse(toString(x))} gives {@code x} back for generated periods and date ranges. */
class PeriodRoundTripTest {

  @Test
  void bienniumsRoundTrip() {
    qt().forAll(RbmGen.planningPeriods())
        .check(p -> p.isBiennium() && PlanningPeriod.parse(p.toString()).equals(p));
  }

  @Test
  void periodsOfAnyLengthAndCenturyRoundTrip() {
    qt().forAll(
            RbmGen.planningPeriods()
                .firstYearsBetween(PlanningPeriod.MIN_YEAR, 9_000)
                .lengthsBetween(1, 200))
        .check(p -> PlanningPeriod.parse(p.toString()).equals(p));
  }

  @Test
  void dateRangesRoundTrip() {
    qt().forAll(RbmGen.dateRanges()).check(r -> DateRange.parse(r.toString()).equals(r));
    qt().forAll(
            RbmGen.dateRanges()
                .within(DateRange.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)))
                .maxLengthInDays(4_000_000))
        .check(r -> DateRange.parse(r.toString()).equals(r));
  }

  @Test
  void generatedRangesLieWithinTheirBounds() {
    PlanningPeriod biennium = PlanningPeriod.parse("2008-09");
    qt().forAll(RbmGen.dateRanges().within(biennium).maxLengthInDays(90))
        .check(r -> biennium.toDateRange().encloses(r) && r.lengthInDays() <= 90);
  }
}
