package org.rbm.core.workflow;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;

/**
 * A value whose state a {@link Workflow} governs, such as a milestone: it holds its workflow and
 * its {@link History}, and applying an event returns a new value. {@link Workflow#replay} plays a
 * history through any value of this kind.
 *
 * @param <S> the states
 * @param <E> the events
 * @param <V> the value itself
 */
public interface Governed<S extends Enum<S>, E, V extends Governed<S, E, V>> {
  /**
   * Returns the workflow that governs the value.
   *
   * @return the workflow
   */
  Workflow<S, E, ? super V> workflow();

  /**
   * Returns the history: the state it was recorded in and the transitions since.
   *
   * @return the history
   */
  History<S, E> history();

  /**
   * Applies an event: returns the value after it, with one more entry in its history, or this
   * value if the workflow ignores the event in the current state.
   *
   * @param event the event
   * @param date the day it takes effect, not before the last change
   * @param actor who applies it, not blank
   * @param note why, if given; not blank
   * @return the value after the event
   * @throws IllegalTransitionException if the workflow does not allow the event now
   * @throws InvalidValueException if the date is before the last change or a text is blank
   */
  V apply(E event, LocalDate date, String actor, Optional<String> note);

  /**
   * Returns the current state: the state the history ends in.
   *
   * @return the state
   */
  default S state() {
    return history().state();
  }

  /**
   * Returns the kinds of event the workflow permits in the current state, whatever their guards
   * will say of a given event; kinds the workflow ignores are not listed.
   *
   * @return the kinds of event, such as {@code [SubmitDraft]} for a concept document
   */
  default ImmutableSet<Class<? extends E>> permittedEvents() {
    return workflow().permittedEvents(state());
  }

  /**
   * Applies an event without a note; see {@link #apply(Object, LocalDate, String, Optional)}.
   *
   * @param event the event
   * @param date the day it takes effect, not before the last change
   * @param actor who applies it, not blank
   * @return the value after the event
   * @throws IllegalTransitionException if the workflow does not allow the event now
   * @throws InvalidValueException if the date is before the last change or the actor is blank
   */
  default V apply(E event, LocalDate date, String actor) {
    return apply(event, date, actor, Optional.empty());
  }
}
