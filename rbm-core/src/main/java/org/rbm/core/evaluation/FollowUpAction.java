package org.rbm.core.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.IllegalTransitionException;
import org.rbm.core.InvalidValueException;
import org.rbm.core.workflow.Governed;
import org.rbm.core.workflow.History;
import org.rbm.core.workflow.Transition;
import org.rbm.core.workflow.Workflow;

/**
 * A follow-up action to an accepted recommendation: what is to be done, by whom, by when, and where
 * it stands. Its state changes only through {@linkplain #apply events} its {@linkplain #workflow()
 * workflow} allows ({@linkplain ActionWorkflows#standard() the standard one} unless an
 * organisation supplies its own), and each change is kept in its {@linkplain #history() history}.
 *
 * <pre>{@code
 * FollowUpAction a = FollowUpAction.builder()
 *     .id(ActionId.of("R1.1"))
 *     .description("Issue guidelines on evaluation follow-up")
 *     .owner("EVAL")
 *     .due(LocalDate.of(2008, 6, 30))
 *     .recordedOn(LocalDate.of(2007, 12, 1))
 *     .build();
 * a = a.apply(new ActionEvent.Start(), LocalDate.of(2008, 1, 15), "EVAL");
 * a = a.apply(ActionEvent.complete("IGDS No. 12"), LocalDate.of(2008, 5, 2), "EVAL");
 * a.state();         // COMPLETED
 * a.evidence();      // Optional[IGDS No. 12]
 * }</pre>
 *
 * <p>Costs: {@link #apply} and the current values take constant time; {@link #stateOn}, {@code
 * equals} and {@code hashCode} are linear in the length of the history. Immutable and thread-safe.
 */
public final class FollowUpAction implements Governed<ActionState, ActionEvent, FollowUpAction> {
  private final ActionId id;
  private final String description;
  private final String owner;
  private final LocalDate due;
  private final Workflow<ActionState, ActionEvent, FollowUpAction> workflow;
  private final History<ActionState, ActionEvent> history;

  private FollowUpAction(
      ActionId id,
      String description,
      String owner,
      LocalDate due,
      Workflow<ActionState, ActionEvent, FollowUpAction> workflow,
      History<ActionState, ActionEvent> history) {
    this.id = id;
    this.description = description;
    this.owner = owner;
    this.due = due;
    this.workflow = workflow;
    this.history = history;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier, unique within its evaluation.
   *
   * @return the id
   */
  public ActionId id() {
    return id;
  }

  /**
   * Returns what is to be done.
   *
   * @return the description, not blank
   */
  public String description() {
    return description;
  }

  /**
   * Returns who is responsible for the action.
   *
   * @return the owner, not blank
   */
  public String owner() {
    return owner;
  }

  /**
   * Returns the day by which the action is to be done.
   *
   * @return the due date
   */
  public LocalDate due() {
    return due;
  }

  /**
   * Returns the day the action was recorded; no history entry is earlier.
   *
   * @return the day it was recorded
   */
  public LocalDate recordedOn() {
    return history.recordedOn();
  }

  @Override
  public Workflow<ActionState, ActionEvent, FollowUpAction> workflow() {
    return workflow;
  }

  @Override
  public History<ActionState, ActionEvent> history() {
    return history;
  }

  /**
   * Returns the state at the end of a day. Linear in the length of the history.
   *
   * @param day the day
   * @return the state; empty if the action was recorded later
   */
  public Optional<ActionState> stateOn(LocalDate day) {
    return history.stateOn(day);
  }

  /**
   * Returns the evidence of completion: that of the completion that made the action completed.
   *
   * @return the evidence; empty if the action is not completed or was completed without evidence
   *     under a workflow that allows it
   */
  public Optional<String> evidence() {
    return completion().flatMap(t -> ((ActionEvent.Complete) t.event()).evidence());
  }

  /**
   * Returns the day the action was completed.
   *
   * @return the date of the completion; empty if the action is not completed
   */
  public Optional<LocalDate> completedOn() {
    return completion().map(Transition::date);
  }

  private Optional<Transition<ActionState, ActionEvent>> completion() {
    return history
        .lastEntry()
        .filter(t -> t.to() == ActionState.COMPLETED && t.event() instanceof ActionEvent.Complete);
  }

  /**
   * Tells whether the action is overdue at the end of a day: recorded by then, open then (planned
   * or in progress), and the day is after its due date.
   *
   * @param day the day
   * @return whether it is overdue
   */
  public boolean isOverdueOn(LocalDate day) {
    requireNonNull(day, "day");
    return day.isAfter(due) && stateOn(day).filter(s -> !s.isClosed()).isPresent();
  }

  /**
   * Applies an event through the action's workflow: returns the action after it, with the
   * transition appended to its history. Constant time.
   *
   * @param event the event
   * @param date the day it takes effect, not before the last change
   * @param actor who applies it, not blank
   * @param note why, if given; not blank
   * @return the action after the event
   * @throws IllegalTransitionException if the workflow does not allow the event now
   * @throws InvalidValueException if the date is before the last change or a text is blank
   */
  @Override
  public FollowUpAction apply(
      ActionEvent event, LocalDate date, String actor, Optional<String> note) {
    History<ActionState, ActionEvent> next =
        workflow.apply(history, this, event, date, actor, note);
    return next.size() == history.size()
        ? this
        : new FollowUpAction(id, description, owner, due, workflow, next);
  }

  /**
   * Returns the action as it was recorded, before any event: the value its history is replayed
   * from ({@link Workflow#replay}).
   *
   * @return the action with an empty history
   */
  public FollowUpAction asRecorded() {
    return history.isEmpty()
        ? this
        : new FollowUpAction(
            id,
            description,
            owner,
            due,
            workflow,
            workflow.start(history.initialState(), history.recordedOn()));
  }

  /** Compares id, description, owner, due, workflow (by identity) and history. Linear. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FollowUpAction that
        && id.equals(that.id)
        && description.equals(that.description)
        && owner.equals(that.owner)
        && due.equals(that.due)
        && workflow == that.workflow
        && history.initialState() == that.history.initialState()
        && history.recordedOn().equals(that.history.recordedOn())
        && history.equals(that.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, description, owner, due, history.recordedOn(), history);
  }

  /** Describes the action: {@code R1.1 (EVAL, due 2008-06-30): COMPLETED}. */
  @Override
  public String toString() {
    return id + " (" + owner + ", due " + due + "): " + state();
  }

  /**
   * Builds a {@link FollowUpAction} as recorded: set its id, description, owner, due date and the
   * day it was recorded, and optionally its workflow and initial state (planned unless told), then
   * call {@code build()}. Events are applied to the built action. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable ActionId id;
    private @Nullable String description;
    private @Nullable String owner;
    private @Nullable LocalDate due;
    private @Nullable LocalDate recordedOn;
    private ActionState initialState = ActionState.PLANNED;
    private Workflow<ActionState, ActionEvent, FollowUpAction> workflow = ActionWorkflows.standard();

    Builder() {}

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder id(ActionId id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets what is to be done.
     *
     * @param description the description, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder description(String description) {
      this.description = requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets who is responsible.
     *
     * @param owner the owner, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder owner(String owner) {
      this.owner = requireNonNull(owner, "owner");
      return this;
    }

    /**
     * Sets the due date.
     *
     * @param due the day by which the action is to be done
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder due(LocalDate due) {
      this.due = requireNonNull(due, "due");
      return this;
    }

    /**
     * Sets the day the action was recorded.
     *
     * @param recordedOn the day
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder recordedOn(LocalDate recordedOn) {
      this.recordedOn = requireNonNull(recordedOn, "recordedOn");
      return this;
    }

    /**
     * Sets the state the action is recorded in; planned unless told.
     *
     * @param state one of the workflow's initial states
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder initialState(ActionState state) {
      this.initialState = requireNonNull(state, "state");
      return this;
    }

    /**
     * Sets the workflow; {@link ActionWorkflows#standard()} unless told.
     *
     * @param workflow the workflow
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder workflow(Workflow<ActionState, ActionEvent, FollowUpAction> workflow) {
      this.workflow = requireNonNull(workflow, "workflow");
      return this;
    }

    /**
     * Returns the action as recorded.
     *
     * @return the action, with an empty history
     * @throws InvalidValueException naming the attribute that is missing or blank, or the initial
     *     state if the workflow does not accept it
     */
    public FollowUpAction build() {
      ActionId i = required(id, "id");
      String d = notBlank(required(description, "description"), "description");
      String o = notBlank(required(owner, "owner"), "owner");
      LocalDate when = required(due, "due");
      LocalDate rec = required(recordedOn, "recordedOn");
      return new FollowUpAction(i, d, o, when, workflow, workflow.start(initialState, rec));
    }

    private static <V> V required(@Nullable V value, String field) {
      if (value == null) {
        throw new InvalidValueException(field, "nothing", "a value");
      }
      return value;
    }

    private static String notBlank(String value, String field) {
      if (value.isBlank()) {
        throw new InvalidValueException(field, value, "a text that is not blank");
      }
      return value;
    }
  }
}
