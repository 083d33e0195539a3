package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.core.dwcp.Dwcp;
import org.rbm.core.dwcp.DwcpEvent;
import org.rbm.core.dwcp.DwcpPortfolio;
import org.rbm.core.dwcp.DwcpStage;
import org.rbm.core.dwcp.QaOutcome;
import org.rbm.core.evaluation.ActionEvent;
import org.rbm.core.evaluation.ActionState;
import org.rbm.core.evaluation.Evaluation;
import org.rbm.core.evaluation.FollowUpAction;
import org.rbm.core.evaluation.LessonCitation;

/**
 * The DWCP portfolio and evaluation documents: examples written by hand, histories replayed with
 * checks, the schemas, and hostile input with path, line and column.
 */
class FollowUpJsonTest {
  private final RbmJson json = RbmJson.strict();

  static JsonSchema schema(String resource) {
    return JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            b ->
                b.schemaLoaders(
                    l ->
                        l.schemas(
                            Map.of(
                                "urn:org.rbm:schema:rbm-framework:1",
                                CycleSchemaTest.resource(RbmJson.SCHEMA_RESOURCE)))))
        .getSchema(
            CycleSchemaTest.resource(resource),
            InputFormat.JSON,
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
  }

  static final JsonSchema DWCP_SCHEMA = schema(RbmJson.DWCP_SCHEMA_RESOURCE);
  static final JsonSchema EVALUATION_SCHEMA = schema(RbmJson.EVALUATION_SCHEMA_RESOURCE);

  static Set<ValidationMessage> dwcpViolations(String document) {
    return DWCP_SCHEMA.validate(document, InputFormat.JSON);
  }

  static Set<ValidationMessage> evaluationViolations(String document) {
    return EVALUATION_SCHEMA.validate(document, InputFormat.JSON);
  }

  @CanIgnoreReturnValue
  private RbmJsonException rejected(String input, Class<?> type, String path) {
    RbmJsonException e = assertThrows(RbmJsonException.class, () -> json.read(input, type));
    assertEquals(path, e.path(), e.getMessage());
    return e;
  }

  /** A follow-up action written by hand: started 2008-01-10, completed 2008-03-20. */
  static final String ACTION =
      """
      {"id": "R1.1", "description": "Set up the steering committee",
       "owner": "RO-Bangkok", "due": "2008-03-31",
       "state": "COMPLETED", "initialState": "PLANNED", "recordedOn": "2007-11-20",
       "history": [
        {"from": "PLANNED", "to": "IN_PROGRESS", "event": {"type": "START"},
         "date": "2008-01-10", "actor": "RO-Bangkok"},
        {"from": "IN_PROGRESS", "to": "COMPLETED",
         "event": {"type": "COMPLETE", "evidence": "Steering committee minutes"},
         "date": "2008-03-20", "actor": "RO-Bangkok"}]}
      """;

  @Test
  void readsAnActionWrittenByHandByReplayingItsHistory() {
    FollowUpAction a = json.read(ACTION, FollowUpAction.class);
    assertEquals(FollowUpExamples.completedAction(), a);
    assertEquals(ActionState.COMPLETED, a.state());
    assertEquals(java.util.Optional.of("Steering committee minutes"), a.evidence());
    assertEquals(java.util.Optional.of(FollowUpExamples.d(2008, 3, 20)), a.completedOn());
    assertEquals(
        java.util.Optional.of(ActionState.IN_PROGRESS), a.stateOn(FollowUpExamples.d(2008, 3, 19)));
  }

  @Test
  void rejectsAnEntryThatDoesNotGoWhereTheWorkflowGoes() {
    RbmJsonException e =
        rejected(
            ACTION.replace("\"to\": \"COMPLETED\"", "\"to\": \"NOT_DONE\""),
            FollowUpAction.class,
            "history[1].to");
    // Line 7: `  {"from": "IN_PROGRESS", "to": "NOT_DONE",`; the value ends in column 42.
    assertEquals(7, e.line());
    assertEquals(43, e.column());
    assertTrue(e.getMessage().contains("COMPLETED, where complete leads from IN_PROGRESS"), e.getMessage());
  }

  @Test
  void rejectsACompletionWithoutEvidenceUnderTheStandardWorkflow() {
    RbmJsonException e =
        rejected(
            ACTION.replace(", \"evidence\": \"Steering committee minutes\"", ""),
            FollowUpAction.class,
            "history[1].event");
    assertEquals(8, e.line());
    assertTrue(e.getMessage().contains("evidence"), e.getMessage());
  }

  @Test
  void rejectsAStateOtherThanTheOneTheHistoryReaches() {
    RbmJsonException e =
        rejected(
            ACTION.replace("\"state\": \"COMPLETED\"", "\"state\": \"IN_PROGRESS\""),
            FollowUpAction.class,
            "state");
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("COMPLETED, the state its history reaches"), e.getMessage());
  }

  @Test
  void rejectsAnEntryDatedBeforeTheOneBefore() {
    rejected(
        ACTION.replace("\"2008-03-20\"", "\"2008-01-09\""), FollowUpAction.class, "history[1].date");
    rejected(
        ACTION.replace("\"from\": \"PLANNED\"", "\"from\": \"IN_PROGRESS\""),
        FollowUpAction.class,
        "history[0].from");
  }

  @Test
  void rejectsAPayloadTheEventTypeDoesNotCarry() {
    rejected(
        ACTION.replace("{\"type\": \"START\"}", "{\"type\": \"START\", \"reason\": \"x\"}"),
        FollowUpAction.class,
        "history[0].event.reason");
    rejected(
        ACTION.replace("{\"type\": \"START\"}", "{\"type\": \"BEGIN\"}"),
        FollowUpAction.class,
        "history[0].event.type");
    rejected("{\"type\": \"ABANDON\"}", ActionEvent.class, "reason");
    rejected("{\"type\": \"FINALIZE\", \"outcome\": \"PASSED\"}", DwcpEvent.class, "outcome");
    rejected("{\"type\": \"REVIEW_QUALITY\"}", DwcpEvent.class, "outcome");
  }

  @Test
  void eventsAreValuesOfTheirOwnForAStore() {
    assertEquals("{\"type\":\"REVIEW_QUALITY\",\"outcome\":\"RETURNED\"}",
        json.write(DwcpEvent.reviewQuality(QaOutcome.RETURNED)));
    assertEquals(new ActionEvent.Supersede("Replaced by R1.3"),
        json.read("{\"type\":\"SUPERSEDE\",\"reason\":\"Replaced by R1.3\"}", ActionEvent.class));
    assertEquals("{\"type\":\"COMPLETE\"}",
        json.write(new ActionEvent.Complete(java.util.Optional.empty())));
  }

  @Test
  void aPortfolioReadsBackWithItsStagesAsOfEveryDay() {
    String written = json.write(FollowUpExamples.portfolio());
    DwcpPortfolio back = json.read(written, DwcpPortfolio.class);
    assertEquals(FollowUpExamples.portfolio(), back);
    Dwcp kenya = back.programmes().get(0);
    assertEquals(DwcpStage.FINAL, kenya.stage());
    assertEquals(java.util.Optional.of(DwcpStage.DRAFT), kenya.stageOn(FollowUpExamples.d(2007, 9, 2)));
    assertEquals(QaOutcome.PASSED_WITH_COMMENTS, kenya.latestQaReview().orElseThrow().outcome());
    assertEquals(Set.of(), dwcpViolations(written));
  }

  @Test
  void rejectsAFinalDocumentWhoseQaReviewDidNotPass() {
    String written = json.write(FollowUpExamples.portfolio());
    RbmJsonException e =
        rejected(
            written.replace("PASSED_WITH_COMMENTS", "RETURNED"),
            DwcpPortfolio.class,
            "programmes[0].history[2].event");
    assertTrue(e.getMessage().contains("QA review passed (then RETURNED)"), e.getMessage());
    rejected(
        written.replace("\"stage\":\"FINAL\"", "\"stage\":\"DRAFT\""),
        DwcpPortfolio.class,
        "programmes[0].stage");
    rejected(
        written.replace("rbm-dwcp/1", "rbm-dwcp/2"), DwcpPortfolio.class, "format");
    rejected(
        written.replace("\"country\":\"VN\"", "\"country\":\"KE\""),
        DwcpPortfolio.class,
        "programmes[1]");
    rejected(
        written.replace("\"amount\":\"USD 250000\"", "\"amount\":\"USD -1\""),
        DwcpPortfolio.class,
        "programmes[0].resources[0].amount");
  }

  @Test
  void anEvaluationReadsBackAndConformsToItsSchema() {
    Evaluation e = FollowUpExamples.evaluation();
    String written = json.write(e);
    assertEquals(e, json.read(written, Evaluation.class));
    assertEquals(Set.of(), evaluationViolations(written));
    assertEquals(Set.of(), evaluationViolations(json.prettyPrinting().write(e)));
    LessonCitation c = FollowUpExamples.citation();
    assertEquals(
        "{\"lesson\":\"L-2007-03\",\"citedBy\":\"DWCP\",\"citerReference\":\"LAO\"}", json.write(c));
  }

  @Test
  void rejectsAnEvaluationThatBreaksTheModel() {
    String written = json.write(FollowUpExamples.evaluation());
    rejected(written.replace("rbm-evaluation/1", "rbm-evaluation/2"), Evaluation.class, "format");
    rejected(
        written.replace("\"decision\":\"PARTIALLY_ACCEPTED\"", "\"decision\":\"NOT_ACCEPTED\""),
        Evaluation.class,
        "recommendations[1].actions");
    rejected(
        written.replace("\"source\":\"IEE-2007-01\"", "\"source\":\"IEE-2007-02\""),
        Evaluation.class,
        "lessons[0].source");
    rejected(written.replace("\"id\":\"R2\"", "\"id\":\"R1\""), Evaluation.class, "recommendations[1].id");
  }

  @Test
  void theSchemasRejectWhatTheReaderRejects() {
    String portfolio = json.write(FollowUpExamples.portfolio());
    assertFalse(dwcpViolations(portfolio.replace("rbm-dwcp/1", "rbm-dwcp/2")).isEmpty());
    assertFalse(dwcpViolations(portfolio.replace("\"FINALIZE\"", "\"FINALISE\"")).isEmpty());
    assertFalse(dwcpViolations(portfolio.replace("\"USD 250000\"", "\"USD -1\"")).isEmpty());
    assertFalse(dwcpViolations(portfolio.replace("\"country\":\"KE\"", "\"country\":\"KEN\"")).isEmpty());
    String evaluation = json.write(FollowUpExamples.evaluation());
    assertFalse(evaluationViolations(evaluation.replace("\"START\"", "\"BEGIN\"")).isEmpty());
    assertFalse(
        evaluationViolations(evaluation.replace("\"type\":\"START\"", "\"type\":\"START\",\"reason\":\"x\""))
            .isEmpty());
    assertFalse(evaluationViolations(evaluation.replace("dwcp:KHM", "country:KHM")).isEmpty());
    assertFalse(evaluationViolations(evaluation.replace("\"IN_PROGRESS\"", "\"STARTED\"")).isEmpty());
  }

  @Test
  void theEvaluationExampleInFormatMdConformsReadsAndWritesBackTheSame() {
    String example =
        FormatPageExamplesTest.example("## The DWCP portfolio and evaluation documents");
    assertEquals(Set.of(), evaluationViolations(example));
    Evaluation e = json.read(example, Evaluation.class);
    try (jakarta.json.JsonReader a = jakarta.json.Json.createReader(new java.io.StringReader(example));
        jakarta.json.JsonReader b =
            jakarta.json.Json.createReader(new java.io.StringReader(json.write(e)))) {
      assertEquals(a.readValue(), b.readValue());
    }
    FollowUpAction r11 = e.recommendations().get(0).actions().get(0);
    assertEquals(ActionState.COMPLETED, r11.state());
    assertEquals(java.util.Optional.of("Linkage table, March 2008"), r11.evidence());
    assertTrue(e.recommendations().get(1).response().isEmpty());
    // The page's case: a completion without evidence is rejected at the entry.
    rejected(
        example.replace(", \"evidence\": \"Linkage table, March 2008\"", ""),
        Evaluation.class,
        "recommendations[0].actions[0].history[1].event");
  }
}
