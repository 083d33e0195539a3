package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.Value;
import org.rbm.core.results.ResultsFramework;

/** Applications that bind their own classes with JSON-B get the same JSON form and strictness. */
class JsonbConfigTest {
  /** An application's own class that holds model values. */
  public static final class Report {
    public @Nullable String note;
    public @Nullable ResultsFramework framework;
    public @Nullable Value headline;
  }

  private final Jsonb jsonb = JsonbBuilder.create(RbmJson.strict().config());

  @AfterEach
  void close() throws Exception {
    jsonb.close();
  }

  @Test
  void writesAndReadsModelValuesAsRbmJsonDoes() {
    ResultsFramework framework = Examples.framework();
    String text = jsonb.toJson(framework);
    assertEquals(RbmJson.strict().write(framework), text);
    assertEquals(framework, jsonb.fromJson(text, ResultsFramework.class));
  }

  @Test
  void modelValuesInsideTheApplicationsClasses() {
    Report report = new Report();
    report.note = "mid-term";
    report.framework = Examples.framework().withContributions().withResults(Examples.strategicObjective());
    report.headline = Value.of(42);
    String text = jsonb.toJson(report);
    assertEquals(
        "{\"framework\":" + RbmJson.strict().write(report.framework) + ",\"headline\":42,\"note\":\"mid-term\"}",
        text);
    Report back = jsonb.fromJson(text, Report.class);
    assertEquals(report.framework, back.framework);
    assertEquals(report.headline, back.headline);
  }

  @Test
  void listsOfModelValues() {
    List<Indicator> indicators = List.of(Examples.dwcpIndicator(), Examples.womenTrainedIndicator());
    Type listOfIndicators = new ArrayList<Indicator>() {}.getClass().getGenericSuperclass();
    String text = jsonb.toJson(indicators, listOfIndicators);
    assertEquals(
        "[" + RbmJson.strict().write(indicators.get(0)) + "," + RbmJson.strict().write(indicators.get(1)) + "]",
        text);
    assertEquals(indicators, jsonb.fromJson(text, listOfIndicators));
  }

  @Test
  void errorsCarryTheRbmJsonExceptionAsCause() {
    String bad = RbmJson.strict().write(Examples.dwcpIndicator()).replace("\"COUNT\"", "\"count\"");
    JsonbException e = assertThrows(JsonbException.class, () -> jsonb.fromJson(bad, Indicator.class));
    RbmJsonException cause = assertInstanceOf(RbmJsonException.class, e.getCause());
    assertEquals("measure", cause.path());
    assertEquals(1, cause.line());
    // {"id":"IND-1","title":"Member States with a Decent Work Country Programme","measure":"count"
    assertEquals(93, cause.column());
  }

  @Test
  void unknownPropertiesAreToleratedOnlyWhenAskedTo() throws Exception {
    String text = "{\"numerator\":1,\"denominator\":4,\"percent\":25}";
    assertThrows(JsonbException.class, () -> jsonb.fromJson(text, Value.class));
    Jsonb tolerant = JsonbBuilder.create(RbmJson.strict().toleratingUnknownProperties().config());
    try {
      assertEquals(
          Value.fraction(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(4)),
          tolerant.fromJson(text, Value.class));
    } finally {
      tolerant.close();
    }
  }
}
