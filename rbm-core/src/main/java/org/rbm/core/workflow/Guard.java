package org.rbm.core.workflow;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.rbm.core.InvalidValueException;

/**
 * A condition an event must meet on top of its kind being permitted in the current state: the
 * "if" of {@link Workflow.Builder#permitIf permitIf}. A guard sees the subject as it stands when
 * the event comes (such as a milestone, with its current due) and the event, typed as the kind of
 * event it guards, and changes nothing.
 *
 * <pre>{@code
 * Guard<Milestone, MilestoneEvent.Defer> laterDue = Guard.of(
 *     "later due",
 *     m -> "the new due is later than the current due (now " + m.due() + ")",
 *     (m, defer) -> defer.due().isLaterThan(m.due()));
 * }</pre>
 *
 * <p>Guards are compared by identity. Immutable and thread-safe when its test and requirement are.
 *
 * @param <T> the subject the guard looks at
 * @param <K> the kind of event it guards
 */
public final class Guard<T, K> {
  /**
   * The test a guard applies.
   *
   * @param <T> the subject
   * @param <K> the kind of event
   */
  @FunctionalInterface
  public interface Test<T, K> {
    /**
     * Tells whether the event may be applied to the subject as it stands.
     *
     * @param subject the subject before the event
     * @param event the event
     * @return whether the guard lets the event through
     */
    boolean holds(T subject, K event);
  }

  private final String label;
  private final Function<? super T, String> requirement;
  private final Test<? super T, ? super K> test;

  private Guard(String label, Function<? super T, String> requirement, Test<? super T, ? super K> test) {
    this.label = label;
    this.requirement = requirement;
    this.test = test;
  }

  /**
   * Returns a guard.
   *
   * @param label a few words for diagrams, such as {@code later due}
   * @param requirement what the guard requires of the subject as it stands, in plain English, for
   *     messages, such as {@code the new due is later than the current due (now 2008)}
   * @param test the test
   * @param <T> the subject the guard looks at
   * @param <K> the kind of event it guards
   * @return the guard
   * @throws InvalidValueException if the label is blank
   */
  public static <T, K> Guard<T, K> of(
      String label, Function<? super T, String> requirement, Test<? super T, ? super K> test) {
    requireNonNull(label, "label");
    requireNonNull(requirement, "requirement");
    requireNonNull(test, "test");
    if (label.isBlank()) {
      throw new InvalidValueException("label", label, "a label that is not blank");
    }
    return new Guard<>(label, requirement, test);
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
   * Returns what the guard requires of a subject, as messages print it.
   *
   * @param subject the subject as it stands
   * @return the requirement, such as {@code the new due is later than the current due (now 2008)}
   */
  public String requirement(T subject) {
    return requirement.apply(requireNonNull(subject, "subject"));
  }

  /**
   * Tells whether the event may be applied to the subject as it stands.
   *
   * @param subject the subject before the event
   * @param event the event
   * @return whether the guard lets the event through
   */
  public boolean holds(T subject, K event) {
    return test.holds(requireNonNull(subject, "subject"), requireNonNull(event, "event"));
  }

  /** Returns the label. */
  @Override
  public String toString() {
    return label;
  }
}
