package org.rbm.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an event is applied to something in a state that does not allow it, such as a
 * milestone that is asked to be approved while it is already in progress, or deferred to a date
 * earlier than its current due date. Nothing is changed: the value the event was applied to stays as
 * it was.
 *
 * <p>The message names the state, the event and the events the state allows, for example {@code
 * event: got approve in state in progress, expected one of the events allowed there: submit,
 * achieve, achieve with conditions, revise, defer, cancel}. When the state allows the kind of event
 * but a guard refuses this one, the message says what the guard requires: {@code event: got defer
 * to 2007 in state in progress, expected an event for which the new due is later than the current
 * due (now 2008); events allowed there: submit, ...}.
 */
public class IllegalTransitionException extends RbmException {
  private static final long serialVersionUID = 1L;

  private final String state;
  private final String event;
  private final ImmutableList<String> allowedEvents;
  private final @Nullable String guard;

  /**
   * Creates an exception for an event the state does not allow at all.
   *
   * @param state the current state, such as {@code in progress}
   * @param event the event that was applied, as text, such as {@code approve}
   * @param allowedEvents the events the state allows, as text, in a stable order
   */
  public IllegalTransitionException(Object state, Object event, Iterable<?> allowedEvents) {
    this(state.toString(), event.toString(), texts(allowedEvents), null);
  }

  /**
   * Creates an exception for an event whose kind the state allows, but whose guard does not hold.
   *
   * @param state the current state, such as {@code in progress}
   * @param event the event that was applied, as text, such as {@code defer to 2007}
   * @param allowedEvents the events the state allows, as text, in a stable order
   * @param guard what the guard requires, in plain English, such as {@code the new due is later
   *     than the current due 2008}
   */
  public IllegalTransitionException(
      Object state, Object event, Iterable<?> allowedEvents, String guard) {
    this(state.toString(), event.toString(), texts(allowedEvents), requireNonNull(guard, "guard"));
  }

  private IllegalTransitionException(
      String state, String event, ImmutableList<String> allowed, @Nullable String guard) {
    super(message(state, event, allowed, guard));
    this.state = state;
    this.event = event;
    this.allowedEvents = allowed;
    this.guard = guard;
  }

  private static ImmutableList<String> texts(Iterable<?> values) {
    ImmutableList.Builder<String> texts = ImmutableList.builder();
    for (Object v : values) {
      texts.add(v.toString());
    }
    return texts.build();
  }

  private static String message(
      String state, String event, ImmutableList<String> allowed, @Nullable String guard) {
    String list = allowed.isEmpty() ? "none" : allowed.stream().collect(Collectors.joining(", "));
    if (guard != null) {
      return "event: got " + event + " in state " + state + ", expected an event for which "
          + guard + "; events allowed there: " + list;
    }
    if (allowed.isEmpty()) {
      return "event: got " + event + " in state " + state + ", expected no event: none is allowed"
          + " there";
    }
    return "event: got " + event + " in state " + state
        + ", expected one of the events allowed there: " + list;
  }

  /**
   * Returns the state the event was applied in.
   *
   * @return the state, as text, such as {@code in progress}
   */
  public String state() {
    return state;
  }

  /**
   * Returns the event that was refused.
   *
   * @return the event, as text, such as {@code approve}
   */
  public String event() {
    return event;
  }

  /**
   * Returns the kinds of event the state allows.
   *
   * @return the allowed events, as text; empty when the state allows none
   */
  public ImmutableList<String> allowedEvents() {
    return allowedEvents;
  }

  /**
   * Returns what the guard that refused the event requires, when a guard refused it.
   *
   * @return the guard's requirement; empty when the state does not allow the kind of event at all
   */
  public Optional<String> guard() {
    return Optional.ofNullable(guard);
  }
}
