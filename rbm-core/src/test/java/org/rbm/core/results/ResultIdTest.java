package org.rbm.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

class ResultIdTest {

  @Test
  void isItsCode() {
    assertEquals("OC2.1", ResultId.of("OC2.1").code());
    assertEquals("OC2.1", ResultId.of("OC2.1").toString());
    assertEquals(ResultId.of("OC1a"), ResultId.parse("OC1a"));
  }

  @Test
  void rejectsAMalformedCode() {
    assertEquals(
        "result id: got \"SO1/OC1\", expected 1 to 64 letters, digits, '.', '_', ':' or '-',"
            + " starting with a letter or digit",
        assertThrows(InvalidValueException.class, () -> ResultId.of("SO1/OC1")).getMessage());
    assertEquals(
        "result id: cannot parse \"\": result id: got \"\", expected 1 to 64 letters, digits,"
            + " '.', '_', ':' or '-', starting with a letter or digit",
        assertThrows(RbmParseException.class, () -> ResultId.parse("")).getMessage());
  }

  @Test
  void equalsByCode() {
    new EqualsTester()
        .addEqualityGroup(ResultId.of("SO1"), ResultId.parse("SO1"))
        .addEqualityGroup(ResultId.of("SO2"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(ResultId.class);
    new NullPointerTester().testAllPublicInstanceMethods(ResultId.of("SO1"));
  }
}
