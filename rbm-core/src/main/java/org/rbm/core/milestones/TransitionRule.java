package org.rbm.core.milestones;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of a {@link TransitionTable}: in state {@link #from()}, an event of kind {@link
 * #event()} either moves the milestone to {@link #to()} (a <em>permit</em>, perhaps guarded), or is
 * accepted and changes nothing (an <em>ignore</em>). Created by {@link TransitionTable.Builder}.
 * Immutable and thread-safe.
 */
public final class TransitionRule {
  private final MilestoneState from;
  private final EventType event;
  private final MilestoneState to;
  private final boolean ignored;
  private final @Nullable Guard guard;

  TransitionRule(
      MilestoneState from,
      EventType event,
      MilestoneState to,
      boolean ignored,
      @Nullable Guard guard) {
    this.from = from;
    this.event = event;
    this.to = to;
    this.ignored = ignored;
    this.guard = guard;
  }

  /**
   * Returns the state the rule applies in.
   *
   * @return the source state
   */
  public MilestoneState from() {
    return from;
  }

  /**
   * Returns the kind of event the rule is about.
   *
   * @return the event kind
   */
  public EventType event() {
    return event;
  }

  /**
   * Returns the state the event leads to; for an ignored event, the source state.
   *
   * @return the target state
   */
  public MilestoneState to() {
    return to;
  }

  /**
   * Tells whether the event is accepted and ignored: no transition, nothing recorded.
   *
   * @return whether this is an ignore rule
   */
  public boolean isIgnored() {
    return ignored;
  }

  /**
   * Returns the guard the event must pass.
   *
   * @return the guard; empty for an unguarded permit and for an ignore
   */
  public Optional<Guard> guard() {
    return Optional.ofNullable(guard);
  }

  /**
   * Describes the rule: {@code IN_PROGRESS --defer [later due]--> DEFERRED}, or {@code CANCELLED
   * ignores cancel}.
   */
  @Override
  public String toString() {
    if (ignored) {
      return from + " ignores " + event.label();
    }
    return from + " --" + event.label() + (guard != null ? " [" + guard.label() + "]" : "")
        + "--> " + to;
  }
}
