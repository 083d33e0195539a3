package org.rbm.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An event to append to a stream, with the day it takes effect, who applies it and why: the
 * arguments of {@link org.rbm.core.workflow.Governed#apply}.
 *
 * @param event the event
 * @param date the day it takes effect
 * @param actor who applies it, 1 to 200 characters without NUL, not blank
 * @param note why, if given
 * @param <E> the events
 */
public record StreamEvent<E>(E event, LocalDate date, String actor, Optional<String> note) {
  /**
   * Checks the parts for {@code null}.
   *
   * @param event the event
   * @param date the day it takes effect
   * @param actor who applies it
   * @param note why, if given
   */
  public StreamEvent {
    requireNonNull(event, "event");
    requireNonNull(date, "date");
    requireNonNull(actor, "actor");
    requireNonNull(note, "note");
  }

  /**
   * Returns an event without a note.
   *
   * @param event the event
   * @param date the day it takes effect
   * @param actor who applies it
   * @param <E> the events
   * @return the event to append
   */
  public static <E> StreamEvent<E> of(E event, LocalDate date, String actor) {
    return new StreamEvent<>(event, date, actor, Optional.empty());
  }
}
