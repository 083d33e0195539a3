package org.rbm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class RbmParseExceptionTest {

  @Test
  void quotesTheInputAndStatesTheExpectedForm() {
    RbmParseException e =
        new RbmParseException("planning period", "2008-9", "years in ILO notation, like 2008-09");
    assertEquals(
        "planning period: cannot parse \"2008-9\", expected years in ILO notation, like 2008-09",
        e.getMessage());
    assertEquals("2008-9", e.input());
  }

  @Test
  void carriesTheInvariantThatTheParsedValueWouldBreak() {
    InvalidValueException cause =
        new InvalidValueException(
            "lastYear", 2009, "a year from the first year 2010 to 9999");
    RbmParseException e =
        new RbmParseException("planning period", "2010-2009", cause);
    assertEquals(
        "planning period: cannot parse \"2010-2009\": "
            + "lastYear: got 2009, expected a year from the first year 2010 to 9999",
        e.getMessage());
    assertSame(cause, e.getCause());
    assertEquals("2010-2009", e.input());
  }
}
