package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

class IndicatorIdTest {

  @Test
  void isItsCode() {
    assertEquals("IND-7", IndicatorId.of("IND-7").code());
    assertEquals("1.2.3", IndicatorId.of("1.2.3").toString());
    assertEquals(IndicatorId.of("IND-7"), IndicatorId.parse("IND-7"));
  }

  @Test
  void rejectsAMalformedCode() {
    assertEquals(
        "indicator id: got \"IND 7\", expected 1 to 64 letters, digits, '.', '_', ':' or '-',"
            + " starting with a letter or digit",
        assertThrows(InvalidValueException.class, () -> IndicatorId.of("IND 7")).getMessage());
    RbmParseException e = assertThrows(RbmParseException.class, () -> IndicatorId.parse("IND 7"));
    assertEquals(
        "indicator id: cannot parse \"IND 7\": indicator id: got \"IND 7\", expected 1 to 64"
            + " letters, digits, '.', '_', ':' or '-', starting with a letter or digit",
        e.getMessage());
    assertInstanceOf(InvalidValueException.class, e.getCause());
  }

  @Test
  void equalsByCode() {
    new EqualsTester()
        .addEqualityGroup(IndicatorId.of("IND-7"), IndicatorId.parse("IND-7"))
        .addEqualityGroup(IndicatorId.of("IND-07"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(IndicatorId.class);
    new NullPointerTester().testAllPublicInstanceMethods(IndicatorId.of("IND-7"));
  }
}
