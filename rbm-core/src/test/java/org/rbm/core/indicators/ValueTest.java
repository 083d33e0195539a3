package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueTest {

  @Test
  void factoriesGiveEachKind() {
    assertEquals(new BigDecimal("42"), assertInstanceOf(NumericValue.class, Value.of(42)).amount());
    assertEquals(
        new BigDecimal("12.5"),
        assertInstanceOf(NumericValue.class, Value.of(new BigDecimal("12.50"))).amount());
    assertEquals(
        "12/40",
        assertInstanceOf(
                FractionValue.class, Value.fraction(BigDecimal.valueOf(12), BigDecimal.valueOf(40)))
            .toString());
    assertEquals("Policy adopted", assertInstanceOf(TextValue.class, Value.text("Policy adopted")).text());
  }

  @Test
  void everyValueIsOneOfThreeKinds() {
    assertEquals(3, Value.class.getPermittedSubclasses().length);
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(Value.class);
  }
}
