package org.rbm.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.evaluation.EvaluationFixtures.action;
import static org.rbm.core.evaluation.EvaluationFixtures.d;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;
import org.rbm.core.workflow.Workflow;

/** A follow-up action's life under the standard workflow and under an organisation's own. */
class FollowUpActionTest {
  private final FollowUpAction planned = action("R1.1", d(2008, 1, 1), d(2008, 6, 30));

  private static void startsWith(String prefix, org.rbm.core.RbmException e) {
    assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
  }

  @Test
  void movesFromPlannedThroughInProgressToCompletedWithEvidence() {
    FollowUpAction started = planned.apply(new ActionEvent.Start(), d(2008, 2, 1), "EVAL");
    FollowUpAction done =
        started.apply(ActionEvent.complete("IGDS No. 12"), d(2008, 5, 2), "EVAL");
    assertEquals(ActionState.COMPLETED, done.state());
    assertEquals(Optional.of("IGDS No. 12"), done.evidence());
    assertEquals(Optional.of(d(2008, 5, 2)), done.completedOn());
    assertEquals(2, done.history().size());
    assertEquals(Optional.of(ActionState.IN_PROGRESS), done.stateOn(d(2008, 3, 1)));
    assertEquals(Optional.empty(), done.stateOn(d(2007, 12, 31)));
    assertEquals(ActionState.PLANNED, planned.state());
    assertEquals(Optional.empty(), started.evidence());
  }

  @Test
  void theStandardWorkflowRefusesACompletionWithoutEvidence() {
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
        () -> planned.apply(new ActionEvent.Complete(Optional.empty()), d(2008, 2, 1), "EVAL"));
    assertTrue(e.getMessage().contains("the completion states its evidence (action R1.1)"),
        e.getMessage());
  }

  @Test
  void closedActionsPermitNothing() {
    FollowUpAction gone =
        planned.apply(new ActionEvent.Supersede("R1.2"), d(2008, 2, 1), "EVAL");
    assertTrue(gone.permittedEvents().isEmpty());
    assertThrows(IllegalTransitionException.class,
        () -> gone.apply(new ActionEvent.Start(), d(2008, 2, 2), "EVAL"));
    assertEquals(List.of(ActionEvent.Start.class, ActionEvent.Complete.class,
        ActionEvent.Abandon.class, ActionEvent.Supersede.class), planned.permittedEvents().asList());
  }

  @Test
  void anOrganisationMaySupplyItsOwnWorkflow() {
    Workflow<ActionState, ActionEvent, FollowUpAction> lenient = ActionWorkflows.builder()
        .initial(ActionState.PLANNED)
        .permit(ActionState.PLANNED, ActionEvent.Complete.class, ActionState.COMPLETED)
        .build();
    FollowUpAction a = FollowUpAction.builder().id(ActionId.of("A1")).description("Do it")
        .owner("Unit").due(d(2008, 6, 30)).recordedOn(d(2008, 1, 1)).workflow(lenient).build()
        .apply(new ActionEvent.Complete(Optional.empty()), d(2008, 2, 1), "Unit");
    assertEquals(ActionState.COMPLETED, a.state());
    assertEquals(Optional.empty(), a.evidence());
    assertEquals(Optional.of(d(2008, 2, 1)), a.completedOn());
  }

  @Test
  void replayingTheHistoryGivesTheSameAction() {
    FollowUpAction done = planned.apply(new ActionEvent.Start(), d(2008, 2, 1), "EVAL")
        .apply(ActionEvent.complete("IGDS No. 12"), d(2008, 5, 2), "EVAL", Optional.of("On time"));
    FollowUpAction replayed = done.workflow().replay(done.asRecorded(), done.history());
    assertEquals(done, replayed);
    assertEquals(done.hashCode(), replayed.hashCode());
    assertEquals(planned, done.asRecorded());
    assertFalse(done.equals(planned));
  }

  @Test
  void isOverdueAfterItsDueWhileOpen() {
    assertFalse(planned.isOverdueOn(d(2008, 6, 30)));
    assertTrue(planned.isOverdueOn(d(2008, 7, 1)));
    FollowUpAction done = planned.apply(ActionEvent.complete("x"), d(2008, 7, 5), "EVAL");
    assertTrue(done.isOverdueOn(d(2008, 7, 1)));
    assertFalse(done.isOverdueOn(d(2008, 7, 5)));
  }

  @Test
  void rejectsMissingAndBlankAttributes() {
    startsWith("description: got \"nothing\"", assertThrows(InvalidValueException.class,
        () -> FollowUpAction.builder().id(ActionId.of("A")).owner("o").due(d(2008, 1, 1))
            .recordedOn(d(2008, 1, 1)).build()));
    startsWith("owner: got", assertThrows(InvalidValueException.class,
        () -> FollowUpAction.builder().id(ActionId.of("A")).description("d").owner(" ")
            .due(d(2008, 1, 1)).recordedOn(d(2008, 1, 1)).build()));
    startsWith("evidence: got", assertThrows(InvalidValueException.class,
        () -> ActionEvent.complete(" ")));
    startsWith("initialState: got \"COMPLETED\"", assertThrows(InvalidValueException.class,
        () -> FollowUpAction.builder().id(ActionId.of("A")).description("d").owner("o")
            .due(d(2008, 1, 1)).recordedOn(d(2008, 1, 1))
            .initialState(ActionState.COMPLETED).build()));
  }
}
