package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.period.DateRange;

/** Declared categories of a dimension, and whether a measure adds up (issue 10, point 1). */
class DimensionCategoriesTest {
  private static Indicator.Builder count() {
    Indicator.Builder b = Indicator.builder();
    b.id(IndicatorId.of("IND-1")).title("People trained").measure(Measure.COUNT);
    return b;
  }

  @Test
  void dimensionDeclaresTheDimensionAndItsCategoriesInOrder() {
    Indicator i = count().dimension("sex", "female", "male").dimension("age", "15-24").build();
    assertEquals(ImmutableSet.of("sex", "age"), i.disaggregationDimensions());
    assertEquals(ImmutableList.of("female", "male"), i.dimensionCategories().get("sex").asList());
    assertEquals(ImmutableList.of("15-24"), i.dimensionCategories().get("age").asList());
  }

  @Test
  void additiveByDefaultForCountsAndAmountsOnly() {
    for (Measure m : Measure.values()) {
      boolean expected = m == Measure.COUNT || m == Measure.CURRENCY;
      assertEquals(expected, m.additiveByDefault(), m.name());
    }
    assertTrue(count().build().additive());
    assertFalse(count().additive(false).build().additive());
  }

  @Test
  void refusesADataPointWithACategoryNotDeclared() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                count()
                    .dimension("sex", "female", "male")
                    .addPeriod(
                        IndicatorPeriod.builder()
                            .period(DateRange.ofYear(2025))
                            .addActual(DataPoint.of(Value.of(3), "sex", "unknown"))
                            .build())
                    .build());
    assertEquals(
        "periods[0].actuals[0].disaggregation: got \"sex=unknown\", expected only the declared"
            + " categories of sex [female, male]",
        e.getMessage());
  }

  @Test
  void anOpenDimensionAcceptsAnyCategory() {
    Indicator i =
        count()
            .addDisaggregationDimension("region")
            .addPeriod(
                IndicatorPeriod.builder()
                    .period(DateRange.ofYear(2025))
                    .addActual(DataPoint.of(Value.of(3), "region", "north"))
                    .build())
            .build();
    assertTrue(i.dimensionCategories().isEmpty());
  }

  @Test
  void refusesCategoriesOfAnUndeclaredDimension() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> count().putDimensionCategory("sex", "female").build());
    assertEquals(
        "dimensionCategories: got \"sex\", expected one of the declared dimensions []",
        e.getMessage());
  }

  @Test
  void refusesACategoryThatNoBreakdownCouldName() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> count().dimension("sex", "fe=male").build());
    assertEquals(
        "dimensionCategories.sex: got \"fe=male\", expected a non-blank name without '=' or ';'"
            + " or edge spaces",
        e.getMessage());
  }
}
