package org.rbm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void dividesInDecimal128() {
    assertEquals(MathContext.DECIMAL128, Decimals.CONTEXT);
    assertEquals(34, Decimals.CONTEXT.getPrecision());
  }

  @Test
  void statesTheLimitsOfAValue() {
    assertEquals(30, Decimals.MAX_INTEGER_DIGITS);
    assertEquals(20, Decimals.MAX_FRACTION_DIGITS);
  }

  @Test
  void offersNoMethodsOnlyTheDocumentedContextAndLimits() {
    // Canonicalizing amounts is an internal helper (issue 9, point 2): it left the public API.
    List<String> methods = new ArrayList<>();
    for (Method m : Decimals.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())) {
        methods.add(m.getName());
      }
    }
    assertEquals(List.of(), methods);
  }
}
