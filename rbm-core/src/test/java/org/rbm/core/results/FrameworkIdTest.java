package org.rbm.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void takesEveryIatiActivityIdentifierUpTo200Characters() {
    // IATI's iati-identifier is an xsd:string: spaces, '/', '&' and letters of any script occur.
    for (String code : new String[] {"GB-COH-123456/ABC 7", "P&B 2008-09", "XM-DAC-41302-ÉTÉ",
        "a", "x".repeat(200), "AA-😀"}) {
      assertEquals(code, FrameworkId.of(code).code());
      assertEquals(FrameworkId.of(code), FrameworkId.parse(code));
    }
  }

  @Test
  void rejectsAMalformedCode() {
    String expected = ", expected 1 to 200 characters without control characters, line breaks or"
        + " white space at either end";
    assertEquals("framework id: got \"\"" + expected,
        assertThrows(InvalidValueException.class, () -> FrameworkId.of("")).getMessage());
    for (String bad : new String[] {" PB-2008", "PB-2008 ", "PB\t2008", "PB\n2008", "PB\u0000",
        "PB\u2028", "PB\ud83d", "x".repeat(201)}) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> FrameworkId.of(bad), bad);
      assertTrue(e.getMessage().startsWith("framework id: got "), e.getMessage());
      assertTrue(e.getMessage().endsWith(expected), e.getMessage());
      assertThrows(RbmParseException.class, () -> FrameworkId.parse(bad));
    }
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
