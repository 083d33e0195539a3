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
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.core.cycle.StrategicPolicyFramework;
import org.rbm.core.indicators.IndicatorId;

/** The cycle schema in the jar describes the SPF, P&amp;B and expenditure documents RbmJson writes. */
class CycleSchemaTest {
  static String resource(String name) {
    try (InputStream in = RbmJson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cycle schema, its references to the framework schema resolved from the jar. */
  static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(
              SpecVersion.VersionFlag.V202012,
              b ->
                  b.schemaLoaders(
                      l ->
                          l.schemas(
                              Map.of(
                                  "urn:org.rbm:schema:rbm-framework:1",
                                  resource(RbmJson.SCHEMA_RESOURCE)))))
          .getSchema(
              resource(RbmJson.CYCLE_SCHEMA_RESOURCE),
              InputFormat.JSON,
              SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  static Set<ValidationMessage> violations(String document) {
    return SCHEMA.validate(document, InputFormat.JSON);
  }

  @Test
  void writtenDocumentsConformToTheSchema() {
    for (RbmJson json : new RbmJson[] {RbmJson.strict(), RbmJson.strict().prettyPrinting()}) {
      assertEquals(Set.of(), violations(json.write(CycleExamples.spf())));
      assertEquals(Set.of(), violations(json.write(CycleExamples.programmeAndBudget())));
      assertEquals(Set.of(), violations(json.write(CycleExamples.expenditure())));
    }
    assertEquals(Set.of(), violations(CycleJsonTest.EXPENDITURE));
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    String expenditure = RbmJson.strict().write(CycleExamples.expenditure());
    assertFalse(violations(expenditure.replace("rbm-expenditure/1", "rbm-expenditure/2")).isEmpty());
    assertFalse(violations(expenditure.replace("\"USD 12000\"", "12000")).isEmpty());
    assertFalse(violations(expenditure.replace("\"USD 12000\"", "\"USD -1\"")).isEmpty());
    assertFalse(violations(expenditure.replace("\"USD 12000\"", "\"usd 12000\"")).isEmpty());
    assertFalse(violations(expenditure.replace("\"currency\":\"USD\",", "")).isEmpty());
    String spf = RbmJson.strict().write(CycleExamples.spf());
    assertFalse(violations(spf.replace("\"kind\":\"removeIndicator\"", "\"kind\":\"renameIndicator\"")).isEmpty());
    assertFalse(
        violations(spf.replace("{\"kind\":\"removeIndicator\",\"id\":\"IND-2\"}",
            "{\"kind\":\"removeIndicator\",\"id\":\"IND-2\",\"text\":\"why\"}")).isEmpty());
    assertFalse(violations(spf.replace("\"INTERNATIONAL_LABOUR_CONFERENCE\"", "\"ILC\"")).isEmpty());
    assertFalse(violations(spf.replace("\"rbm-framework/1\"", "\"rbm-framework/2\"")).isEmpty());
    String pb = RbmJson.strict().write(CycleExamples.programmeAndBudget());
    assertFalse(violations(pb.replace("\"year\":2011", "\"year\":2011.5")).isEmpty());
    assertFalse(violations(pb.replace("\"GLOBALIZATION\"", "\"TRADE\"")).isEmpty());
    assertFalse(violations(pb.replace("\"applies\":false", "\"applies\":\"no\"")).isEmpty());
  }

  @Test
  void theSpfExampleInFormatMdConformsReadsAndWritesBackTheSame() {
    String example = FormatPageExamplesTest.example("## The programme cycle's documents");
    assertEquals(Set.of(), violations(example));
    StrategicPolicyFramework spf = RbmJson.strict().read(example, StrategicPolicyFramework.class);
    try (JsonReader a = Json.createReader(new StringReader(example));
        JsonReader b = Json.createReader(new StringReader(RbmJson.strict().write(spf)))) {
      assertEquals(a.readValue(), b.readValue());
    }
    // IND-2 is there until the Governing Body removes it on 24 March 2011.
    IndicatorId ind2 = IndicatorId.of("IND-2");
    assertTrue(spf.asOf(LocalDate.of(2011, 3, 23)).framework().indicator(ind2).isPresent());
    assertTrue(spf.asOf(LocalDate.of(2011, 3, 24)).framework().indicator(ind2).isEmpty());
  }

  /** A definition of the cycle schema, such as {@code spfAmendments}, as a schema of its own. */
  static JsonSchema definition(String name) {
    return JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            b ->
                b.schemaLoaders(
                    l ->
                        l.schemas(
                            Map.of(
                                "urn:org.rbm:schema:rbm-framework:1",
                                resource(RbmJson.SCHEMA_RESOURCE),
                                "urn:org.rbm:schema:rbm-cycle:1",
                                resource(RbmJson.CYCLE_SCHEMA_RESOURCE)))))
        .getSchema(
            "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
                + " \"$ref\": \"urn:org.rbm:schema:rbm-cycle:1#/$defs/" + name + "\"}",
            InputFormat.JSON,
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
  }

  @Test
  void amendmentRecordsAndTheirEventsConformToTheirDefinitions() {
    JsonSchema record = definition("spfAmendments");
    JsonSchema event = definition("amendmentEvent");
    RbmJson json = RbmJson.strict();
    for (org.rbm.core.cycle.SpfAmendments r :
        java.util.List.of(
            CycleExamples.amendmentRecord(),
            org.rbm.core.cycle.SpfAmendments.of(CycleExamples.spf()),
            org.rbm.core.cycle.SpfAmendments.recorded(CycleExamples.spf().withAmendments()))) {
      assertEquals(Set.of(), record.validate(json.write(r), InputFormat.JSON), r::toString);
      for (var t : r.history()) {
        assertEquals(Set.of(), event.validate(json.write(t.event()), InputFormat.JSON), t::toString);
      }
    }
    assertEquals(
        Set.of(),
        event.validate(json.write(new org.rbm.core.cycle.AmendmentEvent.Reject("No")), InputFormat.JSON));
    // What the reader rejects: an SPF with amendments as the record's start, a payload the type
    // does not carry, a decision without changes, an unknown state.
    String withAmendments = "{\"spf\":" + json.write(CycleExamples.spf()) + ",\"state\":\"NONE\"}";
    assertFalse(record.validate(withAmendments, InputFormat.JSON).isEmpty());
    assertFalse(event.validate("{\"type\":\"ADOPT\",\"reason\":\"x\"}", InputFormat.JSON).isEmpty());
    assertFalse(
        event.validate(
                "{\"type\":\"AMEND\",\"decidingBody\":\"GOVERNING_BODY\",\"reference\":\"GB.1\","
                    + "\"changes\":[]}",
                InputFormat.JSON)
            .isEmpty());
    String written = json.write(CycleExamples.amendmentRecord());
    assertFalse(
        record.validate(written.replace("\"state\":\"WITHDRAWN\"", "\"state\":\"DROPPED\""),
                InputFormat.JSON)
            .isEmpty());
  }
}
