package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Measure;
import org.rbm.core.progress.ProgressStatus;

/**
 * Issue 17, point 4: through JSON-B, an enum that is the type asked for bypassed the SDK's codec
 * ({@code "0"} failed with an {@code IllegalArgumentException}, {@code null} gave null, {@code
 * ["COUNT"]} gave COUNT). It now reads as {@code RbmJson.read} does.
 */
class JsonbEnumsTest {
  private final Jsonb jsonb = JsonbBuilder.create(RbmJson.strict().config());

  @AfterEach
  void close() throws Exception {
    jsonb.close();
  }

  private RbmJsonException rejected(String input, Class<?> type) {
    JsonbException e = assertThrows(JsonbException.class, () -> jsonb.fromJson(input, type));
    return assertInstanceOf(RbmJsonException.class, e.getCause(), e.toString());
  }

  @Test
  void anUnknownConstantIsAnRbmJsonExceptionWithItsLocation() {
    RbmJsonException e = rejected("\"0\"", Measure.class);
    assertEquals("\"0\"", e.found());
    assertEquals(
        "one of [COUNT, PERCENTAGE, RATIO, CURRENCY, NOMINAL, ORDINAL, QUALITATIVE]", e.expected());
    assertEquals(1, e.line());
    assertEquals(4, e.column());
  }

  @Test
  void nullIsRefused() {
    RbmJsonException e = rejected("null", Measure.class);
    assertEquals("null", e.found());
    assertEquals("a string", e.expected());
    assertEquals(5, e.column());
  }

  @Test
  void anArrayIsRefusedAtItsFirstBracket() {
    RbmJsonException e = rejected("[\"COUNT\"]", Measure.class);
    assertEquals("an array", e.found());
    assertEquals(2, e.column());
    assertEquals("the number 3", rejected("3", ProgressStatus.class).found());
  }

  @Test
  void aKnownConstantReadsAndWritesAsBefore() {
    assertEquals(Measure.COUNT, jsonb.fromJson("\"COUNT\"", Measure.class));
    assertEquals("\"PERCENTAGE\"", jsonb.toJson(Measure.PERCENTAGE));
    assertEquals(ProgressStatus.ON_TRACK, jsonb.fromJson(" \"ON_TRACK\" ", ProgressStatus.class));
  }
}
