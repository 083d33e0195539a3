package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

class MeasureTest {

  @Test
  void mapsOntoIatiMeasureCodes() {
    // IATI 2.03 indicator measure: 1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative.
    Map<Measure, Integer> codes =
        Map.of(
            Measure.COUNT, 1,
            Measure.PERCENTAGE, 2,
            Measure.RATIO, 1,
            Measure.CURRENCY, 1,
            Measure.NOMINAL, 3,
            Measure.ORDINAL, 4,
            Measure.QUALITATIVE, 5);
    assertEquals(Measure.values().length, codes.size());
    codes.forEach((measure, code) -> assertEquals(code, measure.iatiCode(), measure.name()));
  }

  @Test
  void eachIatiCodeHasOneDefaultMeasure() {
    assertEquals(
        List.of(
            Measure.COUNT, Measure.PERCENTAGE, Measure.NOMINAL, Measure.ORDINAL, Measure.QUALITATIVE),
        List.of(
            Measure.fromIatiCode(1),
            Measure.fromIatiCode(2),
            Measure.fromIatiCode(3),
            Measure.fromIatiCode(4),
            Measure.fromIatiCode(5)));
    for (Measure m : Measure.values()) {
      assertEquals(m.iatiCode(), Measure.fromIatiCode(m.iatiCode()).iatiCode());
    }
  }

  @Test
  void rejectsCodesOutsideOneToFive() {
    for (int bad : new int[] {0, 6, 9, -1}) {
      assertEquals(
          "measure code: got " + bad + ", expected an IATI code 1 to 5",
          assertThrows(InvalidValueException.class, () -> Measure.fromIatiCode(bad))
              .getMessage());
    }
  }

  @Test
  void qualitativeMeasuresTakeTextAndTheOthersNumbers() {
    Value number = Value.of(3);
    Value fraction = Value.fraction(BigDecimal.ONE, BigDecimal.TEN);
    Value text = Value.text("Policy adopted");
    for (Measure m : Measure.values()) {
      boolean qualitative = m == Measure.QUALITATIVE;
      assertEquals(!qualitative, m.isQuantitative(), m.name());
      assertEquals(!qualitative, m.accepts(number), m.name());
      assertEquals(qualitative, m.accepts(text), m.name());
      assertEquals(
          m == Measure.PERCENTAGE || m == Measure.RATIO, m.accepts(fraction), m.name());
    }
  }

  @Test
  void describesTheValuesItAccepts() {
    assertEquals("a text value (qualitative measure)", Measure.QUALITATIVE.expectedValues());
    assertEquals("a number or a fraction (percentage)", Measure.PERCENTAGE.expectedValues());
    assertEquals("a number or a fraction (ratio)", Measure.RATIO.expectedValues());
    assertEquals("a number (count)", Measure.COUNT.expectedValues());
    assertEquals("a number (currency)", Measure.CURRENCY.expectedValues());
    assertEquals("a number (nominal)", Measure.NOMINAL.expectedValues());
    assertEquals("a number (ordinal)", Measure.ORDINAL.expectedValues());
    assertTrue(Measure.COUNT.isQuantitative());
    assertFalse(Measure.QUALITATIVE.isQuantitative());
  }

  @Test
  void numberInReadsAFractionAsItsPercentOrItsQuotient() {
    FractionValue twelveOfForty = Value.fraction(new BigDecimal("12"), new BigDecimal("40"));
    assertEquals(Optional.of(new BigDecimal("30")), Measure.PERCENTAGE.numberIn(twelveOfForty));
    assertEquals(Optional.of(new BigDecimal("0.3")), Measure.RATIO.numberIn(twelveOfForty));
    assertEquals(
        Optional.of(new BigDecimal("41")), Measure.COUNT.numberIn(Value.of(new BigDecimal("41.0"))));
    assertEquals(Optional.empty(), Measure.QUALITATIVE.numberIn(Value.text("Adopted")));
  }

  @Test
  void numberInIsPlainWithoutTrailingZerosAsTheValuesAre() {
    // 100 / 0.5 divides to 2.0E+2 (the preferred scale is 0 - 1); the number in it is 200.
    FractionValue f = Value.fraction(new BigDecimal("100"), new BigDecimal("0.5"));
    assertEquals("200", Measure.RATIO.numberIn(f).orElseThrow().toString());
    // 1 / 8 in percent: 12.5 exactly.
    assertEquals(
        "12.5",
        Measure.PERCENTAGE
            .numberIn(Value.fraction(BigDecimal.ONE, new BigDecimal("8")))
            .orElseThrow()
            .toString());
  }
}
