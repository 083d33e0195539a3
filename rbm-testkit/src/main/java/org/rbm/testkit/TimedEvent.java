package org.rbm.testkit;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;

/**
 * One step of a generated event sequence: an event, how many days after the milestone's last change
 * it takes effect, and who applies it. Timing relative to the milestone keeps every generated date
 * valid, whatever milestone the sequence is applied to. Immutable and thread-safe.
 */
public final class TimedEvent {
  private final MilestoneEvent event;
  private final int daysAfterLastChange;
  private final String actor;

  /**
   * Returns a step.
   *
   * @param event the event
   * @param daysAfterLastChange how many days after the milestone's last change, 0 or more
   * @param actor who applies it, not blank
   * @return the step
   * @throws InvalidValueException if the days are negative or the actor is blank
   */
  public static TimedEvent of(MilestoneEvent event, int daysAfterLastChange, String actor) {
    requireNonNull(event, "event");
    requireNonNull(actor, "actor");
    if (daysAfterLastChange < 0) {
      throw new InvalidValueException("daysAfterLastChange", daysAfterLastChange, "0 or more days");
    }
    if (actor.isBlank()) {
      throw new InvalidValueException("actor", actor, "an actor that is not blank");
    }
    return new TimedEvent(event, daysAfterLastChange, actor);
  }

  private TimedEvent(MilestoneEvent event, int daysAfterLastChange, String actor) {
    this.event = event;
    this.daysAfterLastChange = daysAfterLastChange;
    this.actor = actor;
  }

  /**
   * Returns the event.
   *
   * @return the event
   */
  public MilestoneEvent event() {
    return event;
  }

  /**
   * Returns how many days after the milestone's last change the event takes effect.
   *
   * @return the days, 0 or more
   */
  public int daysAfterLastChange() {
    return daysAfterLastChange;
  }

  /**
   * Returns who applies the event.
   *
   * @return the actor
   */
  public String actor() {
    return actor;
  }

  /**
   * Applies the event to a milestone, dated {@link #daysAfterLastChange()} days after its last
   * change.
   *
   * @param milestone the milestone
   * @return the milestone after the event
   * @throws IllegalTransitionException if the milestone's state does not allow the event
   */
  public Milestone applyTo(Milestone milestone) {
    return milestone.apply(event, milestone.lastChanged().plusDays(daysAfterLastChange), actor);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TimedEvent that
        && that.event.equals(event)
        && that.daysAfterLastChange == daysAfterLastChange
        && that.actor.equals(actor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, daysAfterLastChange, actor);
  }

  /** Describes the step: {@code defer to 2009, 30 days later, by Governing Body}. */
  @Override
  public String toString() {
    return event + ", " + daysAfterLastChange + " days later, by " + actor;
  }
}
