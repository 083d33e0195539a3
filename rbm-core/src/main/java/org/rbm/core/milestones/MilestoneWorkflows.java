package org.rbm.core.milestones;

import static org.rbm.core.milestones.MilestoneState.ACHIEVED;
import static org.rbm.core.milestones.MilestoneState.ACHIEVED_WITH_CONDITIONS;
import static org.rbm.core.milestones.MilestoneState.CANCELLED;
import static org.rbm.core.milestones.MilestoneState.DEFERRED;
import static org.rbm.core.milestones.MilestoneState.IN_PROGRESS;
import static org.rbm.core.milestones.MilestoneState.PLANNED;
import static org.rbm.core.milestones.MilestoneState.PROPOSED;
import static org.rbm.core.milestones.MilestoneState.SUBMITTED_FOR_APPROVAL;

import org.rbm.core.milestones.MilestoneEvent.Achieve;
import org.rbm.core.milestones.MilestoneEvent.AchieveWithConditions;
import org.rbm.core.milestones.MilestoneEvent.Approve;
import org.rbm.core.milestones.MilestoneEvent.Cancel;
import org.rbm.core.milestones.MilestoneEvent.Defer;
import org.rbm.core.milestones.MilestoneEvent.Reopen;
import org.rbm.core.milestones.MilestoneEvent.Revise;
import org.rbm.core.milestones.MilestoneEvent.Start;
import org.rbm.core.milestones.MilestoneEvent.Submit;
import org.rbm.core.workflow.Guard;
import org.rbm.core.workflow.Workflow;

/**
 * The milestone workflow every {@link Milestone} follows unless it is given another ({@link
 * Milestone.Builder#workflow}), and its guards, for organisations that declare their own:
 *
 * <pre>{@code
 * Workflow<MilestoneState, MilestoneEvent, Milestone> strict =
 *     MilestoneWorkflows.builder()
 *         .initial(MilestoneState.PROPOSED)
 *         .permit(MilestoneState.PROPOSED, MilestoneEvent.Approve.class, MilestoneState.PLANNED)
 *         .permitIf(MilestoneState.PLANNED, MilestoneEvent.Defer.class, MilestoneState.DEFERRED,
 *             MilestoneWorkflows.LATER_DUE)
 *         .build();
 * }</pre>
 */
public final class MilestoneWorkflows {
  /** A deferral must move the due later: no deferring to an earlier (or the same) deadline. */
  public static final Guard<Milestone, Defer> LATER_DUE =
      Guard.of(
          "later due",
          m -> "the new due is later than the current due (now " + m.due() + ")",
          (m, defer) -> defer.due().isLaterThan(m.due()));

  /** A revision must change the statement or the due: a revision that changes nothing is refused. */
  public static final Guard<Milestone, Revise> CHANGES_SOMETHING =
      Guard.of(
          "changes statement or due",
          m -> "the revision changes the statement or the due (now " + m.due() + ")",
          (m, revise) ->
              revise.newStatement().filter(s -> !s.equals(m.statement())).isPresent()
                  || revise.newDue().filter(d -> !d.equals(m.due())).isPresent());

  private static final Workflow<MilestoneState, MilestoneEvent, Milestone> STANDARD =
      builder()
          .permit(PROPOSED, Approve.class, PLANNED)
          .permitIf(PROPOSED, Revise.class, PROPOSED, CHANGES_SOMETHING)
          .permitIf(PROPOSED, Defer.class, DEFERRED, LATER_DUE)
          .permit(PROPOSED, Cancel.class, CANCELLED)
          .permit(PLANNED, Start.class, IN_PROGRESS)
          .permitIf(PLANNED, Revise.class, PLANNED, CHANGES_SOMETHING)
          .permitIf(PLANNED, Defer.class, DEFERRED, LATER_DUE)
          .permit(PLANNED, Cancel.class, CANCELLED)
          .permit(IN_PROGRESS, Submit.class, SUBMITTED_FOR_APPROVAL)
          .permit(IN_PROGRESS, Achieve.class, ACHIEVED)
          .permit(IN_PROGRESS, AchieveWithConditions.class, ACHIEVED_WITH_CONDITIONS)
          .permitIf(IN_PROGRESS, Revise.class, IN_PROGRESS, CHANGES_SOMETHING)
          .permitIf(IN_PROGRESS, Defer.class, DEFERRED, LATER_DUE)
          .permit(IN_PROGRESS, Cancel.class, CANCELLED)
          .permit(SUBMITTED_FOR_APPROVAL, Achieve.class, ACHIEVED)
          .permit(SUBMITTED_FOR_APPROVAL, AchieveWithConditions.class, ACHIEVED_WITH_CONDITIONS)
          .permit(SUBMITTED_FOR_APPROVAL, Reopen.class, IN_PROGRESS)
          .permit(SUBMITTED_FOR_APPROVAL, Cancel.class, CANCELLED)
          .ignore(ACHIEVED, Achieve.class)
          .permit(ACHIEVED, Reopen.class, IN_PROGRESS)
          .permit(ACHIEVED_WITH_CONDITIONS, Achieve.class, ACHIEVED)
          .permit(ACHIEVED_WITH_CONDITIONS, Reopen.class, IN_PROGRESS)
          .permit(DEFERRED, Start.class, IN_PROGRESS)
          .permitIf(DEFERRED, Revise.class, DEFERRED, CHANGES_SOMETHING)
          .permitIf(DEFERRED, Defer.class, DEFERRED, LATER_DUE)
          .permit(DEFERRED, Cancel.class, CANCELLED)
          .ignore(CANCELLED, Cancel.class)
          .permit(CANCELLED, Reopen.class, PLANNED)
          .build();

  private MilestoneWorkflows() {}

  /**
   * Returns the standard milestone workflow. A milestone may be recorded in any state (a roadmap
   * taken over from a paper starts with its milestones where the paper left them). Closed states
   * ({@link MilestoneState#isClosed()}) can be reopened; "no revising an achieved milestone" holds
   * because no achieved state permits a revision; "no deferring to an earlier date" is the {@link
   * #LATER_DUE} guard; a revision must change something ({@link #CHANGES_SOMETHING}). Its rules,
   * one row per kind of event and target, as the README lists them too (a test in rbm-examples
   * fails if either table drifts from the rules):
   *
   * <table>
   *   <caption>The standard transitions</caption>
   *   <tr><th>From</th><th>Event</th><th>To</th></tr>
   *   <tr><td>proposed</td><td>approve</td><td>planned</td></tr>
   *   <tr><td>proposed</td><td>revise [changes statement or due]</td><td>proposed</td></tr>
   *   <tr><td>proposed, planned, in progress, deferred</td><td>defer [later due]</td><td>deferred</td></tr>
   *   <tr><td>proposed, planned, in progress, submitted for approval, deferred</td><td>cancel</td><td>cancelled</td></tr>
   *   <tr><td>planned, deferred</td><td>start</td><td>in progress</td></tr>
   *   <tr><td>planned</td><td>revise [changes statement or due]</td><td>planned</td></tr>
   *   <tr><td>in progress</td><td>submit</td><td>submitted for approval</td></tr>
   *   <tr><td>in progress, submitted for approval, achieved with conditions</td><td>achieve</td><td>achieved</td></tr>
   *   <tr><td>in progress, submitted for approval</td><td>achieve with conditions</td><td>achieved with conditions</td></tr>
   *   <tr><td>in progress</td><td>revise [changes statement or due]</td><td>in progress</td></tr>
   *   <tr><td>submitted for approval, achieved, achieved with conditions</td><td>reopen</td><td>in progress</td></tr>
   *   <tr><td>achieved</td><td>achieve</td><td>(ignored)</td></tr>
   *   <tr><td>deferred</td><td>revise [changes statement or due]</td><td>deferred</td></tr>
   *   <tr><td>cancelled</td><td>cancel</td><td>(ignored)</td></tr>
   *   <tr><td>cancelled</td><td>reopen</td><td>planned</td></tr>
   * </table>
   *
   * @return the standard workflow
   */
  public static Workflow<MilestoneState, MilestoneEvent, Milestone> standard() {
    return STANDARD;
  }

  /**
   * Returns an empty builder for a milestone workflow of an organisation's own.
   *
   * @return the builder
   */
  public static Workflow.Builder<MilestoneState, MilestoneEvent, Milestone> builder() {
    return Workflow.builder(MilestoneState.class, MilestoneEvent.class, Milestone.class);
  }
}
