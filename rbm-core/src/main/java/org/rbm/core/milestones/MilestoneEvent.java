package org.rbm.core.milestones;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;

/**
 * One event in a milestone's life, with its payload: {@link #approve()}, {@link #start()}, {@link
 * #submit()}, {@link #achieve()}, {@link #achieveWithConditions(String)} with the condition as text,
 * {@link #revise(Optional, Optional, String)} with a new statement and/or a new due and the reason,
 * {@link #defer(Due)} with the later due, {@link #cancel()}, {@link #reopen()}.
 *
 * <pre>{@code
 * MilestoneEvent rollOut = MilestoneEvent.reviseDue(Due.ofYear(2008),
 *     "Full roll-out in the second half of 2008, after the pilot");
 * Milestone revised = milestone.apply(rollOut, LocalDate.of(2007, 11, 16), "Governing Body");
 * }</pre>
 *
 * <p>Whether an event is allowed depends on the milestone's state and on the {@link
 * TransitionTable}, not on the event. {@link #toString()} describes the event in words, as messages
 * print it: {@code defer to 2009}. Immutable and thread-safe.
 */
public final class MilestoneEvent {
  private static final MilestoneEvent APPROVE = new MilestoneEvent(EventType.APPROVE);
  private static final MilestoneEvent START = new MilestoneEvent(EventType.START);
  private static final MilestoneEvent SUBMIT = new MilestoneEvent(EventType.SUBMIT);
  private static final MilestoneEvent ACHIEVE = new MilestoneEvent(EventType.ACHIEVE);
  private static final MilestoneEvent CANCEL = new MilestoneEvent(EventType.CANCEL);
  private static final MilestoneEvent REOPEN = new MilestoneEvent(EventType.REOPEN);

  private final EventType type;
  private final @Nullable String condition;
  private final @Nullable String statement;
  private final @Nullable Due due;
  private final @Nullable String reason;

  private MilestoneEvent(EventType type) {
    this(type, null, null, null, null);
  }

  private MilestoneEvent(
      EventType type,
      @Nullable String condition,
      @Nullable String statement,
      @Nullable Due due,
      @Nullable String reason) {
    this.type = type;
    this.condition = condition;
    this.statement = statement;
    this.due = due;
    this.reason = reason;
  }

  /**
   * Returns the event of a kind that carries no payload: approve, start, submit, achieve, cancel
   * or reopen.
   *
   * @param type the kind of event
   * @return the event
   * @throws InvalidValueException if the kind needs a payload (achieve with conditions, revise,
   *     defer): use its own factory
   */
  public static MilestoneEvent of(EventType type) {
    return switch (type) {
      case APPROVE -> APPROVE;
      case START -> START;
      case SUBMIT -> SUBMIT;
      case ACHIEVE -> ACHIEVE;
      case CANCEL -> CANCEL;
      case REOPEN -> REOPEN;
      case ACHIEVE_WITH_CONDITIONS, REVISE, DEFER ->
          throw new InvalidValueException(
              "type", type.name(), "a kind of event without payload (this one needs its own factory)");
    };
  }

  /**
   * Returns the event by which the deciding body agrees to a proposed milestone.
   *
   * @return the approve event
   */
  public static MilestoneEvent approve() {
    return APPROVE;
  }

  /**
   * Returns the event by which work starts, or resumes after a deferral.
   *
   * @return the start event
   */
  public static MilestoneEvent start() {
    return START;
  }

  /**
   * Returns the event by which the milestone is put before the body that decides on it.
   *
   * @return the submit event
   */
  public static MilestoneEvent submit() {
    return SUBMIT;
  }

  /**
   * Returns the event by which the milestone is reached.
   *
   * @return the achieve event
   */
  public static MilestoneEvent achieve() {
    return ACHIEVE;
  }

  /**
   * Returns the event by which the milestone is dropped.
   *
   * @return the cancel event
   */
  public static MilestoneEvent cancel() {
    return CANCEL;
  }

  /**
   * Returns the event by which a closed milestone is opened again.
   *
   * @return the reopen event
   */
  public static MilestoneEvent reopen() {
    return REOPEN;
  }

  /**
   * Returns the event by which the milestone is reached on a condition, such as the ILO's IT
   * strategy, "adopted, on condition that an updated strategy is submitted in November 2007".
   *
   * @param condition the condition, not blank
   * @return the event
   * @throws InvalidValueException if the condition is blank
   */
  public static MilestoneEvent achieveWithConditions(String condition) {
    return new MilestoneEvent(
        EventType.ACHIEVE_WITH_CONDITIONS, notBlank("condition", condition), null, null, null);
  }

  /**
   * Returns a revision: a new statement, a new due, or both, for a reason.
   *
   * @param statement the new statement, if it changes; not blank
   * @param due the new due, if it changes; earlier or later than the current one
   * @param reason why the milestone is revised, not blank
   * @return the event
   * @throws InvalidValueException if neither a statement nor a due is given, or a text is blank
   */
  public static MilestoneEvent revise(Optional<String> statement, Optional<Due> due, String reason) {
    requireNonNull(statement, "statement");
    requireNonNull(due, "due");
    requireNonNull(reason, "reason");
    if (statement.isEmpty() && due.isEmpty()) {
      throw new InvalidValueException(
          "statement", null, "a new statement or a new due (a revision changes one of them)");
    }
    return new MilestoneEvent(
        EventType.REVISE,
        null,
        statement.isPresent() ? notBlank("statement", statement.get()) : null,
        due.orElse(null),
        notBlank("reason", reason));
  }

  /**
   * Returns a revision of the statement, for a reason.
   *
   * @param statement the new statement, not blank
   * @param reason why, not blank
   * @return the event
   * @throws InvalidValueException if a text is blank
   */
  public static MilestoneEvent reviseStatement(String statement, String reason) {
    return revise(Optional.of(statement), Optional.empty(), reason);
  }

  /**
   * Returns a revision of the due, earlier or later, for a reason.
   *
   * @param due the new due
   * @param reason why, not blank
   * @return the event
   * @throws InvalidValueException if the reason is blank
   */
  public static MilestoneEvent reviseDue(Due due, String reason) {
    return revise(Optional.empty(), Optional.of(due), reason);
  }

  /**
   * Returns the event by which the milestone is put off to a later due. The transition table's
   * guard refuses a due that is not later than the current one.
   *
   * @param laterDue the new due
   * @return the event
   */
  public static MilestoneEvent defer(Due laterDue) {
    return new MilestoneEvent(EventType.DEFER, null, null, requireNonNull(laterDue, "laterDue"), null);
  }

  private static String notBlank(String field, String text) {
    requireNonNull(text, field);
    if (text.isBlank()) {
      throw new InvalidValueException(field, text, "a text that is not blank");
    }
    return text;
  }

  /**
   * Returns the kind of event.
   *
   * @return the kind
   */
  public EventType type() {
    return type;
  }

  /**
   * Returns the condition of an achievement with conditions.
   *
   * @return the condition; empty for other kinds of event
   */
  public Optional<String> condition() {
    return Optional.ofNullable(condition);
  }

  /**
   * Returns the new statement of a revision.
   *
   * @return the statement; empty if the revision keeps the statement, or for other kinds of event
   */
  public Optional<String> statement() {
    return Optional.ofNullable(statement);
  }

  /**
   * Returns the new due of a revision or a deferral.
   *
   * @return the due; empty if a revision keeps the due, or for other kinds of event
   */
  public Optional<Due> due() {
    return Optional.ofNullable(due);
  }

  /**
   * Returns the reason of a revision.
   *
   * @return the reason; empty for other kinds of event
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MilestoneEvent that
        && that.type == type
        && Objects.equals(that.condition, condition)
        && Objects.equals(that.statement, statement)
        && Objects.equals(that.due, due)
        && Objects.equals(that.reason, reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, condition, statement, due, reason);
  }

  /**
   * Describes the event in words: {@code approve}, {@code achieve with conditions ("...")}, {@code
   * revise (due 2008; reason "...")}, {@code defer to 2009}.
   */
  @Override
  public String toString() {
    return switch (type) {
      case ACHIEVE_WITH_CONDITIONS -> type.label() + " (\"" + condition + "\")";
      case DEFER -> "defer to " + due;
      case REVISE -> {
        StringBuilder s = new StringBuilder("revise (");
        if (statement != null) {
          s.append("statement \"").append(statement).append("\"; ");
        }
        if (due != null) {
          s.append("due ").append(due).append("; ");
        }
        yield s.append("reason \"").append(reason).append("\")").toString();
      }
      default -> type.label();
    };
  }
}
