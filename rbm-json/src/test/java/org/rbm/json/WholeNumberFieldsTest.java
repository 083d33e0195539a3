package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rbm.core.progress.PerformanceGroup;
import org.rbm.core.progress.PlanProgress;
import org.rbm.core.progress.ResultRollUp;
import org.rbm.core.progress.StatusCounts;
import org.rbm.core.rules.ValidationReport;

/**
 * Issue 17, point 1: a number such as {@code 1e-2147483647} in a whole-number field threw {@code
 * NegativeArraySizeException}, and {@code 1e-999999999} built a message of a billion characters,
 * because the rejected value was printed with {@code toPlainString()}. Every type with a
 * whole-number field, in every read mode and through JSON-B, now rejects both with a short message.
 */
class WholeNumberFieldsTest {
  /** Each type with a whole-number field, and that field's name. */
  private static final List<Object[]> FIELDS =
      List.of(
          new Object[] {ValidationReport.class, "errors"},
          new Object[] {PlanProgress.class, "periodsCompleted"},
          new Object[] {StatusCounts.class, "ACHIEVED"},
          new Object[] {ResultRollUp.class, "indicatorCount"},
          new Object[] {PerformanceGroup.class, "depth"});

  private static final String EXPONENT_LIMIT =
      "a number whose exponent is within ±1000 (JsonLimits.maxExponent)";

  private final Jsonb jsonb = JsonbBuilder.create(RbmJson.strict().config());

  @AfterEach
  void close() throws Exception {
    jsonb.close();
  }

  private static RbmJsonException rejected(RbmJson json, boolean reader, String input, Class<?> type) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThrows(
                RbmJsonException.class,
                () -> {
                  if (reader) {
                    json.read(new StringReader(input), type);
                  } else {
                    json.read(input, type);
                  }
                }));
  }

  @Test
  void theIssuesInputsAreRejectedWithAShortMessage() {
    RbmJsonException cut =
        rejected(RbmJson.strict(), false, "{\"errors\":1e-2147483647", ValidationReport.class);
    // {"errors": is 10 characters, the number 13 more: just past it is column 24.
    assertEquals(
        "errors: got the number 1e-2147483647, expected " + EXPONENT_LIMIT + " (line 1, column 24)",
        cut.getMessage());
    RbmJsonException whole =
        rejected(RbmJson.strict(), false, "{\"errors\":1e-999999999}", ValidationReport.class);
    assertEquals(
        "errors: got the number 1e-999999999, expected " + EXPONENT_LIMIT + " (line 1, column 23)",
        whole.getMessage());
  }

  @Test
  void everyWholeNumberFieldInEveryReadModeRejectsBothNumbers() {
    RbmJson[] modes = {RbmJson.strict(), RbmJson.strict().toleratingUnknownProperties()};
    for (Object[] typeAndField : FIELDS) {
      Class<?> type = (Class<?>) typeAndField[0];
      String field = (String) typeAndField[1];
      for (String number : List.of("1e-2147483647", "1e-999999999")) {
        for (String input : List.of("{\"" + field + "\":" + number, "{\"" + field + "\":" + number + "}")) {
          for (RbmJson json : modes) {
            for (boolean reader : new boolean[] {false, true}) {
              RbmJsonException e = rejected(json, reader, input, type);
              assertEquals(field, e.path(), e.getMessage());
              assertEquals("the number " + number, e.found(), e.getMessage());
              assertEquals(EXPONENT_LIMIT, e.expected(), e.getMessage());
              assertEquals(1, e.line());
              // {" field ": then the number; the column just past it.
              assertEquals(field.length() + 4 + number.length() + 1L, e.column(), input);
            }
          }
          JsonbException e =
              assertThrows(JsonbException.class, () -> jsonb.fromJson(input, type), input);
          RbmJsonException cause = assertInstanceOf(RbmJsonException.class, e.getCause(), input);
          assertEquals("the number " + number, cause.found());
        }
      }
    }
  }

  @Test
  void aRaisedExponentLimitStillNeverExpandsTheNumberInTheMessage() {
    RbmJson json = RbmJson.strict().withLimits(JsonLimits.defaults().withMaxExponent(999_999_999));
    for (Object[] typeAndField : FIELDS) {
      Class<?> type = (Class<?>) typeAndField[0];
      String field = (String) typeAndField[1];
      RbmJsonException e = rejected(json, false, "{\"" + field + "\":1e-999999999}", type);
      // BigDecimal's own form of 1e-999999999, never its billion-digit plain form.
      assertEquals("the number 1E-999999999", e.found(), e.getMessage());
      assertEquals(field, e.path());
    }
  }
}
