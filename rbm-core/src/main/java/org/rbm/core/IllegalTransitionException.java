package org.rbm.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.rbm.core.workflow.Workflow;

/**
 * Thrown when a {@link Workflow} refuses an event: the subject's state does not allow its kind, or
 * a guard refuses it, such as a milestone that is asked to be approved while it is already in
 * progress, or deferred to a date earlier than its current due date. Nothing is changed: the value
 * the event was applied to stays as it was.
 *
 * <p>The message names the state, the event and the kinds of event the state allows, for example
 * {@code event: got approve in state in progress, expected one of the events allowed there:
 * submit, achieve, achieve with conditions, revise, defer, cancel}. When the state allows the kind
 * of event but a guard refuses this one, the message says what the guard requires: {@code event:
 * got defer to 2007 in state in progress, expected an event for which the new due is later than
 * the current due (now 2008); events allowed there: submit, ...}.
 *
 * <p>A Java exception cannot be generic, so the accessors return the state, the event and the
 * allowed kinds as {@link Enum}, {@link Object} and {@link Class}, and the typed views {@link
 * #state(Class)}, {@link #event(Class)} and {@link #allowedEvents(Class)} return them as the
 * workflow's own types, such as {@code e.state(MilestoneState.class)}.
 */
public class IllegalTransitionException extends RbmException {
  private static final long serialVersionUID = 2L;

  @SuppressWarnings("serial") // an enum constant, serializable
  private final Enum<?> state;

  @SuppressWarnings("serial") // events are records of serializable values, or are not serialized
  private final Object event;

  @SuppressWarnings("serial") // an ImmutableList of classes, both serializable
  private final ImmutableList<Class<?>> allowedEvents;

  private final @Nullable String guard;

  /**
   * Creates an exception for an event whose kind the state does not allow at all.
   *
   * @param state the current state
   * @param event the event that was refused
   * @param allowedEvents the kinds of event the state allows, in the workflow's order
   */
  public IllegalTransitionException(
      Enum<?> state, Object event, Collection<? extends Class<?>> allowedEvents) {
    this(state, event, ImmutableList.copyOf(allowedEvents), null);
  }

  /**
   * Creates an exception for an event whose kind the state allows, but whose guard does not hold.
   *
   * @param state the current state
   * @param event the event that was refused
   * @param allowedEvents the kinds of event the state allows, in the workflow's order
   * @param guard what the guard requires, in plain English, such as {@code the new due is later
   *     than the current due (now 2008)}
   */
  public IllegalTransitionException(
      Enum<?> state, Object event, Collection<? extends Class<?>> allowedEvents, String guard) {
    this(state, event, ImmutableList.copyOf(allowedEvents), requireNonNull(guard, "guard"));
  }

  private IllegalTransitionException(
      Enum<?> state, Object event, ImmutableList<Class<?>> allowed, @Nullable String guard) {
    super(message(requireNonNull(state, "state"), requireNonNull(event, "event"), allowed, guard));
    this.state = state;
    this.event = event;
    this.allowedEvents = allowed;
    this.guard = guard;
  }

  private static String message(
      Enum<?> state, Object event, ImmutableList<Class<?>> allowed, @Nullable String guard) {
    String list =
        allowed.isEmpty()
            ? "none"
            : allowed.stream().map(Workflow::label).collect(Collectors.joining(", "));
    String got = "event: got " + event + " in state " + Workflow.label(state);
    if (guard != null) {
      return got + ", expected an event for which " + guard + "; events allowed there: " + list;
    }
    if (allowed.isEmpty()) {
      return got + ", expected no event: none is allowed there";
    }
    return got + ", expected one of the events allowed there: " + list;
  }

  /**
   * Returns the state the event was applied in.
   *
   * @return the state, such as {@code MilestoneState.IN_PROGRESS}
   */
  public Enum<?> state() {
    return state;
  }

  /**
   * Returns the state the event was applied in, as the workflow's type of state.
   *
   * @param type the enum of states, such as {@code MilestoneState.class}
   * @param <S> the states
   * @return the state
   * @throws IllegalArgumentException if the state is not of that type (a programming error)
   */
  public <S extends Enum<S>> S state(Class<S> type) {
    return as(type, state, "state");
  }

  /**
   * Returns the event that was refused.
   *
   * @return the event, such as a {@code MilestoneEvent.Approve}
   */
  public Object event() {
    return event;
  }

  /**
   * Returns the event that was refused, as the workflow's type of event.
   *
   * @param type the type of events, such as {@code MilestoneEvent.class}
   * @param <E> the events
   * @return the event
   * @throws IllegalArgumentException if the event is not of that type (a programming error)
   */
  public <E> E event(Class<E> type) {
    return as(type, event, "event");
  }

  /**
   * Returns the kinds of event the state allows, permitted or ignored.
   *
   * @return the kinds, in the workflow's order; empty when the state allows none
   */
  public ImmutableList<Class<?>> allowedEvents() {
    return allowedEvents;
  }

  /**
   * Returns the kinds of event the state allows, as kinds of the workflow's type of event.
   *
   * @param type the type of events, such as {@code MilestoneEvent.class}
   * @param <E> the events
   * @return the kinds, in the workflow's order
   * @throws IllegalArgumentException if a kind is not a subtype of that type (a programming error)
   */
  public <E> ImmutableList<Class<? extends E>> allowedEvents(Class<E> type) {
    requireNonNull(type, "type");
    ImmutableList.Builder<Class<? extends E>> kinds = ImmutableList.builder();
    for (Class<?> k : allowedEvents) {
      if (!type.isAssignableFrom(k)) {
        throw new IllegalArgumentException(
            "allowedEvents: got " + k.getName() + ", expected a subtype of " + type.getName());
      }
      kinds.add(k.asSubclass(type));
    }
    return kinds.build();
  }

  /**
   * Returns the kinds of event the state allows, in words.
   *
   * @return the kinds' labels, such as {@code [submit, achieve with conditions]}
   */
  public ImmutableList<String> allowedEventLabels() {
    return allowedEvents.stream().map(Workflow::label).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns what the guard that refused the event requires, when a guard refused it.
   *
   * @return the guard's requirement; empty when the state does not allow the kind of event at all
   */
  public Optional<String> guard() {
    return Optional.ofNullable(guard);
  }

  private static <V> V as(Class<V> type, Object value, String what) {
    requireNonNull(type, "type");
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          what + ": got a " + value.getClass().getName() + ", expected a " + type.getName());
    }
    return type.cast(value);
  }
}
