package org.rbm.core.milestones;

import static java.util.Objects.requireNonNull;

import org.rbm.core.InvalidValueException;

/**
 * A condition an event must meet, on top of its kind being allowed in the milestone's state: the
 * "if" of the transition table's {@link TransitionTable.Builder#permitIf permitIf}. The table's
 * standard guards are {@link #LATER_DUE} and {@link #CHANGES_SOMETHING}.
 *
 * <p>A guard is judged on the milestone as it stands when the event comes (its statement and due)
 * and on the event; it changes nothing. Guards are compared by identity. Immutable and thread-safe
 * when its test is.
 */
public final class Guard {
  /**
   * The test a guard applies.
   */
  @FunctionalInterface
  public interface Test {
    /**
     * Tells whether the event may be applied to a milestone with this statement and due.
     *
     * @param statement the milestone's current statement
     * @param due the milestone's current due
     * @param event the event
     * @return whether the guard lets the event through
     */
    boolean holds(String statement, Due due, MilestoneEvent event);
  }

  /** A deferral must move the due later: no deferring to an earlier (or the same) deadline. */
  public static final Guard LATER_DUE =
      of(
          "later due",
          "the new due is later than the current due",
          (statement, due, event) -> event.due().filter(d -> d.isLaterThan(due)).isPresent());

  /** A revision must change the statement or the due: a revision that changes nothing is refused. */
  public static final Guard CHANGES_SOMETHING =
      of(
          "changes statement or due",
          "the revision changes the statement or the due",
          (statement, due, event) ->
              event.statement().filter(s -> !s.equals(statement)).isPresent()
                  || event.due().filter(d -> !d.equals(due)).isPresent());

  private final String label;
  private final String requirement;
  private final Test test;

  private Guard(String label, String requirement, Test test) {
    this.label = label;
    this.requirement = requirement;
    this.test = test;
  }

  /**
   * Returns a guard.
   *
   * @param label a few words for diagrams, such as {@code later due}
   * @param requirement what the guard requires, in plain English, for messages, such as {@code the
   *     new due is later than the current due}
   * @param test the test
   * @return the guard
   * @throws InvalidValueException if the label or the requirement is blank
   */
  public static Guard of(String label, String requirement, Test test) {
    requireNonNull(label, "label");
    requireNonNull(requirement, "requirement");
    requireNonNull(test, "test");
    if (label.isBlank()) {
      throw new InvalidValueException("label", label, "a label that is not blank");
    }
    if (requirement.isBlank()) {
      throw new InvalidValueException("requirement", requirement, "a text that is not blank");
    }
    return new Guard(label, requirement, test);
  }

  /**
   * Returns the few words diagrams print, such as {@code later due}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns what the guard requires, as messages print it.
   *
   * @return the requirement, such as {@code the new due is later than the current due}
   */
  public String requirement() {
    return requirement;
  }

  /**
   * Tells whether the event may be applied to a milestone with this statement and due.
   *
   * @param statement the milestone's current statement
   * @param due the milestone's current due
   * @param event the event
   * @return whether the guard lets the event through
   */
  public boolean holds(String statement, Due due, MilestoneEvent event) {
    return test.holds(statement, due, event);
  }

  /** Returns the label. */
  @Override
  public String toString() {
    return label;
  }
}
