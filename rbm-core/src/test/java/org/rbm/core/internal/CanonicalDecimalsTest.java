package org.rbm.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

class CanonicalDecimalsTest {

  @Test
  void dropsTrailingZeros() {
    assertEquals(new BigDecimal("1.5"), CanonicalDecimals.canonical("value", new BigDecimal("1.50")));
    assertEquals(new BigDecimal("100"), CanonicalDecimals.canonical("value", new BigDecimal("100.00")));
    assertEquals(new BigDecimal("100"), CanonicalDecimals.canonical("value", new BigDecimal("1E+2")));
    assertEquals(BigDecimal.ZERO, CanonicalDecimals.canonical("value", new BigDecimal("0.000")));
    assertEquals(new BigDecimal("-0.25"), CanonicalDecimals.canonical("value", new BigDecimal("-0.250")));
  }

  @Test
  void acceptsTwentyNineIntegerDigitsAndTwentyDecimalPlaces() {
    BigDecimal largest = new BigDecimal("9".repeat(30));
    assertEquals(largest, CanonicalDecimals.canonical("value", largest));
    BigDecimal finest = new BigDecimal("0." + "0".repeat(19) + "1");
    assertEquals(finest, CanonicalDecimals.canonical("value", finest));
  }

  @Test
  void rejectsAmountsOfTenToTheThirtyOrMore() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> CanonicalDecimals.canonical("value", new BigDecimal("1E+30")));
    assertEquals(
        "value: got \"1E+30\", expected an amount below 10^30 in magnitude", e.getMessage());
    assertEquals("value", e.field().orElseThrow());
    assertThrows(
        InvalidValueException.class,
        () -> CanonicalDecimals.canonical("value", new BigDecimal("-1" + "0".repeat(30))));
  }

  @Test
  void rejectsAHugeExponentWithoutExpandingIt() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> CanonicalDecimals.canonical("target", new BigDecimal("1e999999999")));
    assertEquals(
        "target: got \"1E+999999999\", expected an amount below 10^30 in magnitude",
        e.getMessage());
  }

  @Test
  void abbreviatesLongAmountsInTheMessage() {
    String digits = "1234567890".repeat(7); // 70 digits
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> CanonicalDecimals.canonical("value", new BigDecimal(digits)));
    assertEquals(
        "value: got \""
            + digits.substring(0, 57)
            + "...\", expected an amount below 10^30 in magnitude",
        e.getMessage());
  }

  @Test
  void rejectsMoreThanTwentyDecimalPlaces() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> CanonicalDecimals.canonical("value", new BigDecimal("0.000000000000000000001")));
    assertEquals("value: got \"1E-21\", expected at most 20 decimal places", e.getMessage());
  }

  @Test
  void trailingZerosBeyondTwentyPlacesDoNotCount() {
    assertEquals(
        new BigDecimal("0.5"), CanonicalDecimals.canonical("value", new BigDecimal("0.5" + "0".repeat(30))));
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(CanonicalDecimals.class);
  }

  @Test
  void plainDropsTrailingZerosAndNeverPrintsAnExponent() {
    assertEquals("200", CanonicalDecimals.plain(new BigDecimal("2.0E+2")).toPlainString());
    assertEquals("200", CanonicalDecimals.plain(new BigDecimal("2.0E+2")).toString());
    assertEquals("0.25", CanonicalDecimals.plain(new BigDecimal("0.2500")).toString());
    assertEquals(BigDecimal.ZERO, CanonicalDecimals.plain(new BigDecimal("0E-7")));
  }
}
