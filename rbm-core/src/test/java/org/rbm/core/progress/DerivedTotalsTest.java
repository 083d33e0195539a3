package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.progress.Fixtures.d;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;

/** Totals derived from a complete breakdown of an additive indicator (issue 10, point 1). */
class DerivedTotalsTest {
  private static final DateRange Y2025 = DateRange.ofYear(2025);
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  private static Indicator.Builder people(Measure measure) {
    Indicator.Builder b = Indicator.builder();
    b.id(IndicatorId.of("IND-1"))
        .title("People trained")
        .measure(measure)
        .unit("people")
        .direction(Direction.INCREASE)
        .dimension("sex", "female", "male");
    return b;
  }

  private static PeriodProgress progress2025(Indicator indicator) {
    return ProgressCalculator.of(ProgressSettings.defaults())
        .indicator(indicator, AS_OF)
        .periods()
        .get(0);
  }

  @Test
  void actualsGivenOnlyBySexAddUpToTheTotalActual() {
    // Total target 100; actuals female 60 and male 45, no total: 60 + 45 = 105, 105 / 100 = 1.05,
    // inside the band [1, 1.15] of the default settings: achieved.
    Indicator i =
        people(Measure.COUNT)
            .addPeriod(
                IndicatorPeriod.builder()
                    .period(Y2025)
                    .addTarget(DataPoint.of(Value.of(100)))
                    .addActual(DataPoint.of(Value.of(60), "sex", "female"))
                    .addActual(DataPoint.of(Value.of(45), "sex", "male"))
                    .build())
            .build();
    PeriodProgress p = progress2025(i);
    assertEquals(Optional.of(Value.of(105)), p.actual());
    assertTrue(p.actualDerived());
    assertFalse(p.targetDerived());
    assertEquals(Optional.of(d("1.05")), p.ratio());
    assertEquals(ProgressStatus.ACHIEVED, p.status());
  }

  @Test
  void targetsGivenOnlyBySexAddUpToTheTotalTarget() {
    // Targets female 50 and male 70: 120; actual 96 in total: 96 / 120 = 0.8, below 0.85: behind.
    Indicator i =
        people(Measure.COUNT)
            .addPeriod(
                IndicatorPeriod.builder()
                    .period(Y2025)
                    .addTarget(DataPoint.of(Value.of(50), "sex", "female"))
                    .addTarget(DataPoint.of(Value.of(70), "sex", "male"))
                    .addActual(DataPoint.of(Value.of(96)))
                    .build())
            .build();
    PeriodProgress p = progress2025(i);
    assertEquals(Optional.of(Value.of(120)), p.target());
    assertTrue(p.targetDerived());
    assertFalse(p.actualDerived());
    assertEquals(Optional.of(d("0.8")), p.ratio());
    assertEquals(ProgressStatus.BEHIND, p.status());
  }

  @Test
  void anIncompleteBreakdownGivesNoTotal() {
    Indicator i =
        people(Measure.COUNT)
            .addPeriod(
                IndicatorPeriod.builder()
                    .period(Y2025)
                    .addTarget(DataPoint.of(Value.of(100)))
                    .addActual(DataPoint.of(Value.of(60), "sex", "female"))
                    .build())
            .build();
    PeriodProgress p = progress2025(i);
    assertEquals(Optional.empty(), p.actual());
    assertFalse(p.actualDerived());
    assertEquals(ProgressStatus.NO_DATA, p.status());
  }

  @Test
  void aPercentageIsNotAddedUpUnlessDeclaredAdditive() {
    IndicatorPeriod shares =
        IndicatorPeriod.builder()
            .period(Y2025)
            .addTarget(DataPoint.of(Value.of(50)))
            .addActual(DataPoint.of(Value.fraction(12, 20), "sex", "female"))
            .addActual(DataPoint.of(Value.fraction(8, 30), "sex", "male"))
            .build();
    Indicator rate = people(Measure.PERCENTAGE).unit("%").addPeriod(shares).build();
    assertFalse(rate.additive());
    assertEquals(ProgressStatus.NO_DATA, progress2025(rate).status());
    // Declared additive, the fractions pool: (12 + 8) / (20 + 30) = 40%, 40 / 50 = 0.8: behind.
    PeriodProgress pooled = progress2025(Indicator.builder().from(rate).additive(true).build());
    assertEquals(Optional.of(Value.fraction(20, 50)), pooled.actual());
    assertTrue(pooled.actualDerived());
    assertEquals(Optional.of(d("0.8")), pooled.ratio());
  }

  @Test
  void aGivenTotalIsKeptAndNotDerived() {
    Indicator i =
        people(Measure.COUNT)
            .addPeriod(
                IndicatorPeriod.builder()
                    .period(Y2025)
                    .addTarget(DataPoint.of(Value.of(100)))
                    .addActual(DataPoint.of(Value.of(110)))
                    .addActual(DataPoint.of(Value.of(60), "sex", "female"))
                    .addActual(DataPoint.of(Value.of(45), "sex", "male"))
                    .build())
            .build();
    PeriodProgress p = progress2025(i);
    assertEquals(Optional.of(Value.of(110)), p.actual());
    assertFalse(p.actualDerived());
  }

  @Test
  void eachSexAgainstItsOwnTargetAndAsAShareOfTheTotal() {
    // Targets female 50, male 50 (total derived: 100); actuals female 60, male 45 (total 105).
    // Female: 60 / 50 = 1.2, share 60 / 105 = 4/7; male: 45 / 50 = 0.9, share 45 / 105 = 3/7,
    // divided in 34 significant digits.
    Indicator i =
        people(Measure.COUNT)
            .addPeriod(
                IndicatorPeriod.builder()
                    .period(Y2025)
                    .addTarget(DataPoint.of(Value.of(50), "sex", "female"))
                    .addTarget(DataPoint.of(Value.of(50), "sex", "male"))
                    .addActual(DataPoint.of(Value.of(60), "sex", "female"))
                    .addActual(DataPoint.of(Value.of(45), "sex", "male"))
                    .build())
            .build();
    PeriodProgress p = progress2025(i);
    assertEquals(2, p.breakdown().size());
    CategoryProgress female = p.breakdown("sex").get(0);
    CategoryProgress male = p.breakdown("sex").get(1);
    assertEquals("female", female.category());
    assertEquals(Optional.of(Value.of(50)), female.target());
    assertEquals(Optional.of(Value.of(60)), female.actual());
    assertEquals(Optional.of(d("1.2")), female.ratio());
    assertEquals(Optional.of(d("0.5714285714285714285714285714285714")), female.share());
    assertEquals("male", male.category());
    assertEquals(Optional.of(d("0.9")), male.ratio());
    assertEquals(Optional.of(d("0.4285714285714285714285714285714286")), male.share());
    assertEquals(Optional.of(d("1.05")), p.ratio());
    assertEquals(0, p.breakdown("age").size());
  }

  @Test
  void aDeclaredCategoryWithoutValueIsListedEmptyAndAPercentageHasNoShare() {
    Indicator i =
        people(Measure.PERCENTAGE)
            .unit("%")
            .addPeriod(
                IndicatorPeriod.builder()
                    .period(Y2025)
                    .addTarget(DataPoint.of(Value.of(40)))
                    .addActual(DataPoint.of(Value.of(30)))
                    .addActual(DataPoint.of(Value.of(36), "sex", "female"))
                    .build())
            .build();
    PeriodProgress p = progress2025(i);
    assertEquals(2, p.breakdown().size());
    CategoryProgress female = p.breakdown().get(0);
    assertEquals(Optional.of(Value.of(36)), female.actual());
    assertEquals(Optional.empty(), female.ratio());
    assertEquals(Optional.empty(), female.share());
    CategoryProgress male = p.breakdown().get(1);
    assertEquals("male", male.category());
    assertEquals(Optional.empty(), male.actual());
  }
}
