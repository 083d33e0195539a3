package org.rbm.core.evaluation;

/** What management decides on a recommendation. */
public enum ResponseDecision {
  /** Accepted: follow-up actions are planned. */
  ACCEPTED,
  /** Accepted in part, with the reasons for the rest: follow-up actions are planned. */
  PARTIALLY_ACCEPTED,
  /** Not accepted, with the reasons: no follow-up action. */
  NOT_ACCEPTED;

  /**
   * Tells whether the decision calls for follow-up actions.
   *
   * @return true for {@link #ACCEPTED} and {@link #PARTIALLY_ACCEPTED}
   */
  public boolean callsForActions() {
    return this != NOT_ACCEPTED;
  }
}
