package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.Roadmap;
import org.rbm.testkit.RbmGen;

/** Milestones, their histories and roadmaps in JSON: the format, and strict reading of history. */
class MilestoneJsonTest {
  private final RbmJson json = RbmJson.strict();

  static final JsonSchema ROADMAP_SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(
              roadmapSchema(),
              InputFormat.JSON,
              SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  private static String roadmapSchema() {
    try (InputStream in =
        MilestoneJsonTest.class.getResourceAsStream("/org/rbm/json/rbm-roadmap-1.schema.json")) {
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Milestone 6 of the ILO roadmap, its due moved from 2007 to 2008 by the Governing Body. */
  static Milestone m6() {
    return Milestone.builder()
        .id(MilestoneId.of("6"))
        .area("Performance and accountability")
        .owner("ILO")
        .initialStatement("New staff performance management system introduced")
        .initialDue(Due.ofYear(2007))
        .initialState(MilestoneState.IN_PROGRESS)
        .recordedOn(LocalDate.of(2007, 10, 12))
        .recordedBy("GB.300/PFA/9/1")
        .build()
        .apply(
            MilestoneEvent.reviseDue(Due.ofYear(2008), "Roll-out after the pilot"),
            LocalDate.of(2007, 11, 16),
            "Governing Body",
            Optional.of("paragraph 31"));
  }

  @Test
  void writesAMilestoneWithItsRecordAndHistory() {
    assertEquals(
        "{\"id\":\"6\",\"area\":\"Performance and accountability\",\"owner\":\"ILO\","
            + "\"statement\":\"New staff performance management system introduced\","
            + "\"due\":\"2008\",\"state\":\"IN_PROGRESS\","
            + "\"initialStatement\":\"New staff performance management system introduced\","
            + "\"initialDue\":\"2007\",\"initialState\":\"IN_PROGRESS\","
            + "\"recordedOn\":\"2007-10-12\",\"recordedBy\":\"GB.300/PFA/9/1\","
            + "\"history\":[{\"from\":\"IN_PROGRESS\",\"to\":\"IN_PROGRESS\","
            + "\"event\":{\"type\":\"REVISE\",\"due\":\"2008\",\"reason\":\"Roll-out after the"
            + " pilot\"},\"date\":\"2007-11-16\",\"actor\":\"Governing Body\","
            + "\"note\":\"paragraph 31\"}]}",
        json.write(m6()));
  }

  @Test
  void writesEventsWithTheirPayloadOnly() {
    assertEquals("{\"type\":\"APPROVE\"}", json.write(MilestoneEvent.approve()));
    assertEquals("{\"type\":\"DEFER\",\"due\":\"2009-06-30\"}",
        json.write(MilestoneEvent.defer(Due.of(LocalDate.of(2009, 6, 30)))));
    assertEquals(
        "{\"type\":\"ACHIEVE_WITH_CONDITIONS\",\"condition\":\"pilot reported\"}",
        json.write(MilestoneEvent.achieveWithConditions("pilot reported")));
    assertEquals(
        MilestoneEvent.revise("New", Due.ofYear(2009), "why"),
        json.read(
            "{\"type\":\"REVISE\",\"statement\":\"New\",\"due\":\"2009\",\"reason\":\"why\"}",
            MilestoneEvent.class));
  }

  @Test
  void readsWhatItWrites() {
    Roadmap roadmap = Roadmap.builder().title("RBM roadmap").addMilestone(m6()).build();
    assertEquals(roadmap, json.read(json.write(roadmap), Roadmap.class));
    assertTrue(json.write(roadmap).startsWith("{\"format\":\"rbm-roadmap/1\",\"title\":"));
  }

  @Test
  void roundTripsGeneratedRoadmapsAndMilestones() {
    qt().forAll(RbmGen.roadmaps())
        .checkAssert(r -> assertEquals(r, json.read(json.write(r), Roadmap.class)));
    qt().forAll(RbmGen.milestones().historyLengths(0, 30))
        .checkAssert(m -> assertEquals(m, json.read(json.write(m), Milestone.class)));
    qt().forAll(RbmGen.milestoneEvents())
        .checkAssert(e -> assertEquals(e, json.read(json.write(e), MilestoneEvent.class)));
    qt().forAll(RbmGen.dues()).checkAssert(d -> assertEquals(d, json.read(json.write(d), Due.class)));
  }

  @Test
  void writtenRoadmapsConformToTheirSchema() {
    qt().forAll(RbmGen.roadmaps())
        .checkAssert(
            r -> assertEquals(Set.of(), ROADMAP_SCHEMA.validate(json.write(r), InputFormat.JSON)));
  }

  /** A roadmap document; the cases below change one fragment of it. */
  private static final String ROADMAP =
      """
      {"format": "rbm-roadmap/1", "title": "RBM roadmap",
       "milestones": [
        {"id": "6", "area": "Performance and accountability", "owner": "ILO",
         "statement": "New staff performance management system introduced", "due": "2008",
         "state": "DEFERRED",
         "initialStatement": "New staff performance management system introduced",
         "initialDue": "2007", "initialState": "IN_PROGRESS",
         "recordedOn": "2007-10-12", "recordedBy": "GB.300/PFA/9/1",
         "history": [
          {"from": "IN_PROGRESS", "to": "DEFERRED", "event": {"type": "DEFER", "due": "2008"},
           "date": "2007-11-16", "actor": "Governing Body"}]}]}""";

  private static String roadmap(String fragment, String replacement) {
    assertTrue(ROADMAP.contains(fragment), fragment);
    return ROADMAP.replace(fragment, replacement);
  }

  @CanIgnoreReturnValue // an assertion; some tests check more of the exception
  private RbmJsonException rejected(String input, String path, long line, long column) {
    RbmJsonException e =
        assertThrows(RbmJsonException.class, () -> json.read(input, Roadmap.class));
    assertEquals(path, e.path(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    return e;
  }

  @Test
  void theBaseDocumentIsValid() {
    Roadmap r = json.read(ROADMAP, Roadmap.class);
    Milestone m = r.milestone(MilestoneId.of("6")).orElseThrow();
    assertEquals(MilestoneState.DEFERRED, m.state());
    assertEquals(Due.ofYear(2008), m.due());
    assertEquals(Set.of(), ROADMAP_SCHEMA.validate(ROADMAP, InputFormat.JSON));
  }

  @Test
  void rejectsAHistoryEntryTheTableDoesNotAllowNamingTheEntry() {
    // Approving a milestone in progress: the entry's event is at fault.
    String tampered =
        roadmap("\"to\": \"DEFERRED\", \"event\": {\"type\": \"DEFER\", \"due\": \"2008\"}",
            "\"to\": \"PLANNED\", \"event\": {\"type\": \"APPROVE\"}");
    RbmJsonException e = rejected(tampered, "milestones[0].history[0].event", 10, 56);
    assertEquals(
        "an event the state IN_PROGRESS permits: submit, achieve, achieve with conditions, revise,"
            + " defer, cancel",
        e.expected());
    assertTrue(e.getCause() instanceof org.rbm.core.InvalidValueException, e.toString());
  }

  @Test
  void rejectsADeferralToAnEarlierDue() {
    String tampered =
        roadmap("\"event\": {\"type\": \"DEFER\", \"due\": \"2008\"}",
                "\"event\": {\"type\": \"DEFER\", \"due\": \"2006\"}")
            .replace("\"due\": \"2008\",\n", "\"due\": \"2006\",\n");
    RbmJsonException e = rejected(tampered, "milestones[0].history[0].event", 10, 57);
    assertEquals(
        "an event for which the new due is later than the current due (then 2007)", e.expected());
  }

  @Test
  void rejectsAnEntryWhoseTargetIsNotWhereTheWorkflowLeads() {
    // The entry is applied again through the workflow; its stated target must agree with it.
    RbmJsonException e =
        rejected(
            roadmap("{\"from\": \"IN_PROGRESS\", \"to\": \"DEFERRED\"",
                "{\"from\": \"IN_PROGRESS\", \"to\": \"CANCELLED\""),
            "milestones[0].history[0].to", 10, 46);
    assertEquals("DEFERRED, where defer leads from IN_PROGRESS", e.expected());
  }

  @Test
  void rejectsAnEntryThatDoesNotStartFromTheStateReached() {
    rejected(
        roadmap("{\"from\": \"IN_PROGRESS\", \"to\": \"DEFERRED\"",
            "{\"from\": \"PLANNED\", \"to\": \"DEFERRED\""),
        "milestones[0].history[0].from", 10, 23);
  }

  @Test
  void rejectsAStatedStateTheHistoryDoesNotReach() {
    RbmJsonException e =
        rejected(
            roadmap("\"state\": \"DEFERRED\"", "\"state\": \"ACHIEVED\""),
            "milestones[0].state",
            5,
            23);
    assertEquals("DEFERRED, the state its history reaches", e.expected());
    rejected(
        roadmap("\"due\": \"2008\",\n", "\"due\": \"2009\",\n"), "milestones[0].due", 4, 84);
  }

  @Test
  void rejectsAPayloadTheEventTypeDoesNotCarry() {
    RbmJsonException e =
        assertThrows(
            RbmJsonException.class,
            () -> json.read("{\"type\": \"APPROVE\", \"due\": \"2008\"}", MilestoneEvent.class));
    assertEquals("due", e.path(), e.getMessage());
    assertEquals("no due: an event of type APPROVE carries none", e.expected());
    RbmJsonException missing =
        assertThrows(
            RbmJsonException.class,
            () -> json.read("{\"type\": \"DEFER\"}", MilestoneEvent.class));
    assertEquals("a due: an event of type DEFER carries one", missing.expected());
  }

  @Test
  void rejectsAnotherFormatVersion() {
    RbmJsonException e =
        rejected(roadmap("\"rbm-roadmap/1\"", "\"rbm-roadmap/2\""), "format", 1, 27);
    assertEquals("\"rbm-roadmap/1\" (this version of the SDK reads format 1 only)", e.expected());
  }

  @Test
  void readMilestonesRefuseDisallowedEventsLikeAnyOther() {
    Milestone m = json.read(json.write(m6()), Milestone.class);
    assertThrows(
        IllegalTransitionException.class,
        () -> m.apply(MilestoneEvent.approve(), LocalDate.of(2008, 1, 1), "HRD"));
  }

  /**
   * An organisation's own workflow in which a planned milestone is achieved directly, without
   * being started: the standard workflow permits only approve... start... achieve, so the same
   * document read under it is refused at the first entry.
   */
  @Test
  void readsAMilestoneUnderACustomWorkflow() {
    org.rbm.core.workflow.Workflow<MilestoneState, MilestoneEvent, Milestone> direct =
        org.rbm.core.milestones.MilestoneWorkflows.builder()
            .permit(MilestoneState.PLANNED, MilestoneEvent.Achieve.class, MilestoneState.ACHIEVED)
            .build();
    Milestone m = Milestone.builder()
        .id(MilestoneId.of("9"))
        .area("Knowledge")
        .owner("ILO")
        .initialStatement("Knowledge strategy adopted")
        .initialDue(Due.ofYear(2009))
        .initialState(MilestoneState.PLANNED)
        .recordedOn(LocalDate.of(2008, 1, 15))
        .recordedBy("PROGRAM")
        .workflow(direct)
        .build()
        .apply(MilestoneEvent.achieve(), LocalDate.of(2009, 3, 2), "Governing Body",
            Optional.empty());
    RbmJson custom = RbmJson.strict().withMilestoneWorkflow(direct);
    String text = custom.write(m);
    assertEquals(text, json.write(m)); // the document does not name its workflow
    Milestone back = custom.read(text, Milestone.class);
    assertEquals(m, back);
    assertEquals(direct, back.workflow());
    assertEquals(MilestoneState.ACHIEVED, back.state());
    Roadmap roadmap = Roadmap.builder().title("Ours").addMilestone(m).build();
    assertEquals(roadmap, custom.read(custom.write(roadmap), Roadmap.class));
    // The copy is a new instance; the strict one keeps the standard workflow.
    assertEquals(org.rbm.core.milestones.MilestoneWorkflows.standard(),
        RbmJson.strict().milestoneWorkflow());
    assertEquals(direct, custom.milestoneWorkflow());

    RbmJsonException refused =
        assertThrows(RbmJsonException.class, () -> json.read(text, Milestone.class));
    assertEquals("history[0].event", refused.path(), refused.getMessage());
    // Planned permits start, revise, defer, cancel (the standard table), never achieve.
    assertEquals("an event the state PLANNED permits: start, revise, defer, cancel",
        refused.expected());
    RbmJsonException inRoadmap = assertThrows(
        RbmJsonException.class, () -> json.read(custom.write(roadmap), Roadmap.class));
    assertEquals("milestones[0].history[0].event", inRoadmap.path(), inRoadmap.getMessage());
  }
}
