package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.period.DateRange;

/** Setting one target or actual of an indicator, by period, breakdown and location. */
class IndicatorEditsTest {
  private static final DateRange Y2024 = DateRange.ofYear(2024);
  private static final DateRange Y2025 = DateRange.ofYear(2025);
  private static final DateRange Y2026 = DateRange.ofYear(2026);

  private static Indicator trained() {
    return Indicator.builder()
        .id(IndicatorId.of("IND-1"))
        .title("People trained")
        .measure(Measure.COUNT)
        .addDisaggregationDimensions("sex")
        .addPeriods(
            IndicatorPeriod.builder().period(Y2024).addTargets(DataPoint.of(Value.of(80))).build(),
            IndicatorPeriod.builder().period(Y2026).addTargets(DataPoint.of(Value.of(120))).build())
        .build();
  }

  private static List<DateRange> periods(Indicator i) {
    return i.periods().stream().map(IndicatorPeriod::period).toList();
  }

  @Test
  void replacesTheTotalTargetOfAPeriod() {
    Indicator changed = trained().withTarget(Y2024, DataPoint.of(Value.of(90)));
    assertEquals(List.of(DataPoint.of(Value.of(90))), changed.periods().get(0).targets());
    assertEquals(trained().periods().get(1), changed.periods().get(1));
  }

  @Test
  void addsABreakdownBesideTheTotal() {
    Indicator changed = trained().withActual(Y2024, DataPoint.of(Value.of(45), "sex", "female"));
    assertEquals(
        List.of(DataPoint.of(Value.of(45), Disaggregation.of("sex", "female"))),
        changed.periods().get(0).actuals());
    Indicator both = changed.withActual(Y2024, DataPoint.of(Value.of(40), "sex", "male"));
    assertEquals(2, both.periods().get(0).actuals().size());
    Indicator corrected = both.withActual(Y2024, DataPoint.of(Value.of(47), "sex", "female"));
    assertEquals(
        List.of(
            DataPoint.of(Value.of(47), "sex", "female"), DataPoint.of(Value.of(40), "sex", "male")),
        corrected.periods().get(0).actuals());
  }

  @Test
  void keepsPointsAtAnotherLocationApart() {
    DataPoint geneva =
        DataPoint.builder().value(Value.of(10)).location("Geneva").build();
    Indicator changed = trained().withTarget(Y2024, geneva);
    assertEquals(
        List.of(DataPoint.of(Value.of(80)), geneva), changed.periods().get(0).targets());
  }

  @Test
  void addsAMissingPeriodInDateOrder() {
    Indicator changed = trained().withTarget(Y2025, DataPoint.of(Value.of(100)));
    assertEquals(List.of(Y2024, Y2025, Y2026), periods(changed));
    Indicator later = trained().withActual(DateRange.ofYear(2027), DataPoint.of(Value.of(5)));
    assertEquals(List.of(Y2024, Y2026, DateRange.ofYear(2027)), periods(later));
    Indicator earlier = trained().withActual(DateRange.ofYear(2023), DataPoint.of(Value.of(5)));
    assertEquals(List.of(DateRange.ofYear(2023), Y2024, Y2026), periods(earlier));
  }

  @Test
  void checksTheIndicatorsInvariantsAgain() {
    InvalidValueException wrongKind =
        assertThrows(
            InvalidValueException.class,
            () -> trained().withActual(Y2024, DataPoint.of(Value.text("many"))));
    assertEquals("periods[0].actuals[0].value", wrongKind.field().orElseThrow());
    InvalidValueException undeclared =
        assertThrows(
            InvalidValueException.class,
            () -> trained().withActual(Y2024, DataPoint.of(Value.of(3), "age", "15-24")));
    assertEquals("periods[0].actuals[0].disaggregation", undeclared.field().orElseThrow());
  }

  @Test
  void shortFormsEqualTheLongOnes() {
    assertEquals(
        DataPoint.builder()
            .value(Value.of(60))
            .disaggregation(Disaggregation.of("sex", "female"))
            .build(),
        DataPoint.of(Value.of(60), "sex", "female"));
    assertEquals(
        Value.fraction(java.math.BigDecimal.valueOf(12), java.math.BigDecimal.valueOf(40)),
        Value.fraction(12, 40));
  }

  @Test
  void wholeFractionsAreCheckedLikeDecimalOnes() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Value.fraction(3, 0));
    assertEquals("denominator", e.field().orElseThrow());
  }
}
