package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

class NumericValueTest {

  @Test
  void keepsTheNumberWithoutTrailingZeros() {
    assertEquals(new BigDecimal("12.5"), NumericValue.of(new BigDecimal("12.50")).amount());
    assertEquals(new BigDecimal("1000"), NumericValue.of(new BigDecimal("1E+3")).amount());
    assertEquals(new BigDecimal("-3"), NumericValue.of(new BigDecimal("-3.000")).amount());
  }

  @Test
  void printsPlainNotation() {
    assertEquals("30", NumericValue.of(new BigDecimal("30.0")).toString());
    assertEquals("1000", NumericValue.of(new BigDecimal("1E+3")).toString());
    assertEquals("0.0000001", NumericValue.of(new BigDecimal("1E-7")).toString());
  }

  @Test
  void rejectsNumbersTooLargeOrTooPrecise() {
    assertEquals(
        "value: got \"1E+30\", expected an amount below 10^30 in magnitude",
        assertThrows(InvalidValueException.class, () -> NumericValue.of(new BigDecimal("1E+30")))
            .getMessage());
    assertEquals(
        "value: got \"1E-21\", expected at most 20 decimal places",
        assertThrows(InvalidValueException.class, () -> NumericValue.of(new BigDecimal("1E-21")))
            .getMessage());
  }

  @Test
  void equalNumbersAreEqualValues() {
    new EqualsTester()
        .addEqualityGroup(
            NumericValue.of(new BigDecimal("1.50")),
            NumericValue.of(new BigDecimal("1.5")),
            Value.of(new BigDecimal("1.500")))
        .addEqualityGroup(Value.of(30), NumericValue.of(new BigDecimal("3E+1")))
        .addEqualityGroup(Value.of(-30))
        .addEqualityGroup(Value.text("30"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(NumericValue.class);
    new NullPointerTester().testAllPublicInstanceMethods(Value.of(30));
  }
}
