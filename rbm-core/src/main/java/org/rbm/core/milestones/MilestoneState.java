package org.rbm.core.milestones;

import java.util.Locale;

/**
 * The states a milestone can be in. Which events move a milestone from one state to another is the
 * workflow's business ({@link MilestoneWorkflows}), not the states'.
 *
 * <p>Three states are <em>closed</em>: {@link #ACHIEVED}, {@link #ACHIEVED_WITH_CONDITIONS} and
 * {@link #CANCELLED}. A closed milestone is never overdue; it can still be reopened.
 */
public enum MilestoneState {
  /** Put forward, not yet agreed, such as a new milestone a paper proposes to the Governing Body. */
  PROPOSED,
  /** Agreed and scheduled; work has not started ("Not yet started"). */
  PLANNED,
  /** Work has started ("Under development", "Being piloted"). */
  IN_PROGRESS,
  /** Put before the body that decides on it ("Submitted to this session for adoption"). */
  SUBMITTED_FOR_APPROVAL,
  /** Reached. */
  ACHIEVED,
  /** Reached, on conditions still to be met ("Adopted, on condition that ..."). */
  ACHIEVED_WITH_CONDITIONS,
  /** Put off to a later due. */
  DEFERRED,
  /** Dropped. */
  CANCELLED;

  /**
   * Tells whether the milestone is closed: achieved, achieved with conditions, or cancelled.
   *
   * @return whether the state is closed
   */
  public boolean isClosed() {
    return this == ACHIEVED || this == ACHIEVED_WITH_CONDITIONS || this == CANCELLED;
  }

  /**
   * Returns the state in words, as the roadmap tables print it.
   *
   * @return the label, such as {@code submitted for approval}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
