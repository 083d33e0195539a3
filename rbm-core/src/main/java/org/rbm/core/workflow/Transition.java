package org.rbm.core.workflow;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a {@link History}: the event that moved a subject from one state to another (or
 * kept it in the same state, such as a milestone's revision), on which day, by whom, and why.
 *
 * <p>Computed: only {@link Workflow#apply} makes entries, after checking them against its rules,
 * so an entry cannot be forged and there is no public constructor or builder. Immutable and
 * thread-safe.
 *
 * @param <S> the states
 * @param <E> the events
 */
public final class Transition<S extends Enum<S>, E> {
  private final S from;
  private final E event;
  private final S to;
  private final LocalDate date;
  private final String actor;
  private final @Nullable String note;

  Transition(S from, E event, S to, LocalDate date, String actor, @Nullable String note) {
    this.from = from;
    this.event = event;
    this.to = to;
    this.date = date;
    this.actor = actor;
    this.note = note;
  }

  /**
   * Returns the state before the event.
   *
   * @return the source state
   */
  public S from() {
    return from;
  }

  /**
   * Returns the event, with its payload.
   *
   * @return the event
   */
  public E event() {
    return event;
  }

  /**
   * Returns the state after the event.
   *
   * @return the target state
   */
  public S to() {
    return to;
  }

  /**
   * Returns the day the event took effect.
   *
   * @return the effective date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns who applied the event: a person, a unit, or a body such as the Governing Body.
   *
   * @return the actor, not blank
   */
  public String actor() {
    return actor;
  }

  /**
   * Returns a note, such as the paper or decision the event comes from.
   *
   * @return the note, if given; not blank
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Transition<?, ?> that
        && from == that.from
        && to == that.to
        && event.equals(that.event)
        && date.equals(that.date)
        && actor.equals(that.actor)
        && Objects.equals(note, that.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, event, to, date, actor, note);
  }

  /** Describes the entry: {@code 2008-09-01 IN_PROGRESS --defer to 2009--> DEFERRED by HRD}. */
  @Override
  public String toString() {
    return date + " " + from + " --" + event + "--> " + to + " by " + actor
        + (note != null ? " (" + note + ")" : "");
  }
}
