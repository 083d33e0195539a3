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

  @Test
  void cutsAHugeInputInItsMessageButKeepsAllOfIt() {
    String huge = "x".repeat(5_000_000);
    RbmParseException e = new RbmParseException("linkage matrix", huge, "a CSV document");
    assertEquals(
        "linkage matrix: cannot parse \"" + "x".repeat(200) + "... (5000000 characters)\","
            + " expected a CSV document",
        e.getMessage());
    assertEquals(huge, e.input());
  }

  @Test
  void cutsAHugeValueInAnInvalidValueMessage() {
    InvalidValueException e =
        new InvalidValueException("title", "t".repeat(1_000), "a title of one line");
    assertEquals(
        "title: got \"" + "t".repeat(200) + "... (1000 characters)\", expected a title of one line",
        e.getMessage());
  }
}
