package org.rbm.core.evaluation;

import static org.rbm.core.evaluation.ActionState.COMPLETED;
import static org.rbm.core.evaluation.ActionState.IN_PROGRESS;
import static org.rbm.core.evaluation.ActionState.NOT_DONE;
import static org.rbm.core.evaluation.ActionState.PLANNED;
import static org.rbm.core.evaluation.ActionState.SUPERSEDED;

import org.rbm.core.evaluation.ActionEvent.Abandon;
import org.rbm.core.evaluation.ActionEvent.Complete;
import org.rbm.core.evaluation.ActionEvent.Start;
import org.rbm.core.evaluation.ActionEvent.Supersede;
import org.rbm.core.workflow.Guard;
import org.rbm.core.workflow.Workflow;

/**
 * The follow-up action workflow every {@link FollowUpAction} follows unless it is given another
 * ({@link FollowUpAction.Builder#workflow}), and its guard, for organisations that declare their
 * own:
 *
 * <pre>{@code
 * Workflow<ActionState, ActionEvent, FollowUpAction> lenient =
 *     ActionWorkflows.builder()
 *         .initial(ActionState.PLANNED)
 *         .permit(ActionState.PLANNED, ActionEvent.Complete.class, ActionState.COMPLETED)
 *         .build();
 * }</pre>
 */
public final class ActionWorkflows {
  /** A completion must state its evidence. */
  public static final Guard<FollowUpAction, Complete> HAS_EVIDENCE =
      Guard.of(
          "with evidence",
          a -> "the completion states its evidence (action " + a.id() + ")",
          (a, complete) -> complete.evidence().isPresent());

  private static final Workflow<ActionState, ActionEvent, FollowUpAction> STANDARD =
      builder()
          .initial(PLANNED)
          .permit(PLANNED, Start.class, IN_PROGRESS)
          .permitIf(PLANNED, Complete.class, COMPLETED, HAS_EVIDENCE)
          .permit(PLANNED, Abandon.class, NOT_DONE)
          .permit(PLANNED, Supersede.class, SUPERSEDED)
          .permitIf(IN_PROGRESS, Complete.class, COMPLETED, HAS_EVIDENCE)
          .permit(IN_PROGRESS, Abandon.class, NOT_DONE)
          .permit(IN_PROGRESS, Supersede.class, SUPERSEDED)
          .build();

  private ActionWorkflows() {}

  /**
   * Returns the standard follow-up workflow: an action is recorded as planned; planned → in
   * progress → completed, or not done or superseded from either open state; a completion needs
   * evidence ({@link #HAS_EVIDENCE}); closed states are final.
   *
   * <table>
   *   <caption>The standard transitions</caption>
   *   <tr><th>From</th><th>Event</th><th>To</th></tr>
   *   <tr><td>planned</td><td>start</td><td>in progress</td></tr>
   *   <tr><td>planned, in progress</td><td>complete [with evidence]</td><td>completed</td></tr>
   *   <tr><td>planned, in progress</td><td>abandon</td><td>not done</td></tr>
   *   <tr><td>planned, in progress</td><td>supersede</td><td>superseded</td></tr>
   * </table>
   *
   * @return the standard workflow
   */
  public static Workflow<ActionState, ActionEvent, FollowUpAction> standard() {
    return STANDARD;
  }

  /**
   * Returns an empty builder for a follow-up workflow of an organisation's own.
   *
   * @return the builder
   */
  public static Workflow.Builder<ActionState, ActionEvent, FollowUpAction> builder() {
    return Workflow.builder(ActionState.class, ActionEvent.class, FollowUpAction.class);
  }
}
