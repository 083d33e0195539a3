package org.rbm.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

class FrameworkIdTest {

  @Test
  void isItsCode() {
    assertEquals("PB-2008-09", FrameworkId.of("PB-2008-09").code());
    assertEquals(FrameworkId.of("DWCP-KEN:2010"), FrameworkId.parse("DWCP-KEN:2010"));
  }

  @Test
  void rejectsAMalformedCode() {
    assertEquals(
        "framework id: got \"P&B 2008-09\", expected 1 to 64 letters, digits, '.', '_', ':' or"
            + " '-', starting with a letter or digit",
        assertThrows(InvalidValueException.class, () -> FrameworkId.of("P&B 2008-09"))
            .getMessage());
    assertThrows(RbmParseException.class, () -> FrameworkId.parse("P&B 2008-09"));
  }

  @Test
  void equalsByCode() {
    new EqualsTester()
        .addEqualityGroup(FrameworkId.of("PB-2008-09"), FrameworkId.parse("PB-2008-09"))
        .addEqualityGroup(FrameworkId.of("PB-2010-11"))
        .addEqualityGroup(ResultId.of("PB-2008-09"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(FrameworkId.class);
    new NullPointerTester().testAllPublicInstanceMethods(FrameworkId.of("PB-2008-09"));
  }
}
