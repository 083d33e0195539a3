package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/** The limits of {@link JsonLimits}: each refused past its value, with a message naming it. */
class LimitsTest {
  private final RbmJson tolerant = RbmJson.strict().toleratingUnknownProperties();

  /** A framework document whose unknown property holds {@code levels - 1} nested arrays. */
  private static String nested(int levels) {
    int arrays = levels - 1;
    return "{\"format\":\"rbm-framework/1\",\"x\":" + "[".repeat(arrays) + "]".repeat(arrays) + "}";
  }

  @Test
  void theNestingLimitAndItsMessageAgree() {
    // 999 and 1000 levels pass the parser (the document then lacks its "id"); 1001 do not.
    for (int levels : new int[] {999, 1000}) {
      RbmJsonException e =
          assertThrows(RbmJsonException.class, () -> tolerant.readFramework(nested(levels)));
      assertEquals("no property \"id\"", e.found(), "at " + levels + " levels");
    }
    RbmJsonException deep =
        assertThrows(RbmJsonException.class, () -> tolerant.readFramework(nested(1001)));
    assertEquals("JSON nested too deeply", deep.found());
    assertEquals("at most 1000 levels of nesting (JsonLimits.maxNesting)", deep.expected());
    // 32 characters before the first bracket; the 1000th bracket is level 1001, column 1032.
    assertEquals(1033, deep.column());
  }

  @Test
  void theNestingLimitCanBeChanged() {
    RbmJson shallow = tolerant.withLimits(JsonLimits.defaults().withMaxNesting(3));
    assertEquals(
        "no property \"id\"",
        assertThrows(RbmJsonException.class, () -> shallow.readFramework(nested(3))).found());
    RbmJsonException e =
        assertThrows(RbmJsonException.class, () -> shallow.readFramework(nested(4)));
    assertEquals("at most 3 levels of nesting (JsonLimits.maxNesting)", e.expected());
  }

  @Test
  void aDocumentLongerThanTheLimitIsRefusedAtTheFirstCharacterPastIt() {
    RbmJson small = RbmJson.strict().withLimits(JsonLimits.defaults().withMaxDocumentLength(10));
    // "SO1" and 8 spaces: 13 characters; the 11th, a space, is the first past the limit.
    String input = "\"SO1\"        ";
    for (boolean reader : new boolean[] {false, true}) {
      RbmJsonException e =
          assertThrows(
              RbmJsonException.class,
              () -> {
                if (reader) {
                  small.read(new StringReader(input), ResultId.class);
                } else {
                  small.read(input, ResultId.class);
                }
              });
      assertEquals("a document of more than 10 characters", e.found());
      assertEquals("at most 10 characters (JsonLimits.maxDocumentLength)", e.expected());
      assertEquals(1, e.line());
      assertEquals(12, e.column());
    }
    assertEquals(ResultId.of("SO1"), small.read("\"SO1\"     ", ResultId.class));
  }

  @Test
  void aStringLongerThanTheLimitIsRefused() {
    RbmJson small = RbmJson.strict().withLimits(JsonLimits.defaults().withMaxStringLength(5));
    RbmJsonException e =
        assertThrows(RbmJsonException.class, () -> small.read("\"ABCDEF\"", ResultId.class));
    assertEquals("a string of 6 characters", e.found());
    assertEquals("at most 5 characters (JsonLimits.maxStringLength)", e.expected());
    assertEquals(ResultId.of("ABCDE"), small.read("\"ABCDE\"", ResultId.class));
    RbmJsonException name =
        assertThrows(RbmJsonException.class, () -> small.readFramework("{\"format6\": 1}"));
    assertEquals("a string of 7 characters", name.found());
  }

  @Test
  void aLongNumberIsRefused() {
    RbmJsonException e =
        assertThrows(
            RbmJsonException.class,
            () -> RbmJson.strict().read("1" + "0".repeat(100), org.rbm.core.indicators.Value.class));
    assertEquals("a number of 101 characters", e.found());
    assertEquals("a number of at most 100 characters (JsonLimits.maxNumberLength)", e.expected());
  }

  @Test
  void theDefaultsAreDocumentedOnesAndCopiesKeepTheRest() {
    JsonLimits d = JsonLimits.defaults();
    assertEquals(100_000_000L, d.maxDocumentLength());
    assertEquals(1000, d.maxNesting());
    assertEquals(1_000_000, d.maxStringLength());
    assertEquals(100, d.maxNumberLength());
    assertEquals(1000, d.maxExponent());
    JsonLimits changed = d.withMaxExponent(2000);
    assertEquals(2000, changed.maxExponent());
    assertEquals(1000, changed.maxNesting());
    assertEquals(d, JsonLimits.defaults().withMaxExponent(2000).withMaxExponent(1000));
    assertEquals(JsonLimits.defaults(), RbmJson.strict().limits());
  }

  @Test
  void limitsBelowOneAreRefused() {
    assertEquals(
        "maxNesting: got 0, expected a number from 1 to 100000",
        assertThrows(InvalidValueException.class, () -> JsonLimits.defaults().withMaxNesting(0))
            .getMessage());
    assertThrows(
        InvalidValueException.class, () -> JsonLimits.defaults().withMaxDocumentLength(-1));
  }

  @Test
  void aFrameworkWithinTheLimitsIsRead() {
    ResultsFramework f = Examples.framework();
    assertEquals(f, RbmJson.strict().readFramework(RbmJson.strict().write(f)));
  }
}
