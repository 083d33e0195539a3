package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

class TextValueTest {

  @Test
  void keepsTheNarrativeAndPrintsItQuoted() {
    TextValue adopted = TextValue.of("Policy adopted by the Council of Ministers");
    assertEquals("Policy adopted by the Council of Ministers", adopted.text());
    assertEquals("\"Policy adopted by the Council of Ministers\"", adopted.toString());
  }

  @Test
  void rejectsABlankNarrative() {
    for (String blank : new String[] {"", " ", "\t\n"}) {
      assertEquals(
          "value: got \"" + blank + "\", expected a text that is not blank",
          assertThrows(InvalidValueException.class, () -> TextValue.of(blank)).getMessage());
    }
  }

  @Test
  void equalsByText() {
    new EqualsTester()
        .addEqualityGroup(TextValue.of("Policy drafted"), Value.text("Policy drafted"))
        .addEqualityGroup(TextValue.of("policy drafted"))
        .addEqualityGroup(TextValue.of("Policy drafted "))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(TextValue.class);
    new NullPointerTester().testAllPublicInstanceMethods(TextValue.of("Policy drafted"));
  }
}
