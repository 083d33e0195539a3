package org.rbm.core.cycle;

import static org.rbm.core.cycle.AmendmentState.ADOPTED;
import static org.rbm.core.cycle.AmendmentState.NONE;
import static org.rbm.core.cycle.AmendmentState.PROPOSED;
import static org.rbm.core.cycle.AmendmentState.REJECTED;
import static org.rbm.core.cycle.AmendmentState.WITHDRAWN;

import org.rbm.core.cycle.AmendmentEvent.Adopt;
import org.rbm.core.cycle.AmendmentEvent.Amend;
import org.rbm.core.cycle.AmendmentEvent.Propose;
import org.rbm.core.cycle.AmendmentEvent.Reject;
import org.rbm.core.cycle.AmendmentEvent.Withdraw;
import org.rbm.core.workflow.Workflow;

/**
 * The amendment workflow every {@link SpfAmendments} follows unless it is given another ({@link
 * SpfAmendments#recorded(StrategicPolicyFramework, Workflow)}), for organisations that declare
 * their own:
 *
 * <pre>{@code
 * Workflow<AmendmentState, AmendmentEvent, SpfAmendments> decisionsOnly =
 *     AmendmentWorkflows.builder()
 *         .initial(AmendmentState.NONE)
 *         .permit(AmendmentState.NONE, AmendmentEvent.Amend.class, AmendmentState.ADOPTED)
 *         .permit(AmendmentState.ADOPTED, AmendmentEvent.Amend.class, AmendmentState.ADOPTED)
 *         .build();
 * }</pre>
 *
 * <p>That the changes of a proposal or a decision apply to the SPF as it stands is not a guard of
 * the table but a check of {@link SpfAmendments} itself, under any workflow: the refusal names the
 * change and why ({@code event.changes[0]: got remove result OC9, expected the id of a result in
 * the SPF, ...}).
 */
public final class AmendmentWorkflows {
  private static final Workflow<AmendmentState, AmendmentEvent, SpfAmendments> STANDARD =
      builder()
          .initial(NONE)
          .permit(NONE, Propose.class, PROPOSED)
          .permit(NONE, Amend.class, ADOPTED)
          .permit(PROPOSED, Adopt.class, ADOPTED)
          .permit(PROPOSED, Reject.class, REJECTED)
          .permit(PROPOSED, Withdraw.class, WITHDRAWN)
          .permit(ADOPTED, Propose.class, PROPOSED)
          .permit(ADOPTED, Amend.class, ADOPTED)
          .permit(REJECTED, Propose.class, PROPOSED)
          .permit(REJECTED, Amend.class, ADOPTED)
          .permit(WITHDRAWN, Propose.class, PROPOSED)
          .permit(WITHDRAWN, Amend.class, ADOPTED)
          .build();

  private AmendmentWorkflows() {}

  /**
   * Returns the standard amendment workflow. An SPF's record starts with no amendment ({@code
   * none}, on the day the SPF was adopted); one amendment at a time is before a deciding body: it
   * is proposed, then adopted, rejected or withdrawn; a decision may also be recorded without its
   * proposal ({@code amend}), but not while a proposal is pending, which must be decided first.
   *
   * <table>
   *   <caption>The standard transitions</caption>
   *   <tr><th>From</th><th>Event</th><th>To</th></tr>
   *   <tr><td>none, adopted, rejected, withdrawn</td><td>propose</td><td>proposed</td></tr>
   *   <tr><td>none, adopted, rejected, withdrawn</td><td>amend</td><td>adopted</td></tr>
   *   <tr><td>proposed</td><td>adopt</td><td>adopted</td></tr>
   *   <tr><td>proposed</td><td>reject</td><td>rejected</td></tr>
   *   <tr><td>proposed</td><td>withdraw</td><td>withdrawn</td></tr>
   * </table>
   *
   * @return the standard workflow
   */
  public static Workflow<AmendmentState, AmendmentEvent, SpfAmendments> standard() {
    return STANDARD;
  }

  /**
   * Returns an empty builder for an amendment workflow of an organisation's own.
   *
   * @return the builder
   */
  public static Workflow.Builder<AmendmentState, AmendmentEvent, SpfAmendments> builder() {
    return Workflow.builder(AmendmentState.class, AmendmentEvent.class, SpfAmendments.class);
  }
}
