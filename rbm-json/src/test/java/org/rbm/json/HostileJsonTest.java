package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/**
 * Malformed and hostile input: each case gets an {@link RbmJsonException} with the path of the
 * value at fault and its line and column, worked out by hand from the input: lines and columns
 * count from 1 and point just past the token at fault; for malformed JSON, at the last character
 * the parser read (the offending character, or the end of the offending token); for input that
 * ends too early, just past its last character.
 */
class HostileJsonTest {
  /** A valid document; the cases below change one fragment of it. */
  static final String FRAMEWORK =
      """
      {"format": "rbm-framework/1", "id": "PB-2008-09", "title": "P&B 2008-09", "owner": "ILO",
       "planningPeriod": "2008-09",
       "levelScheme": {"name": "ILO", "levels": ["strategic objective", "outcome", "immediate outcome"]},
       "results": [
        {"id": "SO1", "level": "strategic objective", "title": "Rights at work"},
        {"id": "OC1", "level": "outcome", "title": "Standards applied", "parent": "SO1",
         "indicators": [{"id": "IND-1", "title": "Ratifications", "measure": "COUNT",
                         "baseline": {"value": 30}}]}]}""";

  private final RbmJson json = RbmJson.strict();

  static String framework(String fragment, String replacement) {
    assertTrue(FRAMEWORK.contains(fragment), fragment);
    return FRAMEWORK.replace(fragment, replacement);
  }

  @CanIgnoreReturnValue // an assertion; some tests check more of the exception
  private RbmJsonException rejected(
      RbmJson reader, String input, Class<?> type, String path, long line, long column) {
    RbmJsonException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> assertThrows(RbmJsonException.class, () -> reader.read(input, type)));
    assertEquals(path, e.path(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    return e;
  }

  @CanIgnoreReturnValue // an assertion; some tests check more of the exception
  private RbmJsonException rejected(String input, String path, long line, long column) {
    return rejected(json, input, ResultsFramework.class, path, line, column);
  }

  @Test
  void theBaseDocumentIsValid() {
    assertEquals(2, json.readFramework(FRAMEWORK).results().size());
  }

  @Test
  void placesANumberFollowedByAFractionJustPastTheNumberJsonReads() {
    // "1e034.39" is the number 1e034 followed by ".39": the amount is refused before the parser
    // reaches the dot, and located past "1e034", which takes columns 42 to 46 of line 8.
    RbmJsonException e =
        rejected(
            framework("{\"value\": 30}", "{\"value\": 1e034.39}"),
            "results[1].indicators[0].baseline.value",
            8,
            47);
    assertEquals("\"1E+34\"", e.found());
  }

  @Test
  void rejectsAValueOfTheWrongJsonType() {
    RbmJsonException e =
        rejected(
            framework("{\"value\": 30}", "{\"value\": true}"),
            "results[1].indicators[0].baseline.value",
            8,
            46);
    assertEquals("true", e.found());
    assertEquals("a number, a string or a fraction object", e.expected());
    assertEquals(
        "results[1].indicators[0].baseline.value: got true, expected a number, a string or a"
            + " fraction object (line 8, column 46)",
        e.getMessage());
  }

  @Test
  void rejectsNullWhereAStringIsExpected() {
    RbmJsonException e =
        rejected(framework("\"title\": \"P&B 2008-09\"", "\"title\": null"), "title", 1, 64);
    assertEquals("null", e.found());
    assertEquals("a string", e.expected());
  }

  @Test
  void rejectsANumberWhereAStringIsExpected() {
    RbmJsonException e = rejected(framework("\"owner\": \"ILO\"", "\"owner\": 5"), "owner", 1, 85);
    assertEquals("the number 5", e.found());
  }

  @Test
  void rejectsAnUnknownProperty() {
    RbmJsonException e =
        rejected(framework("{\"id\": \"SO1\",", "{\"id\": \"SO1\", \"colour\": \"red\","), "results[0].colour", 5, 25);
    assertEquals("an unknown property \"colour\"", e.found());
    assertTrue(e.expected().contains("description"), e.expected());
  }

  @Test
  void toleratesAnUnknownPropertyOnlyWhenAskedTo() {
    String input = framework("{\"id\": \"SO1\",", "{\"id\": \"SO1\", \"colour\": {\"r\": [1, [2]]},");
    assertEquals(
        json.readFramework(FRAMEWORK),
        json.toleratingUnknownProperties().readFramework(input));
  }

  @Test
  void rejectsARepeatedProperty() {
    RbmJsonException e =
        rejected(framework("{\"id\": \"SO1\",", "{\"id\": \"SO1\", \"id\": \"SO2\","), "results[0].id", 5, 21);
    assertEquals("each property at most once", e.expected());
  }

  @Test
  void rejectsAMissingRequiredPropertyAtTheObjectThatLacksIt() {
    RbmJsonException e =
        rejected(
            framework(", \"title\": \"Rights at work\"}", "}"), "results[0].title", 5, 4);
    assertEquals("no property \"title\"", e.found());
    assertEquals("the required property \"title\" (a string)", e.expected());
  }

  @Test
  void rejectsABrokenInvariantOfAnIndicatorAtTheValueItNames() {
    RbmJsonException e =
        rejected(
            framework("{\"value\": 30}", "{\"value\": \"thirty\"}"),
            "results[1].indicators[0].baseline.value",
            8,
            50);
    assertEquals("\"thirty\"", e.found());
    assertEquals("a number (count)", e.expected());
  }

  @Test
  void rejectsAParentThatIsNotInTheFramework() {
    RbmJsonException e =
        rejected(framework("\"parent\": \"SO1\"", "\"parent\": \"SO9\""), "results[1].parent", 6, 82);
    assertEquals("the id of a result in this framework", e.expected());
  }

  @Test
  void locatesABrokenInvariantAlsoWhenReadingFromAReader() {
    String input = framework("\"parent\": \"SO1\"", "\"parent\": \"SO9\"");
    RbmJsonException e =
        assertThrows(
            RbmJsonException.class, () -> json.readFramework(new java.io.StringReader(input)));
    assertEquals("results[1].parent", e.path());
    assertEquals(6, e.line());
    assertEquals(82, e.column());
  }

  @Test
  void rejectsAResultIdUsedTwice() {
    RbmJsonException e =
        rejected(framework("{\"id\": \"SO1\"", "{\"id\": \"OC1\""), "results[1].id", 6, 15);
    assertEquals("an id not used before (results[0])", e.expected());
  }

  @Test
  void rejectsAnotherFormatVersion() {
    RbmJsonException e =
        rejected(framework("rbm-framework/1", "rbm-framework/2"), "format", 1, 29);
    assertEquals("the format \"rbm-framework/2\"", e.found());
  }

  @Test
  void rejectsADocumentThatDoesNotStateItsFormatFirst() {
    String input = "{\"id\": \"PB-2008-09\", \"format\": \"rbm-framework/1\"}";
    RbmJsonException e = rejected(input, "id", 1, 6);
    assertEquals("the property \"format\" first", e.expected());
  }

  @Test
  void rejectsAHugeExponentWithoutExpandingIt() {
    RbmJsonException e =
        rejected(
            framework("{\"value\": 30}", "{\"value\": 1e999999999}"),
            "results[1].indicators[0].baseline.value",
            8,
            53);
    assertEquals("the number 1e999999999", e.found());
    assertEquals("a number whose exponent is within ±1000 (JsonLimits.maxExponent)", e.expected());
  }

  @Test
  void rejectsAnExponentBeyondTheIntRange() {
    RbmJsonException e = rejected(json, "1e9999999999", Value.class, "", 1, 13);
    assertEquals("the number 1e9999999999", e.found());
  }

  @Test
  void rejectsATinyExponent() {
    RbmJsonException e = rejected(json, "1e-999999999", Value.class, "", 1, 13);
    assertEquals("a number whose exponent is within ±1000 (JsonLimits.maxExponent)", e.expected());
  }

  @Test
  void rejectsANumberOfMoreThanAHundredCharacters() {
    String digits = "1" + "0".repeat(100);
    RbmJsonException e = rejected(json, digits, Value.class, "", 1, 102);
    assertEquals("a number of 101 characters", e.found());
  }

  @Test
  void rejectsEmptyInput() {
    RbmJsonException e = rejected("", "", 1, 1);
    assertEquals("the end of input", e.found());
    assertEquals("a JSON document", e.expected());
    rejected("\n  ", "", 2, 3);
  }

  @Test
  void rejectsInputThatEndsTooEarly() {
    String input = "{\"format\": \"rbm-framework/1\", \"id\": ";
    RbmJsonException e = rejected(input, "id", 1, 37);
    assertEquals("the end of input", e.found());
    String cut = FRAMEWORK.substring(0, FRAMEWORK.indexOf("Ratif"));
    rejected(cut, "results[1].indicators[0].title", 7, 45);
  }

  @Test
  void rejectsGarbage() {
    RbmJsonException e = rejected("hello", "", 1, 1);
    assertEquals("well-formed JSON", e.expected());
    rejected("{'format': 1}", "", 1, 2);
  }

  @Test
  void rejectsContentAfterTheDocument() {
    rejected(FRAMEWORK + " x", "", 8, 51);
    rejected(FRAMEWORK + " {}", "", 8, 51);
    // The parser reports the offending token at its last character.
    RbmJsonException e = rejected(json, "\"SO1\" \"SO2\"", ResultId.class, "", 1, 11);
    assertEquals("content after the document", e.found());
    assertEquals("the end of the input", e.expected());
  }

  @Test
  void rejectsDeepNestingAtItsFirstBracket() {
    String deep = "[".repeat(100_000);
    RbmJsonException e = rejected(deep, "", 1, 2);
    assertEquals("an array", e.found());
    assertEquals("a results framework object", e.expected());
  }

  @Test
  void rejectsDeepNestingInATolerantReadWithoutOverflowingTheStack() {
    // The object is level 1 and 32 characters lead to the first bracket: level 1001, the 1000th
    // bracket, stands at column 1032, and is refused just past it.
    String input = "{\"format\":\"rbm-framework/1\",\"x\":" + "[".repeat(100_000);
    RbmJsonException e =
        rejected(json.toleratingUnknownProperties(), input, ResultsFramework.class, "x", 1, 1033);
    assertEquals("JSON nested too deeply", e.found());
  }

  @Test
  void rejectsATruncatedValueThatATolerantReadSkips() {
    String input = "{\"format\":\"rbm-framework/1\",\"x\":[[[";
    rejected(json.toleratingUnknownProperties(), input, ResultsFramework.class, "x", 1, 36);
  }

  @Test
  void rejectsAnImpossibleDate() {
    RbmJsonException e =
        rejected(
            json,
            "{\"start\": \"2008-02-30\", \"end\": \"2008-12-31\"}",
            DateRange.class,
            "start",
            1,
            23);
    assertEquals("\"2008-02-30\"", e.found());
  }

  @Test
  void rejectsARangeThatEndsBeforeItStarts() {
    RbmJsonException e =
        rejected(
            json,
            "{\"start\": \"2008-12-31\", \"end\": \"2008-01-01\"}",
            DateRange.class,
            "end",
            1,
            44);
    assertEquals("a date on or after the start 2008-12-31", e.expected());
  }

  @Test
  void rejectsAZeroDenominator() {
    RbmJsonException e =
        rejected(json, "{\"numerator\": 1, \"denominator\": 0}", Value.class, "denominator", 1, 34);
    assertEquals("a number greater than 0", e.expected());
  }

  @Test
  void rejectsADimensionDeclaredTwice() {
    String input =
        "{\"id\": \"I\", \"title\": \"T\", \"measure\": \"COUNT\","
            + " \"disaggregationDimensions\": [\"sex\", \"sex\"]}";
    RbmJsonException e =
        rejected(json, input, Indicator.class, "disaggregationDimensions[1]", 1, 88);
    assertEquals("each string at most once", e.expected());
  }

  @Test
  void rejectsABaselineWithBothAValueAndAReason() {
    String input = "{\"value\": 3, \"unavailableReason\": \"none\"}";
    RbmJsonException e =
        rejected(json, input, org.rbm.core.indicators.Baseline.class, "unavailableReason", 1, 41);
    assertEquals("no reason when a value is given", e.expected());
  }

  @Test
  void rejectsABreakdownByAnUndeclaredDimension() {
    String input =
        """
        {"id": "I", "title": "T", "measure": "COUNT", "periods": [
          {"period": {"start": "2009-01-01", "end": "2009-12-31"},
           "targets": [{"value": 4, "disaggregation": {"sex": "female"}}]}]}""";
    RbmJsonException e =
        rejected(json, input, Indicator.class, "periods[0].targets[0].disaggregation", 3, 48);
    assertTrue(e.expected().startsWith("only the declared dimensions"), e.expected());
  }

  @Test
  void rejectsAnIdentifierOfTheWrongForm() {
    RbmJsonException e = rejected(json, "\"OC 2\"", ResultId.class, "", 1, 7);
    assertEquals("\"OC 2\"", e.found());
  }

  @Test
  void rejectsAnUnknownEnumConstant() {
    RbmJsonException e =
        rejected(
            json,
            "{\"id\": \"I\", \"title\": \"T\", \"measure\": \"count\"}",
            Indicator.class,
            "measure",
            1,
            45);
    assertTrue(e.expected().startsWith("one of [COUNT, PERCENTAGE"), e.expected());
  }

  @Test
  void rejectsATinyBandInProgressSettingsBeforeAnyArithmetic() {
    // {"band": is 8 characters; the 12 of 1E-999999999 end at column 20.
    RbmJsonException e =
        rejected(
            json,
            "{\"band\":1E-999999999}",
            org.rbm.core.progress.ProgressSettings.class,
            "band",
            1,
            21);
    assertEquals("the number 1E-999999999", e.found());
    assertEquals("a number whose exponent is within ±1000 (JsonLimits.maxExponent)", e.expected());
    // Within the exponent limit, the model's own rule rejects it: {"band": and 6 characters.
    RbmJsonException model =
        rejected(
            json,
            "{\"band\":1E-999}",
            org.rbm.core.progress.ProgressSettings.class,
            "band",
            1,
            15);
    assertEquals("at most 20 decimal places", model.expected());
  }

  /** A framework's progress with one indicator, whose settings and plan ratio are given. */
  /** A report on the progress examples' framework (indicators C, S, Q), C's ratio as given. */
  static String progress(String settings, String ratio) {
    return "{\"framework\":" + RbmJson.strict().write(ProgressExamples.framework())
        + ",\"asOf\":\"2009-01-01\",\"settings\":" + settings
        + ",\"indicators\":[" + entry("C", ratio) + "," + entry("S", "0.5") + ","
        + entry("Q", "0.5") + "]}";
  }

  private static String entry(String indicator, String ratio) {
    return "{\"indicator\":\"" + indicator + "\",\"plan\":{\"aggregation\":\"LATEST\","
        + "\"periodsCompleted\":1,\"ratio\":" + ratio + ",\"status\":\"BEHIND\"}}";
  }

  /** The column just past the first occurrence of a token in a one-line input. */
  private static long pastFirst(String input, String token) {
    assertTrue(input.contains(token), token);
    return (long) input.indexOf(token) + token.length() + 1;
  }

  @Test
  void rejectsATinyRatioInAProgressDocument() {
    String input = progress("{}", "1E-999999999");
    RbmJsonException e =
        rejected(
            json,
            input,
            org.rbm.core.progress.ProgressReport.class,
            "indicators[0].plan.ratio",
            1,
            pastFirst(input, "1E-999999999"));
    assertEquals("the number 1E-999999999", e.found());
    assertEquals("a number whose exponent is within ±1000 (JsonLimits.maxExponent)", e.expected());
    // The same document with a plain ratio is read, and its table shows it.
    org.rbm.core.progress.ProgressReport fine =
        json.read(progress("{}", "0.5"), org.rbm.core.progress.ProgressReport.class);
    assertEquals(new java.math.BigDecimal("0.5"), fine.indicators().get(0).plan().ratio().get());
  }

  @Test
  void rejectsATinyBandInTheSettingsOfAProgressDocument() {
    String input = progress("{\"band\":1E-999999999}", "0.5");
    RbmJsonException e =
        rejected(
            json,
            input,
            org.rbm.core.progress.ProgressReport.class,
            "settings.band",
            1,
            pastFirst(input, "1E-999999999"));
    assertEquals("a number whose exponent is within ±1000 (JsonLimits.maxExponent)", e.expected());
  }
}
