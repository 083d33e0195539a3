package org.rbm.core.milestones;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;

/**
 * One entry of a milestone's history: the event that moved it from one state to another (or kept
 * it in the same state, for a revision), on which day, by whom, and why.
 *
 * <pre>{@code
 * Transition t = Transition.builder()
 *     .fromState(MilestoneState.IN_PROGRESS)
 *     .toState(MilestoneState.IN_PROGRESS)
 *     .event(MilestoneEvent.reviseDue(Due.ofYear(2008), "Roll-out after the pilot"))
 *     .date(LocalDate.of(2007, 11, 16))
 *     .actor("Governing Body")
 *     .build();
 * }</pre>
 *
 * <p>A transition on its own is only a record; whether it agrees with the {@link TransitionTable}
 * and with the entries before it is checked by the {@link Milestone} whose history holds it.
 * Usually made by {@link Milestone#apply}. Immutable and thread-safe.
 */
@Immutable
public abstract class Transition implements WithTransition {
  Transition() {}

  /**
   * Returns the state before the event.
   *
   * @return the source state
   */
  public abstract MilestoneState fromState();

  /**
   * Returns the state after the event.
   *
   * @return the target state; the source state for a revision or a repeated deferral
   */
  public abstract MilestoneState toState();

  /**
   * Returns the event, with its payload.
   *
   * @return the event
   */
  public abstract MilestoneEvent event();

  /**
   * Returns the day the event took effect.
   *
   * @return the effective date
   */
  public abstract LocalDate date();

  /**
   * Returns who applied the event: a person, a unit, or a body such as the Governing Body.
   *
   * @return the actor, not blank
   */
  public abstract String actor();

  /**
   * Returns a note, such as the paper or decision the event comes from.
   *
   * @return the note, if given; not blank
   */
  public abstract Optional<String> note();

  @Check
  final void check() {
    if (actor().isBlank()) {
      throw new InvalidValueException("actor", actor(), "an actor that is not blank");
    }
    if (note().filter(String::isBlank).isPresent()) {
      throw new InvalidValueException("note", note().get(), "a note that is not blank, or none");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if an attribute
   *     other than the note is missing, or the actor or the note is blank
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Transition}. */
  public static final class Builder extends ImmutableTransition.Builder {
    Builder() {}
  }
}
