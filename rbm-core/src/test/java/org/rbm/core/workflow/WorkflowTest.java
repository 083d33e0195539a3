package org.rbm.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.workflow.DocumentStages.DAY;
import static org.rbm.core.workflow.DocumentStages.STAGES;
import static org.rbm.core.workflow.DocumentStages.concept;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;
import org.rbm.core.workflow.DocumentStages.Approve;
import org.rbm.core.workflow.DocumentStages.Document;
import org.rbm.core.workflow.DocumentStages.Review;
import org.rbm.core.workflow.DocumentStages.Stage;
import org.rbm.core.workflow.DocumentStages.StageEvent;
import org.rbm.core.workflow.DocumentStages.Submit;
import org.rbm.core.workflow.DocumentStages.Withdraw;

class WorkflowTest {
  private static final Optional<String> NO_NOTE = Optional.empty();

  @Test
  void aDocumentMovesFromConceptToFinalThroughQaReview() {
    Document d =
        concept()
            .apply(new Submit(), DAY.plusDays(1), "Country office", NO_NOTE)
            .apply(new Review(3, "QA team"), DAY.plusDays(5), "QA team", NO_NOTE)
            .apply(new Approve("Regional director"), DAY.plusDays(9), "RD", Optional.of("minute 12"));
    assertEquals(Stage.FINAL, d.history().state());
    assertEquals(3, d.history().size());
    Transition<Stage, StageEvent> last = d.history().get(2);
    assertEquals(Stage.DRAFT, last.from());
    assertEquals(new Approve("Regional director"), last.event());
    assertEquals(Stage.FINAL, last.to());
    assertEquals(DAY.plusDays(9), last.date());
    assertEquals("RD", last.actor());
    assertEquals(Optional.of("minute 12"), last.note());
    assertEquals(Stage.CONCEPT, d.history().initialState());
    assertEquals(DAY, d.history().recordedOn());
    assertEquals(DAY.plusDays(9), d.history().lastChanged());
  }

  @Test
  void theGuardSeesTheSubjectAndTheEventAndItsRefusalIsTyped() {
    Document rated2 =
        concept()
            .apply(new Submit(), DAY, "CO", NO_NOTE)
            .apply(new Review(2, "QA team"), DAY, "QA", NO_NOTE);
    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class,
            () -> rated2.apply(new Approve("RD"), DAY, "RD", NO_NOTE));
    assertEquals(
        "event: got Approve[approvedBy=RD] in state draft, expected an event for which the last QA"
            + " rating is 3 or more (now 2); events allowed there: review, approve, withdraw",
        e.getMessage());
    assertEquals(Stage.DRAFT, e.state(Stage.class));
    assertSame(Stage.DRAFT, e.state());
    assertEquals(new Approve("RD"), e.event(StageEvent.class));
    assertEquals(
        ImmutableList.of(Review.class, Approve.class, Withdraw.class),
        e.allowedEvents(StageEvent.class));
    assertEquals(ImmutableList.of("review", "approve", "withdraw"), e.allowedEventLabels());
    assertEquals(Optional.of("the last QA rating is 3 or more (now 2)"), e.guard());
    assertEquals(2, rated2.history().size());
  }

  @Test
  void aKindTheStateDoesNotAllowIsRefusedNamingTheAllowedKinds() {
    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class,
            () -> concept().apply(new Approve("RD"), DAY, "RD", NO_NOTE));
    assertEquals(
        "event: got Approve[approvedBy=RD] in state concept, expected one of the events allowed"
            + " there: submit",
        e.getMessage());
    assertEquals(ImmutableList.of(Submit.class), e.allowedEvents());
    assertEquals(Optional.empty(), e.guard());
  }

  @Test
  void anIgnoredEventReturnsTheSameHistory() {
    Document fin =
        concept()
            .apply(new Submit(), DAY, "CO", NO_NOTE)
            .apply(new Review(4, "QA"), DAY, "QA", NO_NOTE)
            .apply(new Approve("RD"), DAY, "RD", NO_NOTE);
    History<Stage, StageEvent> h = fin.history();
    assertSame(h, STAGES.apply(h, fin, new Approve("RD again"), DAY, "RD", NO_NOTE));
  }

  @Test
  void listsKindsStatesAndRulesForDocumentation() {
    assertEquals(
        ImmutableList.of(Submit.class, Review.class, Approve.class, Withdraw.class), STAGES.events());
    assertEquals(ImmutableSet.of(Stage.CONCEPT), STAGES.initialStates());
    assertEquals(ImmutableSet.of(Stage.CONCEPT, Stage.DRAFT, Stage.FINAL), STAGES.states());
    assertEquals(ImmutableSet.of(Submit.class), STAGES.permittedEvents(Stage.CONCEPT));
    assertEquals(
        ImmutableSet.of(Review.class, Approve.class, Withdraw.class),
        STAGES.permittedEvents(Stage.DRAFT));
    assertEquals(ImmutableSet.of(), STAGES.permittedEvents(Stage.FINAL));
    assertEquals(ImmutableSet.of(Approve.class), STAGES.allowedEvents(Stage.FINAL));
    assertEquals(5, STAGES.rules().size());
    assertEquals("DRAFT --approve [QA passed]--> FINAL", STAGES.rules().get(2).toString());
    assertEquals("FINAL ignores approve", STAGES.rules().get(4).toString());
    assertEquals(Optional.of(DocumentStages.QA_PASSED), STAGES.rule(Stage.DRAFT, Approve.class).orElseThrow().guard());
    assertEquals(Optional.empty(), STAGES.rule(Stage.FINAL, Submit.class));
  }

  @Test
  void reachabilityFollowsPermitsOnly() {
    assertEquals(
        ImmutableSet.of(Stage.CONCEPT, Stage.DRAFT, Stage.FINAL), STAGES.reachableFrom(Stage.CONCEPT));
    assertEquals(ImmutableSet.of(), STAGES.reachableFrom(Stage.FINAL));
  }

  @Test
  void aSubjectIsRecordedOnlyInAnInitialState() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> STAGES.start(Stage.DRAFT, DAY));
    assertEquals(
        "initialState: got \"DRAFT\", expected one of the states a subject may be recorded in:"
            + " [CONCEPT]",
        e.getMessage());
  }

  @Test
  void rejectsDatesGoingBackAndBlankActorsAndNotes() {
    Document d = concept().apply(new Submit(), DAY.plusDays(3), "CO", NO_NOTE);
    assertEquals(
        "date: got 2024-01-12, expected a date on or after 2024-01-13, the day of the last change",
        assertThrows(
                InvalidValueException.class,
                () -> d.apply(new Review(3, "QA"), DAY.plusDays(2), "QA", NO_NOTE))
            .getMessage());
    assertThrows(
        InvalidValueException.class, () -> d.apply(new Review(3, "QA"), DAY.plusDays(3), " ", NO_NOTE));
    assertThrows(
        InvalidValueException.class,
        () -> d.apply(new Review(3, "QA"), DAY.plusDays(3), "QA", Optional.of("")));
  }

  @Test
  void declaresOneRulePerStateAndKindAndNoOverlappingKinds() {
    Workflow.Builder<Stage, StageEvent, Document> b =
        Workflow.builder(Stage.class, StageEvent.class, Document.class)
            .permit(Stage.CONCEPT, Submit.class, Stage.DRAFT);
    assertEquals(
        "rules[1]: got \"CONCEPT on submit\", expected one rule per state and kind of event",
        assertThrows(InvalidValueException.class, () -> b.ignore(Stage.CONCEPT, Submit.class))
            .getMessage());
    InvalidValueException overlap =
        assertThrows(
            InvalidValueException.class, () -> b.permit(Stage.DRAFT, StageEvent.class, Stage.FINAL));
    assertEquals(Optional.of("rules[1].event"), overlap.field());
  }

  @Test
  void applyingEventsOneByOneNeverChecksAnEarlierEntryAgain() {
    // A guard that counts its calls: n events cost n guard calls, not 1 + 2 + ... + n.
    AtomicInteger calls = new AtomicInteger();
    Workflow<Stage, StageEvent, Document> counted =
        Workflow.builder(Stage.class, StageEvent.class, Document.class)
            .permit(Stage.CONCEPT, Submit.class, Stage.DRAFT)
            .permitIf(
                Stage.DRAFT,
                Review.class,
                Stage.DRAFT,
                Guard.<Document, Review>of("counted", d -> "", (d, r) -> calls.incrementAndGet() > 0))
            .build();
    Document d = new Document(counted.start(Stage.CONCEPT, DAY), 0, counted);
    d = d.apply(new Submit(), DAY, "CO", NO_NOTE);
    for (int i = 0; i < 5_000; i++) {
      d = d.apply(new Review(i % 4 + 1, "QA"), DAY, "QA", NO_NOTE);
    }
    assertEquals(5_000, calls.get());
    assertEquals(5_001, d.history().size());
    assertEquals(new Review(4, "QA"), d.history().get(4_000).event());
  }

  @Test
  void replayingAHistoryThroughTheWorkflowGivesTheSameSubject() {
    Document d =
        concept()
            .apply(new Submit(), DAY, "CO", NO_NOTE)
            .apply(new Withdraw("rework"), DAY.plusDays(1), "CO", NO_NOTE)
            .apply(new Submit(), DAY.plusDays(2), "CO", Optional.of("second try"));
    assertEquals(d, STAGES.replay(concept(), d.history()));
  }

  @Test
  void replayUnderAStricterWorkflowNamesTheFirstEntryItRefuses() {
    Document d =
        concept()
            .apply(new Submit(), DAY, "CO", NO_NOTE)
            .apply(new Withdraw("rework"), DAY.plusDays(1), "CO", NO_NOTE);
    Workflow<Stage, StageEvent, Document> noWithdrawal =
        Workflow.builder(Stage.class, StageEvent.class, Document.class)
            .permit(Stage.CONCEPT, Submit.class, Stage.DRAFT)
            .build();
    Document start = new Document(noWithdrawal.start(Stage.CONCEPT, DAY), 0, noWithdrawal);
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> noWithdrawal.replay(start, d.history()));
    assertEquals(
        "history[1].event: got \"Withdraw[reason=rework]\", expected an event the state DRAFT"
            + " permits: none",
        e.getMessage());
    assertEquals(
        Optional.of("workflow"),
        assertThrows(InvalidValueException.class, () -> noWithdrawal.replay(concept(), d.history()))
            .field());
  }

  @Test
  void aHistoryIsAListEqualToAnyListOfTheSameEntries() {
    Document d = concept().apply(new Submit(), DAY, "CO", NO_NOTE);
    assertEquals(ImmutableList.of(d.history().get(0)), d.history());
    assertEquals(ImmutableList.of(), concept().history());
    assertEquals(Optional.of(Stage.DRAFT), d.history().stateOn(DAY));
    assertEquals(Optional.empty(), d.history().stateOn(DAY.minusDays(1)));
    assertThrows(IndexOutOfBoundsException.class, () -> d.history().get(1));
    assertThrows(UnsupportedOperationException.class, () -> d.history().add(d.history().get(0)));
    assertFalse(d.history().isEmpty());
  }

  @Test
  void labelsReadAsWords() {
    assertEquals("submitted for approval", Workflow.label(TestState.SUBMITTED_FOR_APPROVAL));
    assertEquals("achieve with conditions", Workflow.label(AchieveWithConditions.class));
    assertTrue(STAGES.toString().startsWith("Workflow<Stage, StageEvent>"));
  }

  private enum TestState {
    SUBMITTED_FOR_APPROVAL
  }

  private record AchieveWithConditions() {}

  @Test
  void rejectsNullArguments() {
    new NullPointerTester()
        .setDefault(History.class, concept().history())
        .setDefault(Document.class, concept())
        .setDefault(Enum.class, Stage.CONCEPT)
        .setDefault(Stage.class, Stage.CONCEPT)
        .setDefault(LocalDate.class, DAY)
        .testAllPublicInstanceMethods(STAGES);
  }
}
