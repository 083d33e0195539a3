package org.rbm.core.cycle;

/**
 * The states of a Strategic Policy Framework's amendment record ({@link SpfAmendments}), as its
 * {@link AmendmentWorkflows workflow} moves it: the state of the latest amendment put to a deciding
 * body, or {@link #NONE} before the first.
 */
public enum AmendmentState {
  /** No amendment proposed or decided yet: the SPF stands as adopted. */
  NONE,
  /** An amendment is before its deciding body (the Governing Body or the Conference). */
  PROPOSED,
  /** The latest amendment was adopted: the SPF stands amended by it from the day of the decision. */
  ADOPTED,
  /** The deciding body rejected the latest proposal; the SPF is unchanged by it. */
  REJECTED,
  /** The latest proposal was withdrawn before a decision; the SPF is unchanged by it. */
  WITHDRAWN;

  /**
   * Tells whether an amendment is before its deciding body.
   *
   * @return whether the state is {@link #PROPOSED}
   */
  public boolean isPending() {
    return this == PROPOSED;
  }
}
