package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbm.core.internal.RuleValues;
import org.rbm.core.rules.Finding;
import org.rbm.core.rules.Location;
import org.rbm.core.rules.RuleId;
import org.rbm.core.rules.Severity;
import org.rbm.core.rules.StandardRules;
import org.rbm.core.rules.ValidationReport;
import org.rbm.testkit.RbmGen;

/** Findings and validation reports, as applications return them from their APIs. */
class RuleJsonTest {
  private final RbmJson json = RbmJson.strict();

  static final Finding NO_TARGET = RuleValues.get().finding(
      RuleId.of("RBM-IND-003"), Severity.ERROR, "PB-2008-09",
      Location.parse("/results/SO1/OC1/IO1.1/indicators/IND-1")
          .withIndexPath("results[2].indicators[0]"),
      "RBM-IND-003.noTarget", Map.of("indicator", "IND-1"),
      "Indicator IND-1 has no target: set a target for at least one period.");
  private static final String NO_TARGET_JSON = "{\"ruleId\":\"RBM-IND-003\",\"severity\":\"ERROR\","
      + "\"subjectId\":\"PB-2008-09\",\"location\":\"/results/SO1/OC1/IO1.1/indicators/IND-1\","
      + "\"indexPath\":\"results[2].indicators[0]\",\"messageKey\":\"RBM-IND-003.noTarget\","
      + "\"arguments\":{\"indicator\":\"IND-1\"},"
      + "\"message\":\"Indicator IND-1 has no target: set a target for at least one period.\"}";
  /** A plain-text finding of a rule of the application's own, without an index path. */
  static final Finding TWIN = RuleValues.get().finding(
      RuleId.of("RBM-RES-006"), Severity.WARNING, "PB-2008-09",
      Location.of("results", "SO1", "a/b"), "text",
      Map.of("text", "Outcome a/b has the same title as OC1."),
      "Outcome a/b has the same title as OC1.");
  private static final String TWIN_JSON = "{\"ruleId\":\"RBM-RES-006\",\"severity\":\"WARNING\","
      + "\"subjectId\":\"PB-2008-09\",\"location\":\"/results/SO1/a~1b\",\"messageKey\":\"text\","
      + "\"arguments\":{\"text\":\"Outcome a/b has the same title as OC1.\"},"
      + "\"message\":\"Outcome a/b has the same title as OC1.\"}";

  private <T> void assertForm(T value, Class<T> type, String expectedJson) {
    assertEquals(expectedJson, json.write(value));
    assertEquals(value, json.read(expectedJson, type));
  }

  @Test
  void ruleIdsSeveritiesAndLocationsAreStrings() {
    assertForm(RuleId.of("RBM-IND-003"), RuleId.class, "\"RBM-IND-003\"");
    assertForm(Severity.WARNING, Severity.class, "\"WARNING\"");
    assertForm(Location.ROOT, Location.class, "\"/\"");
    assertForm(Location.of("results", "SO1", "a/b"), Location.class, "\"/results/SO1/a~1b\"");
  }

  @Test
  void aFindingIsAnObjectOfItsPartsWithKeyArgumentsAndIndexPath() {
    assertForm(NO_TARGET, Finding.class, NO_TARGET_JSON);
    assertForm(TWIN, Finding.class, TWIN_JSON);
  }

  @Test
  void rejectsAFindingWhoseMessageOrArgumentsDisagreeWithItsKey() {
    RbmJsonException message = assertThrows(RbmJsonException.class, () -> json.read(
        NO_TARGET_JSON.replace("set a target", "give a target"), Finding.class));
    assertEquals("message", message.path());
    RbmJsonException arguments = assertThrows(RbmJsonException.class, () -> json.read(
        NO_TARGET_JSON.replace("\"indicator\":", "\"indicatorId\":"), Finding.class));
    assertEquals("arguments", arguments.path());
    assertEquals("the arguments of RBM-IND-003.noTarget, [indicator]", arguments.expected());
    RbmJsonException indexPath = assertThrows(RbmJsonException.class, () -> json.read(
        NO_TARGET_JSON.replace("results[2].indicators[0]", "results[2]..indicators"),
        Finding.class));
    assertEquals("indexPath", indexPath.path());
    RbmJsonException notAString = assertThrows(RbmJsonException.class, () -> json.read(
        NO_TARGET_JSON.replace("{\"indicator\":\"IND-1\"}", "{\"indicator\":1}"), Finding.class));
    assertEquals("arguments.indicator", notAString.path());
  }

  @Test
  void aReportCarriesItsFindingsInOrderAndItsCounts() {
    ValidationReport report = RuleValues.get().report("PB-2008-09", List.of(TWIN, NO_TARGET));
    String expected = "{\"subjectId\":\"PB-2008-09\",\"findings\":[" + NO_TARGET_JSON + ","
        + TWIN_JSON + "],"
        + "\"errors\":1,\"warnings\":1,\"info\":0,\"hasErrors\":true}";
    assertForm(report, ValidationReport.class, expected);
    assertForm(RuleValues.get().report("DWCP-XL-2008-09", List.of()), ValidationReport.class,
        "{\"subjectId\":\"DWCP-XL-2008-09\",\"errors\":0,\"warnings\":0,\"info\":0,"
            + "\"hasErrors\":false}");
  }

  @Test
  void countsAreOptionalWhenReadAndSortedFindingsNeedNoOrder() {
    String minimal =
        "{\"subjectId\":\"PB-2008-09\",\"findings\":[" + TWIN_JSON + "," + NO_TARGET_JSON + "]}";
    assertEquals(RuleValues.get().report("PB-2008-09", List.of(NO_TARGET, TWIN)),
        json.read(minimal, ValidationReport.class));
  }

  @Test
  void aReportOfTheStandardRulesRoundTrips() {
    ValidationReport report = StandardRules.validator().validate(Examples.framework());
    assertEquals(report, json.read(json.write(report), ValidationReport.class));
  }

  @Test
  void rejectsCountsThatDisagreeWithTheFindings() {
    String wrong = "{\"subjectId\":\"PB-2008-09\",\"findings\":[" + NO_TARGET_JSON + "],"
        + "\"errors\":2}";
    RbmJsonException e = assertThrows(RbmJsonException.class,
        () -> json.read(wrong, ValidationReport.class));
    assertEquals("errors 2", e.found());
    assertEquals("1, the number of such findings", e.expected());
    String noErrors = "{\"subjectId\":\"PB-2008-09\",\"findings\":[" + NO_TARGET_JSON + "],"
        + "\"hasErrors\":false}";
    assertThrows(RbmJsonException.class, () -> json.read(noErrors, ValidationReport.class));
  }

  @Test
  void rejectsMalformedPartsWithTheirPath() {
    RbmJsonException location = assertThrows(RbmJsonException.class, () -> json.read(
        NO_TARGET_JSON.replace("\"/results/SO1/OC1/IO1.1/indicators/IND-1\"", "\"results//x\""),
        Finding.class));
    assertEquals("location", location.path());
    RbmJsonException severity = assertThrows(RbmJsonException.class,
        () -> json.read(NO_TARGET_JSON.replace("\"ERROR\"", "\"error\""), Finding.class));
    assertEquals("severity", severity.path());
    RbmJsonException other = assertThrows(RbmJsonException.class, () -> json.read(
        "{\"subjectId\":\"SPF-2010-15\",\"findings\":[" + NO_TARGET_JSON + "]}",
        ValidationReport.class));
    assertTrue(other.getMessage().contains("findings[0].subjectId"), other.getMessage());
    RbmJsonException blank = assertThrows(RbmJsonException.class,
        () -> json.read(NO_TARGET_JSON.replaceFirst("\"message\":\"[^\"]*\"", "\"message\":\" \""),
            Finding.class));
    assertTrue(blank.getMessage().contains("message"), blank.getMessage());
  }

  @Test
  void pointsAtTheBadValueByPathLineAndColumn() {
    // Line 2: "findings":[{"ruleId":"RBM-IND-003","severity":"error" -- the string "error" takes
    // columns 48 to 54, so the error points just past it, at column 55.
    String input = "{\"subjectId\":\"PB-2008-09\",\n"
        + "\"findings\":[{\"ruleId\":\"RBM-IND-003\",\"severity\":\"error\"}]}";
    RbmJsonException e =
        assertThrows(RbmJsonException.class, () -> json.read(input, ValidationReport.class));
    assertEquals("findings[0].severity", e.path(), e.getMessage());
    assertEquals(2, e.line(), e.getMessage());
    assertEquals(55, e.column(), e.getMessage());
  }

  @Test
  void reportsOfGeneratedFrameworksRoundTrip() {
    qt().withExamples(100)
        .forAll(RbmGen.frameworks())
        .checkAssert(f -> {
          ValidationReport report = StandardRules.validator().validate(f);
          assertEquals(report, json.read(json.write(report), ValidationReport.class));
        });
  }
}
