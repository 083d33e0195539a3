package org.rbm.core.milestones;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.rbm.core.InvalidValueException;

/**
 * One event in a milestone's life: a closed set of kinds, one record per kind, each with exactly
 * the payload its kind carries. {@link Approve}, {@link Start}, {@link Submit}, {@link Achieve},
 * {@link Cancel} and {@link Reopen} carry none; {@link AchieveWithConditions} carries the
 * condition; {@link Defer} the later due; a {@link Revise revision} a new statement ({@link
 * ReviseStatement}), a new due ({@link ReviseDue}) or both ({@link ReviseStatementAndDue}), and the
 * reason.
 *
 * <pre>{@code
 * MilestoneEvent rollOut = MilestoneEvent.reviseDue(Due.ofYear(2008),
 *     "Full roll-out in the second half of 2008, after the pilot");
 * Milestone revised = milestone.apply(rollOut, LocalDate.of(2007, 11, 16), "Governing Body");
 * if (event instanceof MilestoneEvent.Defer d) {
 *   d.due();
 * }
 * }</pre>
 *
 * <p>The kinds are what a milestone {@link org.rbm.core.workflow.Workflow workflow}'s rules name
 * ({@code MilestoneEvent.Defer.class}); whether an event is allowed depends on the milestone's
 * state and its workflow, not on the event. {@code toString()} describes the event in words, as
 * messages print it: {@code defer to 2009}. Records compare by their payload. Immutable and
 * thread-safe.
 */
public sealed interface MilestoneEvent
    permits MilestoneEvent.Approve,
        MilestoneEvent.Start,
        MilestoneEvent.Submit,
        MilestoneEvent.Achieve,
        MilestoneEvent.AchieveWithConditions,
        MilestoneEvent.Revise,
        MilestoneEvent.Defer,
        MilestoneEvent.Cancel,
        MilestoneEvent.Reopen {

  /** The deciding body agrees to a proposed milestone. */
  record Approve() implements MilestoneEvent {
    /** Returns {@code approve}. */
    @Override
    public String toString() {
      return "approve";
    }
  }

  /** Work starts, or resumes after a deferral. */
  record Start() implements MilestoneEvent {
    /** Returns {@code start}. */
    @Override
    public String toString() {
      return "start";
    }
  }

  /** The milestone is put before the body that decides whether it is reached. */
  record Submit() implements MilestoneEvent {
    /** Returns {@code submit}. */
    @Override
    public String toString() {
      return "submit";
    }
  }

  /** The milestone is reached. */
  record Achieve() implements MilestoneEvent {
    /** Returns {@code achieve}. */
    @Override
    public String toString() {
      return "achieve";
    }
  }

  /**
   * The milestone is reached on a condition, such as the ILO's IT strategy, "adopted, on
   * condition that an updated strategy is submitted in November 2007".
   *
   * @param condition the condition, not blank
   */
  record AchieveWithConditions(String condition) implements MilestoneEvent {
    /**
     * Checks the condition.
     *
     * @throws InvalidValueException if the condition is blank
     */
    public AchieveWithConditions {
      notBlank("condition", condition);
    }

    /** Returns {@code achieve with conditions ("...")}. */
    @Override
    public String toString() {
      return "achieve with conditions (\"" + condition + "\")";
    }
  }

  /**
   * A revision: the statement, the due or both change, for a reason (the ILO paper's paragraph
   * 31). One kind of event, in three records, so that each carries exactly what changes.
   */
  sealed interface Revise extends MilestoneEvent
      permits ReviseStatement, ReviseDue, ReviseStatementAndDue {
    /**
     * Returns the new statement.
     *
     * @return the statement; empty if the revision keeps it
     */
    Optional<String> newStatement();

    /**
     * Returns the new due, earlier or later than the current one.
     *
     * @return the due; empty if the revision keeps it
     */
    Optional<Due> newDue();

    /**
     * Returns why the milestone is revised.
     *
     * @return the reason, not blank
     */
    String reason();
  }

  /**
   * A revision of the statement.
   *
   * @param statement the new statement, not blank
   * @param reason why, not blank
   */
  record ReviseStatement(String statement, String reason) implements Revise {
    /**
     * Checks the texts.
     *
     * @throws InvalidValueException if a text is blank
     */
    public ReviseStatement {
      requireNonNull(reason, "reason");
      notBlank("statement", statement);
      notBlank("reason", reason);
    }

    @Override
    public Optional<String> newStatement() {
      return Optional.of(statement);
    }

    @Override
    public Optional<Due> newDue() {
      return Optional.empty();
    }

    /** Returns {@code revise (statement "..."; reason "...")}. */
    @Override
    public String toString() {
      return "revise (statement \"" + statement + "\"; reason \"" + reason + "\")";
    }
  }

  /**
   * A revision of the due, earlier or later.
   *
   * @param due the new due
   * @param reason why, not blank
   */
  record ReviseDue(Due due, String reason) implements Revise {
    /**
     * Checks the reason.
     *
     * @throws InvalidValueException if the reason is blank
     */
    public ReviseDue {
      requireNonNull(due, "due");
      notBlank("reason", reason);
    }

    @Override
    public Optional<String> newStatement() {
      return Optional.empty();
    }

    @Override
    public Optional<Due> newDue() {
      return Optional.of(due);
    }

    /** Returns {@code revise (due 2008; reason "...")}. */
    @Override
    public String toString() {
      return "revise (due " + due + "; reason \"" + reason + "\")";
    }
  }

  /**
   * A revision of both the statement and the due.
   *
   * @param statement the new statement, not blank
   * @param due the new due
   * @param reason why, not blank
   */
  record ReviseStatementAndDue(String statement, Due due, String reason) implements Revise {
    /**
     * Checks the texts.
     *
     * @throws InvalidValueException if a text is blank
     */
    public ReviseStatementAndDue {
      requireNonNull(reason, "reason");
      requireNonNull(due, "due");
      notBlank("statement", statement);
      requireNonNull(due, "due");
      notBlank("reason", reason);
    }

    @Override
    public Optional<String> newStatement() {
      return Optional.of(statement);
    }

    @Override
    public Optional<Due> newDue() {
      return Optional.of(due);
    }

    /** Returns {@code revise (statement "..."; due 2008; reason "...")}. */
    @Override
    public String toString() {
      return "revise (statement \"" + statement + "\"; due " + due + "; reason \"" + reason + "\")";
    }
  }

  /**
   * The milestone is put off to a later due. The standard workflow's guard refuses a due that is
   * not later than the current one.
   *
   * @param due the later due
   */
  record Defer(Due due) implements MilestoneEvent {
    /** Checks the due. */
    public Defer {
      requireNonNull(due, "due");
    }

    /** Returns {@code defer to 2009}. */
    @Override
    public String toString() {
      return "defer to " + due;
    }
  }

  /** The milestone is dropped. */
  record Cancel() implements MilestoneEvent {
    /** Returns {@code cancel}. */
    @Override
    public String toString() {
      return "cancel";
    }
  }

  /** A closed milestone is opened again. */
  record Reopen() implements MilestoneEvent {
    /** Returns {@code reopen}. */
    @Override
    public String toString() {
      return "reopen";
    }
  }

  /**
   * Returns the event by which the deciding body agrees to a proposed milestone.
   *
   * @return the approve event
   */
  static MilestoneEvent approve() {
    return new Approve();
  }

  /**
   * Returns the event by which work starts, or resumes after a deferral.
   *
   * @return the start event
   */
  static MilestoneEvent start() {
    return new Start();
  }

  /**
   * Returns the event by which the milestone is put before the body that decides on it.
   *
   * @return the submit event
   */
  static MilestoneEvent submit() {
    return new Submit();
  }

  /**
   * Returns the event by which the milestone is reached.
   *
   * @return the achieve event
   */
  static MilestoneEvent achieve() {
    return new Achieve();
  }

  /**
   * Returns the event by which the milestone is dropped.
   *
   * @return the cancel event
   */
  static MilestoneEvent cancel() {
    return new Cancel();
  }

  /**
   * Returns the event by which a closed milestone is opened again.
   *
   * @return the reopen event
   */
  static MilestoneEvent reopen() {
    return new Reopen();
  }

  /**
   * Returns the event by which the milestone is reached on a condition.
   *
   * @param condition the condition, not blank
   * @return the event
   * @throws InvalidValueException if the condition is blank
   */
  static MilestoneEvent achieveWithConditions(String condition) {
    return new AchieveWithConditions(condition);
  }

  /**
   * Returns a revision of the statement, for a reason.
   *
   * @param statement the new statement, not blank
   * @param reason why, not blank
   * @return the event
   * @throws InvalidValueException if a text is blank
   */
  static MilestoneEvent reviseStatement(String statement, String reason) {
    return new ReviseStatement(statement, reason);
  }

  /**
   * Returns a revision of the due, earlier or later, for a reason.
   *
   * @param due the new due
   * @param reason why, not blank
   * @return the event
   * @throws InvalidValueException if the reason is blank
   */
  static MilestoneEvent reviseDue(Due due, String reason) {
    return new ReviseDue(due, reason);
  }

  /**
   * Returns a revision of both the statement and the due, for a reason.
   *
   * @param statement the new statement, not blank
   * @param due the new due
   * @param reason why, not blank
   * @return the event
   * @throws InvalidValueException if a text is blank
   */
  static MilestoneEvent revise(String statement, Due due, String reason) {
    return new ReviseStatementAndDue(statement, due, reason);
  }

  /**
   * Returns the event by which the milestone is put off to a later due.
   *
   * @param laterDue the new due
   * @return the event
   */
  static MilestoneEvent defer(Due laterDue) {
    return new Defer(laterDue);
  }

  private static void notBlank(String field, String text) {
    requireNonNull(text, field);
    if (text.isBlank()) {
      throw new InvalidValueException(field, text, "a text that is not blank");
    }
  }
}
