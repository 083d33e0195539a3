package org.rbm.core.evaluation;

/** The states of a follow-up action, as its {@link ActionWorkflows workflow} moves it. */
public enum ActionState {
  /** Planned, not started. */
  PLANNED,
  /** Under way. */
  IN_PROGRESS,
  /** Done, with evidence of completion under the standard workflow. */
  COMPLETED,
  /** Given up without being done. */
  NOT_DONE,
  /** Replaced by another action or made pointless by events: not counted in the rates. */
  SUPERSEDED;

  /**
   * Tells whether the action is closed: completed, not done or superseded.
   *
   * @return whether no more work is expected
   */
  public boolean isClosed() {
    return this == COMPLETED || this == NOT_DONE || this == SUPERSEDED;
  }
}
