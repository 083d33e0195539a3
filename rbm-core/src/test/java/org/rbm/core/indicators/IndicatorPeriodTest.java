package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.period.DateRange;

class IndicatorPeriodTest {
  private static final DataPoint TOTAL_45 = DataPoint.of(Value.of(45));
  private static final DataPoint WOMEN_20 =
      DataPoint.builder()
          .value(Value.of(20))
          .disaggregation(Disaggregation.of("sex", "female"))
          .build();

  @Test
  void aFuturePeriodHasTargetsAndNoActualYet() {
    IndicatorPeriod p =
        IndicatorPeriod.builder().period(DateRange.ofYear(2009)).addTargets(TOTAL_45).build();
    assertEquals(DateRange.ofYear(2009), p.period());
    assertEquals(Optional.of(TOTAL_45), p.totalTarget());
    assertEquals(Optional.empty(), p.totalActual());
    assertEquals(0, p.actuals().size());
  }

  @Test
  void theTotalIsTheValueWithoutBreakdownAndLocation() {
    DataPoint inAfrica = TOTAL_45.withLocation("Africa");
    DataPoint total = DataPoint.of(Value.of(60));
    IndicatorPeriod p =
        IndicatorPeriod.builder()
            .period(DateRange.ofYear(2008))
            .addTargets(WOMEN_20, inAfrica, total)
            .addActuals(inAfrica)
            .build();
    assertEquals(Optional.of(total), p.totalTarget());
    assertEquals(Optional.empty(), p.totalActual());
  }

  @Test
  void allowsSeveralTargetsThatDifferByBreakdownOrLocation() {
    IndicatorPeriod p =
        IndicatorPeriod.builder()
            .period(DateRange.ofYear(2008))
            .addTargets(
                TOTAL_45, WOMEN_20, TOTAL_45.withLocation("Africa"), WOMEN_20.withLocation("Africa"))
            .addActuals(TOTAL_45, WOMEN_20)
            .build();
    assertEquals(4, p.targets().size());
    assertEquals(2, p.actuals().size());
  }

  @Test
  void rejectsTwoTargetsForTheSameBreakdownAndLocation() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                IndicatorPeriod.builder()
                    .period(DateRange.ofYear(2009))
                    .addTargets(TOTAL_45, DataPoint.of(Value.of(50)))
                    .build());
    assertEquals(
        "targets[1]: got \"total\", expected one target per breakdown and location in period "
            + "2009-01-01/2009-12-31",
        e.getMessage());
    assertEquals(Optional.of("targets[1]"), e.field());
  }

  @Test
  void rejectsTwoActualsForTheSameBreakdownAndLocation() {
    DataPoint womenInAfrica = WOMEN_20.withLocation("Africa");
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                IndicatorPeriod.builder()
                    .period(DateRange.ofYear(2008))
                    .addActuals(womenInAfrica, TOTAL_45, womenInAfrica.withComment("Revised"))
                    .build());
    assertEquals(
        "actuals[2]: got \"sex=female at Africa\", expected one actual per breakdown and location"
            + " in period 2008-01-01/2008-12-31",
        e.getMessage());
  }

  @Test
  void requiresAPeriod() {
    assertEquals(
        "Cannot build IndicatorPeriod, some of required attributes are not set [period]",
        assertThrows(
                InvalidValueException.class,
                () -> IndicatorPeriod.builder().addTargets(TOTAL_45).build())
            .getMessage());
  }

  @Test
  void equalsByPeriodTargetsAndActuals() {
    IndicatorPeriod p =
        IndicatorPeriod.builder().period(DateRange.ofYear(2009)).addTargets(TOTAL_45).build();
    new EqualsTester()
        .addEqualityGroup(
            p, IndicatorPeriod.builder().period(DateRange.ofYear(2009)).addTargets(TOTAL_45).build())
        .addEqualityGroup(p.withPeriod(DateRange.ofYear(2008)))
        .addEqualityGroup(p.withTargets(WOMEN_20))
        .addEqualityGroup(p.withActuals(TOTAL_45))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    IndicatorPeriod p =
        IndicatorPeriod.builder().period(DateRange.ofYear(2009)).addTargets(TOTAL_45).build();
    new NullPointerTester().testAllPublicStaticMethods(IndicatorPeriod.class);
    new NullPointerTester().testAllPublicInstanceMethods(p);
    new NullPointerTester().testAllPublicInstanceMethods(IndicatorPeriod.builder());
  }
}
