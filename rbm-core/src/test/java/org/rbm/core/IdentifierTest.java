package org.rbm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;

/** The form and the identity shared by every kind of id, shown on the three kinds. */
class IdentifierTest {

  @Test
  void acceptsCodesOfOneToSixtyFourLettersDigitsAndPunctuation() {
    for (String code :
        new String[] {"A", "7", "SO1", "OC2.1", "IND-7", "1.2.3", "dwcp_ken:2010", "x".repeat(64)}) {
      assertEquals(code, ResultId.of(code).code());
      assertEquals(code, IndicatorId.of(code).toString());
    }
  }

  @Test
  void rejectsOtherCodesNamingTheKindOfId() {
    String expected =
        "1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";
    assertEquals(Identifier.EXPECTED_FORM, expected);
    for (String bad : new String[] {"", ".A", "-1", "A B", "SO1/OC1", "x".repeat(65), "OC\u00e9"}) {
      assertEquals(
          "result id: got \"" + bad + "\", expected " + expected,
          assertThrows(InvalidValueException.class, () -> ResultId.of(bad)).getMessage());
      assertEquals(
          "indicator id: got \"" + bad + "\", expected " + expected,
          assertThrows(InvalidValueException.class, () -> IndicatorId.of(bad)).getMessage());
      // A framework id has a wider form of its own (FrameworkIdTest): of these, only "" fails.
      if (bad.isEmpty()) {
        assertEquals(
            "framework id: got \"\", expected " + FrameworkId.EXPECTED_FORM,
            assertThrows(InvalidValueException.class, () -> FrameworkId.of(bad)).getMessage());
      } else {
        assertEquals(bad, FrameworkId.of(bad).code());
      }
    }
  }

  @Test
  void idsOfDifferentKindsAreNeverEqual() {
    new EqualsTester()
        .addEqualityGroup(ResultId.of("SO1"), ResultId.parse("SO1"))
        .addEqualityGroup(ResultId.of("so1"))
        .addEqualityGroup(IndicatorId.of("SO1"))
        .addEqualityGroup(FrameworkId.of("SO1"))
        .testEquals();
  }

  @Test
  void ordersByKindThenCodeCharacterByCharacter() {
    assertTrue(ResultId.of("OC1.10").compareTo(ResultId.of("OC1.2")) < 0);
    assertTrue(ResultId.of("SO1").compareTo(ResultId.of("SO1")) == 0);
    // By the kinds' class names: org.rbm.core.indicators... before org.rbm.core.results...
    assertTrue(IndicatorId.of("Z").compareTo(ResultId.of("A")) < 0);
    assertTrue(ResultId.of("A").compareTo(FrameworkId.of("Z")) > 0);
    assertNotEquals(0, FrameworkId.of("A").compareTo(ResultId.of("A")));
  }
}
