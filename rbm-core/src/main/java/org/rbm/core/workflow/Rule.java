package org.rbm.core.workflow;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of a {@link Workflow}: in state {@link #from()}, an event of kind {@link #event()}
 * either moves the subject to {@link #to()} (a <em>permit</em>, perhaps guarded), or is accepted
 * and changes nothing (an <em>ignore</em>). Made by {@link Workflow.Builder}; listed by {@link
 * Workflow#rules()} for diagrams and documentation. Immutable and thread-safe.
 *
 * @param <S> the states
 * @param <E> the events
 * @param <T> the subject its guard looks at
 */
public final class Rule<S extends Enum<S>, E, T> {
  private final S from;
  private final Class<? extends E> event;
  private final S to;
  private final boolean ignored;
  private final @Nullable Guard<? super T, ?> guard;
  private final @Nullable GuardCall<T, E> call;

  /** The guard, with the event cast to the kind it guards. */
  @FunctionalInterface
  interface GuardCall<T, E> {
    boolean holds(T subject, E event);
  }

  Rule(
      S from,
      Class<? extends E> event,
      S to,
      boolean ignored,
      @Nullable Guard<? super T, ?> guard,
      @Nullable GuardCall<T, E> call) {
    this.from = from;
    this.event = event;
    this.to = to;
    this.ignored = ignored;
    this.guard = guard;
    this.call = call;
  }

  /**
   * Returns the state the rule applies in.
   *
   * @return the source state
   */
  public S from() {
    return from;
  }

  /**
   * Returns the kind of event the rule is about.
   *
   * @return the kind: the class of the event record, such as {@code MilestoneEvent.Defer.class}
   */
  public Class<? extends E> event() {
    return event;
  }

  /**
   * Returns the state the event leads to.
   *
   * @return the target state; {@link #from()} for an ignore
   */
  public S to() {
    return to;
  }

  /**
   * Tells whether the event is ignored: accepted, with no transition and no history entry.
   *
   * @return whether the rule is an ignore
   */
  public boolean isIgnored() {
    return ignored;
  }

  /**
   * Returns the guard the event must pass.
   *
   * @return the guard; empty for an unguarded permit and for an ignore
   */
  public Optional<Guard<? super T, ?>> guard() {
    return Optional.ofNullable(guard);
  }

  /** Whether the guard, if any, lets the event through. */
  boolean lets(T subject, E e) {
    return call == null || call.holds(subject, e);
  }

  /** The guard's requirement for the subject; only for a guarded rule. */
  String requirement(T subject) {
    Guard<? super T, ?> g = guard;
    return g == null ? "" : g.requirement(subject);
  }

  /**
   * Describes the rule: {@code IN_PROGRESS --defer [later due]--> DEFERRED}, or {@code CANCELLED
   * ignores cancel}.
   */
  @Override
  public String toString() {
    if (ignored) {
      return from + " ignores " + Labels.kind(event);
    }
    return from + " --" + Labels.kind(event) + (guard != null ? " [" + guard.label() + "]" : "")
        + "--> " + to;
  }
}
