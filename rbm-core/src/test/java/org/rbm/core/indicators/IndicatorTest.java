package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.period.DateRange;

class IndicatorTest {

  /** The indicator of the class Javadoc: Member States with a DWCP, 30 in 2007, 50 by 2009. */
  private static Indicator dwcps() {
    return Indicator.builder()
        .id(IndicatorId.of("IND-1"))
        .title("Member States with a Decent Work Country Programme")
        .measure(Measure.COUNT)
        .unit("countries")
        .direction(Direction.INCREASE)
        .cumulative(true)
        .baseline(Baseline.of(Value.of(30), LocalDate.of(2007, 11, 1)))
        .addPeriods(
            IndicatorPeriod.builder()
                .period(DateRange.of(LocalDate.of(2008, 1, 1), LocalDate.of(2009, 12, 31)))
                .addTargets(DataPoint.of(Value.of(50)))
                .build())
        .build();
  }

  private static Indicator.Builder minimal(Measure measure) {
    return Indicator.builder().id(IndicatorId.of("IND-2")).title("An indicator").measure(measure);
  }

  private static IndicatorPeriod targetIn2008(DataPoint target) {
    return IndicatorPeriod.builder().period(DateRange.ofYear(2008)).addTargets(target).build();
  }

  @Test
  void buildsTheExampleOfTheDocumentation() {
    Indicator i = dwcps();
    assertEquals(IndicatorId.of("IND-1"), i.id());
    assertEquals(Optional.of("countries"), i.unit());
    assertEquals(Optional.of(Direction.INCREASE), i.direction());
    assertEquals(Value.of(50), i.periods().get(0).totalTarget().orElseThrow().value());
    assertEquals(true, i.cumulative());
  }

  @Test
  void onlyTheIdTheTitleAndTheMeasureAreRequired() {
    Indicator i = minimal(Measure.QUALITATIVE).build();
    assertFalse(i.cumulative());
    assertEquals(Optional.empty(), i.baseline());
    assertEquals(Optional.empty(), i.unit());
    assertEquals(Optional.empty(), i.definition());
    assertEquals(Optional.empty(), i.meansOfVerification());
    assertEquals(Optional.empty(), i.dataSource());
    assertEquals(Optional.empty(), i.reportingFrequency());
    assertEquals(0, i.periods().size());
    assertEquals(0, i.disaggregationDimensions().size());
    assertEquals(
        "Cannot build Indicator, some of required attributes are not set [id, title, measure]",
        assertThrows(InvalidValueException.class, () -> Indicator.builder().build()).getMessage());
  }

  @Test
  void rejectsABlankTitle() {
    assertEquals(
        "title: got \" \", expected a title that is not blank",
        assertThrows(InvalidValueException.class, () -> minimal(Measure.COUNT).title(" ").build())
            .getMessage());
  }

  @Test
  void rejectsANumericBaselineOfAQualitativeIndicator() {
    assertEquals(
        "baseline.value: got 3, expected a text value (qualitative measure)",
        assertThrows(
                InvalidValueException.class,
                () -> minimal(Measure.QUALITATIVE).baseline(Baseline.of(Value.of(3))).build())
            .getMessage());
  }

  @Test
  void rejectsATextTargetOfAQuantitativeIndicator() {
    assertEquals(
        "periods[0].targets[0].value: got \"Policy adopted\", expected a number (count)",
        assertThrows(
                InvalidValueException.class,
                () ->
                    minimal(Measure.COUNT)
                        .addPeriods(targetIn2008(DataPoint.of(Value.text("Policy adopted"))))
                        .build())
            .getMessage());
  }

  @Test
  void rejectsAFractionOfACount() {
    IndicatorPeriod withFraction =
        IndicatorPeriod.builder()
            .period(DateRange.ofYear(2009))
            .addActuals(DataPoint.of(Value.fraction(BigDecimal.valueOf(12), BigDecimal.valueOf(40))))
            .build();
    assertEquals(
        "periods[1].actuals[0].value: got 12/40, expected a number (count)",
        assertThrows(
                InvalidValueException.class,
                () ->
                    minimal(Measure.COUNT)
                        .addPeriods(targetIn2008(DataPoint.of(Value.of(5))), withFraction)
                        .build())
            .getMessage());
    // A percentage accepts it.
    assertEquals(
        withFraction, minimal(Measure.PERCENTAGE).addPeriods(withFraction).build().periods().get(0));
  }

  @Test
  void rejectsABreakdownByAnUndeclaredDimension() {
    DataPoint women =
        DataPoint.builder()
            .value(Value.of(20))
            .disaggregation(Disaggregation.of("sex", "female"))
            .build();
    IndicatorPeriod period =
        IndicatorPeriod.builder()
            .period(DateRange.ofYear(2008))
            .addTargets(DataPoint.of(Value.of(45)), women)
            .build();
    assertEquals(
        "periods[0].targets[1].disaggregation: got \"sex=female\", expected only the declared"
            + " dimensions []",
        assertThrows(
                InvalidValueException.class, () -> minimal(Measure.COUNT).addPeriods(period).build())
            .getMessage());
    assertEquals(
        "periods[0].targets[1].disaggregation: got \"sex=female\", expected only the declared"
            + " dimensions [age, area]",
        assertThrows(
                InvalidValueException.class,
                () ->
                    minimal(Measure.COUNT)
                        .addDisaggregationDimensions("age", "area")
                        .addPeriods(period)
                        .build())
            .getMessage());
    assertEquals(
        period,
        minimal(Measure.COUNT)
            .addDisaggregationDimensions("sex")
            .addPeriods(period)
            .build()
            .periods()
            .get(0));
  }

  @Test
  void copiesAreCheckedToo() {
    assertEquals(
        "baseline.value: got 30, expected a text value (qualitative measure)",
        assertThrows(InvalidValueException.class, () -> dwcps().withMeasure(Measure.QUALITATIVE))
            .getMessage());
    // The baseline is checked before the periods.
    assertEquals(
        "periods[0].targets[0].value: got 50, expected a text value (qualitative measure)",
        assertThrows(
                InvalidValueException.class,
                () -> dwcps().withBaseline(Optional.empty()).withMeasure(Measure.QUALITATIVE))
            .getMessage());
  }

  @Test
  void equalsByAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(dwcps(), dwcps())
        .addEqualityGroup(dwcps().withCumulative(false))
        .addEqualityGroup(dwcps().withId(IndicatorId.of("IND-9")))
        .addEqualityGroup(dwcps().withBaseline(Optional.empty()))
        .addEqualityGroup(dwcps().withDataSource("IRIS"))
        .addEqualityGroup(dwcps().withSuitableForAggregation(true))
        .addEqualityGroup(dwcps().withSuitableForAggregation(false))
        .addEqualityGroup(dwcps().withExternalReferences(
            org.rbm.core.results.ExternalReference.of("9", "8.5.2")))
        .testEquals();
  }

  @Test
  void holdsItsReferencesWithTheUriOfTheirDefinition() {
    var own = org.rbm.core.results.ExternalReference.of("99", "B1")
        .withIndicatorUri("http://example.com/indicators.html");
    Indicator referenced = Indicator.builder().from(dwcps()).addExternalReference(own).build();
    assertEquals(java.util.List.of(own), referenced.externalReferences());
    assertEquals(java.util.List.of(), dwcps().externalReferences());
  }

  @Test
  void computesWithTheFirstBaselineForTheTotalEverywhere() {
    Baseline kandahar = Baseline.builder().value(Value.of(12)).year(2007).addLocations("AF-KAN")
        .build();
    Baseline total = Baseline.of(Value.of(30), LocalDate.of(2007, 11, 1));
    Baseline later = Baseline.builder().value(Value.of(35)).year(2008).build();
    Indicator several = dwcps().withBaselines(kandahar, total, later);
    assertEquals(java.util.List.of(kandahar, total, later), several.baselines());
    assertEquals(Optional.of(total), several.baseline());
    assertEquals(Optional.empty(), dwcps().withBaselines(kandahar).baseline());
    // The builder's baseline(b) and withBaseline(b) set the only baseline, as before.
    assertEquals(java.util.List.of(later),
        Indicator.builder().from(several).baseline(later).build().baselines());
    assertEquals(java.util.List.of(later), several.withBaseline(later).baselines());
    assertEquals(java.util.List.of(), several.withBaseline(Optional.empty()).baselines());
  }

  @Test
  void refusesABaselineValueOrBreakdownTheIndicatorDoesNotAccept() {
    Baseline women = Baseline.builder().value(Value.of(12)).year(2007)
        .disaggregation(Disaggregation.of("sex", "female")).build();
    assertEquals("baselines[1].disaggregation: got \"sex=female\", expected only the declared"
            + " dimensions []",
        assertThrows(InvalidValueException.class,
            () -> dwcps().withBaselines(Baseline.of(Value.of(1)), women)).getMessage());
    assertEquals("baselines[1].value: got \"many\", expected a number (count)",
        assertThrows(InvalidValueException.class,
            () -> dwcps().withBaselines(Baseline.of(Value.of(1)),
                Baseline.of(Value.text("many")))).getMessage());
  }

  @Test
  void statesWhetherItIsSuitableForAggregationOnlyWhenGiven() {
    assertEquals(Optional.empty(), dwcps().suitableForAggregation());
    Indicator notSuitable = Indicator.builder().from(dwcps()).suitableForAggregation(false).build();
    assertEquals(Optional.of(false), notSuitable.suitableForAggregation());
    assertEquals(Optional.of(true),
        notSuitable.withSuitableForAggregation(true).suitableForAggregation());
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(Indicator.class);
    new NullPointerTester()
        .setDefault(DataPoint.class, DataPoint.of(Value.of(1)))
        .setDefault(org.rbm.core.period.DateRange.class, org.rbm.core.period.DateRange.ofYear(2009))
        .testAllPublicInstanceMethods(dwcps());
    new NullPointerTester().testAllPublicInstanceMethods(Indicator.builder());
  }
}
