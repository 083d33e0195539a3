package org.rbm.core.milestones;

import java.util.Locale;

/**
 * The kinds of event that change a milestone. A {@link MilestoneEvent} is one event of a kind, with
 * its payload (the condition of an achievement with conditions, the new statement or due of a
 * revision, the later due of a deferral). The {@link TransitionTable} says which kinds each state
 * allows.
 */
public enum EventType {
  /** The deciding body agrees to a proposed milestone. */
  APPROVE,
  /** Work starts, or resumes after a deferral. */
  START,
  /** The milestone is put before the body that decides whether it is reached. */
  SUBMIT,
  /** The milestone is reached. */
  ACHIEVE,
  /** The milestone is reached on a condition, given as text. */
  ACHIEVE_WITH_CONDITIONS,
  /** The statement and/or the due change, for a reason (the ILO paper's paragraph 31). */
  REVISE,
  /** The milestone is put off to a later due. */
  DEFER,
  /** The milestone is dropped. */
  CANCEL,
  /** A closed milestone is opened again. */
  REOPEN;

  /**
   * Returns the event's kind in words, as messages and diagrams print it.
   *
   * @return the label, such as {@code achieve with conditions}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
