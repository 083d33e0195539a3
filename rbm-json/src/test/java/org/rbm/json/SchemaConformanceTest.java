package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/** The JSON Schema shipped in the jar describes the documents RbmJson writes. */
class SchemaConformanceTest {
  static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(
              RbmJson.schema(),
              InputFormat.JSON,
              SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  static Set<ValidationMessage> violations(String document) {
    return SCHEMA.validate(document, InputFormat.JSON);
  }

  /** The example framework, with a percentage indicator and a qualitative one added. */
  static ResultsFramework richFramework() {
    Indicator qualitative =
        Indicator.builder()
            .id(IndicatorId.of("IND-3"))
            .title("Labour inspection policy adopted")
            .measure(Measure.QUALITATIVE)
            .baseline(Baseline.of(Value.text("No policy"), LocalDate.of(2007, 12, 31)))
            .addPeriod(
                IndicatorPeriod.builder()
                    .period(DateRange.of(LocalDate.of(2009, 6, 30), LocalDate.of(2009, 6, 30)))
                    .addActual(DataPoint.of(Value.text("Adopted by the Council of Ministers")))
                    .build())
            .build();
    Result immediate =
        Result.builder()
            .id(ResultId.of("IO1a.1"))
            .level("immediate outcome")
            .title("Inspectorates trained")
            .parent(ResultId.of("OC1a"))
            .addIndicator(Examples.womenTrainedIndicator())
            .addIndicator(qualitative)
            .build();
    return Examples.framework()
        .withResults(Examples.strategicObjective(), Examples.outcome(), immediate);
  }

  @Test
  void writtenDocumentsConformToTheSchema() {
    for (RbmJson json : new RbmJson[] {RbmJson.strict(), RbmJson.strict().prettyPrinting()}) {
      assertEquals(Set.of(), violations(json.write(richFramework())));
      assertEquals(Set.of(), violations(json.write(Examples.framework().withContributions().withResults())));
    }
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    String valid = RbmJson.strict().write(Examples.framework());
    assertTrue(violations(valid).isEmpty());
    assertFalse(violations(valid.replace("rbm-framework/1", "rbm-framework/2")).isEmpty());
    assertFalse(violations(valid.replace("\"owner\":\"ILO\"", "\"owner\":\"ILO\",\"colour\":1")).isEmpty());
    assertFalse(violations(valid.replace("\"value\":30", "\"value\":null")).isEmpty());
    assertFalse(violations(valid.replace("\"id\":\"SO1\"", "\"id\":\"S O1\"")).isEmpty());
    assertFalse(violations(valid.replace("\"2008-09\"", "\"2008-9\"")).isEmpty());
    assertFalse(violations(valid.replace("\"2007-11-01\"", "\"2007-11-31\"")).isEmpty());
    assertFalse(
        violations(valid.replace("\"value\":30", "\"unavailableReason\":\"x\",\"value\":30"))
            .isEmpty());
    assertFalse(
        violations(valid.replace("\"value\":30", "\"value\":{\"numerator\":1,\"denominator\":0}"))
            .isEmpty());
    assertFalse(violations(valid.replace("\"measure\":\"COUNT\"", "\"measure\":\"count\"")).isEmpty());
  }

  @Test
  void theExampleInFormatMdIsAValidDocument() {
    String example = FormatPageExamplesTest.example("## The results-framework document");
    assertEquals(Set.of(), violations(example));
    ResultsFramework framework = RbmJson.strict().readFramework(example);
    assertEquals(2, framework.results().size());
  }

  @Test
  void numbersStayExactInTheDocument() {
    Value amount = Value.of(new BigDecimal("12345678901234567890.1234567890123456789"));
    String written = RbmJson.strict().write(amount);
    assertEquals("12345678901234567890.1234567890123456789", written);
  }
}
