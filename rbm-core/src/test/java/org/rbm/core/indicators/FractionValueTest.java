package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

class FractionValueTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void twelveOfFortyIsThirtyPercent() {
    FractionValue trained = FractionValue.of(d("12"), d("40"));
    assertEquals(d("12"), trained.numerator());
    assertEquals(d("40"), trained.denominator());
    assertEquals(d("0.3"), trained.quotient());
    assertEquals(d("30"), trained.percent());
    assertEquals("12/40", trained.toString());
  }

  @Test
  void dividesInDecimal128() {
    FractionValue third = FractionValue.of(d("1"), d("3"));
    assertEquals(d("0." + "3".repeat(34)), third.quotient());
    assertEquals(d("33." + "3".repeat(32)), third.percent());
    assertEquals(d("0." + "6".repeat(33) + "7"), FractionValue.of(d("2"), d("3")).quotient());
  }

  @Test
  void keepsPartsCanonicalButDoesNotReduceThem() {
    assertEquals(FractionValue.of(d("12"), d("40")), FractionValue.of(d("12.0"), d("4E+1")));
    assertEquals("12/40", FractionValue.of(d("12.00"), d("40.0")).toString());
    assertEquals("0.5/2", Value.fraction(d("0.50"), d("2")).toString());
  }

  @Test
  void allowsAZeroNumerator() {
    assertEquals(d("0"), FractionValue.of(d("0"), d("25")).percent());
  }

  @Test
  void rejectsANegativeNumerator() {
    assertEquals(
        "numerator: got \"-1\", expected a number at least 0",
        assertThrows(InvalidValueException.class, () -> FractionValue.of(d("-1"), d("40")))
            .getMessage());
  }

  @Test
  void rejectsADenominatorThatIsNotPositive() {
    assertEquals(
        "denominator: got \"0\", expected a number greater than 0",
        assertThrows(InvalidValueException.class, () -> FractionValue.of(d("12"), d("0.00")))
            .getMessage());
    assertEquals(
        "denominator: got \"-40\", expected a number greater than 0",
        assertThrows(InvalidValueException.class, () -> FractionValue.of(d("12"), d("-40")))
            .getMessage());
  }

  @Test
  void rejectsPartsTooLargeOrTooPrecise() {
    assertEquals(
        "numerator: got \"1E+30\", expected an amount below 10^30 in magnitude",
        assertThrows(InvalidValueException.class, () -> FractionValue.of(d("1E+30"), d("1")))
            .getMessage());
    assertEquals(
        "denominator: got \"1E-21\", expected at most 20 decimal places",
        assertThrows(InvalidValueException.class, () -> FractionValue.of(d("1"), d("1E-21")))
            .getMessage());
  }

  @Test
  void equalsByNumeratorAndDenominator() {
    new EqualsTester()
        .addEqualityGroup(FractionValue.of(d("12"), d("40")), Value.fraction(d("12.0"), d("40")))
        .addEqualityGroup(FractionValue.of(d("3"), d("10")))
        .addEqualityGroup(FractionValue.of(d("40"), d("12")))
        .addEqualityGroup(Value.of(new BigDecimal("0.3")))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(FractionValue.class);
    new NullPointerTester().testAllPublicInstanceMethods(FractionValue.of(d("1"), d("2")));
  }
}
